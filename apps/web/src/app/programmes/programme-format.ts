import { Language, ProgrammeDto, ProgrammeQuestion, ProgrammeTarget } from '@ex-pulse/contracts';
import { Phrase } from '../shared/phrase';


export function programmeName(p: Pick<ProgrammeDto, 'nameEn' | 'nameEt'>, lang: Language): string {
  return (lang === 'et' ? p.nameEt : p.nameEn) || p.nameEn || p.nameEt;
}

/** The target phase as a readable label ("Everyone" for all phases). */
export function targetKey(target: ProgrammeTarget): string {
  return target === 'all' ? 'programmes.target.all' : `phase.${target}`;
}

/** "Days 7, 30, 60, 90 after start", "Every 90 days in ongoing development", "On notice", "Manual". */
export function triggerPhrase(p: Pick<ProgrammeDto, 'triggerKind' | 'triggerDays' | 'intervalDays' | 'targetPhase'>): Phrase {
  switch (p.triggerKind) {
    case 'days_after_start':
      return p.triggerDays.length === 1
        ? { key: 'programmes.trigger.day', params: { day: p.triggerDays[0] } }
        : { key: 'programmes.trigger.days', params: { days: p.triggerDays.join(', ') } };
    case 'every_n_days':
      return { key: `programmes.trigger.every.${p.targetPhase}`, params: { days: p.intervalDays ?? '?' } };
    case 'on_notice':
      return { key: 'programmes.trigger.onNotice' };
    default:
      return { key: 'programmes.trigger.manual' };
  }
}

/** One short line per question, statements in the UI language. */
export function questionPhrase(q: ProgrammeQuestion, lang: Language): Phrase {
  switch (q.kind) {
    case 'statement':
      return { key: 'programmes.question.statementText', params: { text: (lang === 'et' ? q.textEt : q.textEn) || q.key || '' } };
    case 'choice':
      return { key: 'programmes.question.choiceKey', params: { key: q.key ?? '' } };
    default:
      return { key: `programmes.question.${q.kind}` };
  }
}

/** "Expires after 14 days" and "reminder after 3 days" / "no reminder". */
export function timingPhrases(p: Pick<ProgrammeDto, 'expiryDays' | 'reminderAfterDays'>): Phrase[] {
  return [
    { key: 'programmes.timing.expiry', params: { days: p.expiryDays } },
    p.reminderAfterDays === null
      ? { key: 'programmes.timing.noReminder' }
      : { key: 'programmes.timing.reminder', params: { days: p.reminderAfterDays } },
  ];
}
