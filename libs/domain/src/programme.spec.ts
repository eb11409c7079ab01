import { DomainError } from './domain-error';
import { assertProgramme, ProgrammeDefinition, programmeProblems } from './programme';

const valid: ProgrammeDefinition = {
  nameEn: 'Onboarding check-in',
  nameEt: 'Sisseelamise küsitlus',
  targetPhase: 'onboarding',
  triggerKind: 'days_after_start',
  triggerDays: [7, 30, 60, 90],
  intervalDays: null,
  questions: [{ kind: 'enps' }, { kind: 'statement', key: 'tools', textEn: 'I have what I need.', textEt: 'Mul on olemas kõik.' }, { kind: 'comment' }],
  expiryDays: 14,
  reminderAfterDays: 3,
  catchUpDays: 7,
};

describe('programmeProblems', () => {
  it('accepts the default onboarding programme', () => {
    expect(programmeProblems(valid)).toEqual([]);
    expect(() => assertProgramme(valid)).not.toThrow();
  });

  it.each<[string, Partial<ProgrammeDefinition>, RegExp]>([
    ['no eNPS question', { questions: [{ kind: 'driver' }, { kind: 'comment' }] }, /asks the eNPS question/],
    ['eNPS twice', { questions: [{ kind: 'enps' }, { kind: 'enps' }] }, /only once/],
    ['four scored questions', { questions: [{ kind: 'enps' }, { kind: 'driver' }, { kind: 'driver' }, { kind: 'choice', key: 'x' }] }, /at most 3 questions besides the comment \(this one has 4\)/],
    ['days out of order', { triggerDays: [7, 60, 30] }, /increasing order: 30 comes after 60/],
    ['no days', { triggerDays: [] }, /at least one day/],
    ['a zero day', { triggerDays: [0, 30] }, /whole numbers from 1 to 3650/],
    ['unknown phase', { targetPhase: 'probation' as never }, /Unknown target phase "probation"/],
    ['unknown trigger', { triggerKind: 'hourly' as never }, /Unknown trigger "hourly"/],
    ['interval too short', { triggerKind: 'every_n_days', intervalDays: 3, triggerDays: [] }, /every 7 to 366 days/],
    ['on notice outside separation', { triggerKind: 'on_notice' }, /belongs to the separation phase/],
    ['repeat in separation', { triggerKind: 'every_n_days', intervalDays: 30, targetPhase: 'separation' }, /use the "on notice" trigger/],
    ['statement without Estonian', { questions: [{ kind: 'enps' }, { kind: 'statement', key: 'k', textEn: 'x' }] }, /English and in Estonian/],
    ['reminder after expiry', { reminderAfterDays: 14 }, /before it expires/],
    ['expiry too long', { expiryDays: 90 }, /1 to 60 days/],
    ['no Estonian name', { nameEt: ' ' }, /name in English and in Estonian/],
    ['unknown question type', { questions: [{ kind: 'enps' }, { kind: 'slider' as never }] }, /Unknown question type "slider"/],
  ])('rejects %s', (_, change, message) => {
    const problems = programmeProblems({ ...valid, ...change });
    expect(problems.join(' ')).toMatch(message);
    expect(() => assertProgramme({ ...valid, ...change })).toThrow(DomainError);
  });

  it('lets an internal service pulse go without the eNPS question', () => {
    expect(programmeProblems({ ...valid, targetPhase: 'all', triggerKind: 'every_n_days', intervalDays: 90, questions: [{ kind: 'provider_csat' }, { kind: 'comment' }] })).toEqual([]);
  });

  it('allows no reminder at all', () => {
    expect(programmeProblems({ ...valid, reminderAfterDays: null })).toEqual([]);
  });
});
