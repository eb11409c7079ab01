import { ProgrammeDto, ProgrammePreview } from '@ex-pulse/contracts';

/** A saved programme for tests; each test states only what matters to it. */
export function newProgramme(overrides: Partial<ProgrammeDto> = {}): ProgrammeDto {
  return {
    id: 'p-onboarding', key: 'onboarding', nameEn: 'Onboarding check-in', nameEt: 'Sisseelamise küsitlus',
    targetPhase: 'onboarding', triggerKind: 'days_after_start', triggerDays: [7, 30, 60, 90], intervalDays: null,
    questions: [
      { kind: 'enps' },
      { kind: 'statement', key: 'tools', textEn: 'I have what I need to do my job well.', textEt: 'Mul on olemas kõik, mida vajan.' },
      { kind: 'comment' },
    ],
    expiryDays: 14, reminderAfterDays: 3, catchUpDays: 7, active: true, fatigueExempt: false, priority: 30, invitations: 128,
    ...overrides,
  };
}

export function newPreview(language: 'en' | 'et'): ProgrammePreview {
  const en = language === 'en';
  return {
    language,
    survey: {
      language, organisationName: 'Acme', programmeName: en ? 'Onboarding check-in' : 'Sisseelamise küsitlus',
      enpsQuestion: en ? 'How likely are you to recommend {organisation} as a place to work?' : 'Kui tõenäoliselt soovitaksid {organisation} töökohana?',
      expiresOn: '2026-12-21',
    },
    email: {
      subject: en ? 'Onboarding check-in – Acme' : 'Sisseelamise küsitlus – Acme',
      text: 'Answer here: http://localhost:3000/s#preview',
      html: '<p style="color:#1f2933">Answer <a href="http://localhost:3000/s#preview">here</a></p><script>alert(1)</script>',
    },
  };
}
