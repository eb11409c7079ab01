import { DomainError } from './domain-error';

/** Survey programmes as data: who is asked, when, and what (PRODUCT.md, "Survey programmes"). */
export type ProgrammeTarget = 'onboarding' | 'initial_development' | 'ongoing_development' | 'separation' | 'all';
export type TriggerKind = 'days_after_start' | 'every_n_days' | 'on_notice' | 'manual';
export type QuestionKind = 'enps' | 'statement' | 'driver' | 'choice' | 'comment' | 'provider_csat';

export const PROGRAMME_TARGETS: readonly ProgrammeTarget[] = ['onboarding', 'initial_development', 'ongoing_development', 'separation', 'all'];
export const TRIGGER_KINDS: readonly TriggerKind[] = ['days_after_start', 'every_n_days', 'on_notice', 'manual'];
export const QUESTION_KINDS: readonly QuestionKind[] = ['enps', 'statement', 'driver', 'choice', 'comment', 'provider_csat'];

/** The six drivers the development and quarterly pulses rotate through. */
export const DRIVERS = ['manager_relationship', 'role_clarity', 'recognition', 'growth', 'workplace_tools', 'wellbeing'] as const;

export interface ProgrammeQuestion {
  kind: QuestionKind;
  /** For a statement or a choice: a stable key, e.g. 'tools' or 'leaving_reason'. */
  key?: string;
  textEn?: string;
  textEt?: string;
}

export interface ProgrammeDefinition {
  nameEn: string;
  nameEt: string;
  targetPhase: ProgrammeTarget;
  triggerKind: TriggerKind;
  triggerDays: readonly number[];
  intervalDays: number | null;
  questions: readonly ProgrammeQuestion[];
  expiryDays: number;
  reminderAfterDays: number | null;
  catchUpDays: number;
}

/** At most the eNPS question and two more; a comment may come on top. */
export const MAX_SCORED_QUESTIONS = 3;

const isWhole = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** Every problem with a programme definition, each a sentence HR can act on. */
export function programmeProblems(p: ProgrammeDefinition): string[] {
  const problems: string[] = [];
  if (!p.nameEn?.trim() || !p.nameEt?.trim()) problems.push('A programme needs a name in English and in Estonian.');
  if (!PROGRAMME_TARGETS.includes(p.targetPhase)) {
    problems.push(`Unknown target phase "${String(p.targetPhase)}"; use one of ${PROGRAMME_TARGETS.join(', ')}.`);
  }
  problems.push(...triggerProblems(p), ...questionProblems(p.questions ?? []));
  if (!isWhole(p.expiryDays, 1, 60)) problems.push('An invitation expires after 1 to 60 days.');
  if (p.reminderAfterDays !== null && (!isWhole(p.reminderAfterDays, 1, 30) || p.reminderAfterDays >= p.expiryDays)) {
    problems.push('The reminder goes out 1 to 30 days after the invitation, before it expires (or choose no reminder).');
  }
  if (!isWhole(p.catchUpDays, 1, 60)) problems.push('A missed occurrence may be caught up within 1 to 60 days.');
  return problems;
}

export function assertProgramme(p: ProgrammeDefinition): void {
  const problems = programmeProblems(p);
  if (problems.length) throw new DomainError(problems.join(' '));
}

function triggerProblems(p: ProgrammeDefinition): string[] {
  switch (p.triggerKind) {
    case 'days_after_start': {
      const days = p.triggerDays ?? [];
      if (days.length === 0) return ['Give at least one day after the start date, e.g. 7, 30, 60, 90.'];
      if (!days.every((d) => isWhole(d, 1, 3650))) return ['Days after the start date are whole numbers from 1 to 3650.'];
      for (let i = 1; i < days.length; i++) {
        if (days[i] <= days[i - 1]) return [`Days after the start date must be in increasing order: ${days[i]} comes after ${days[i - 1]}.`];
      }
      return [];
    }
    case 'every_n_days':
      if (!isWhole(p.intervalDays, 7, 366)) return ['A repeating programme runs every 7 to 366 days.'];
      if (p.targetPhase === 'separation') return ['The separation phase is reached by notice: use the "on notice" trigger.'];
      return [];
    case 'on_notice':
      return p.targetPhase === 'separation' ? [] : ['The "on notice" trigger belongs to the separation phase.'];
    case 'manual':
      return [];
    default:
      return [`Unknown trigger "${String(p.triggerKind)}"; use one of ${TRIGGER_KINDS.join(', ')}.`];
  }
}

function questionProblems(questions: readonly ProgrammeQuestion[]): string[] {
  const problems: string[] = [];
  const kinds = questions.map((q) => q.kind);
  const unknown = kinds.filter((k) => !QUESTION_KINDS.includes(k));
  if (unknown.length) problems.push(`Unknown question type "${String(unknown[0])}"; use one of ${QUESTION_KINDS.join(', ')}.`);
  const enps = kinds.filter((k) => k === 'enps').length;
  const internalService = kinds.includes('provider_csat');
  if (enps === 0 && !internalService) problems.push('Every programme asks the eNPS question.');
  if (enps > 1) problems.push('The eNPS question can be asked only once.');
  if (kinds.filter((k) => k === 'comment').length > 1) problems.push('A programme has at most one comment box.');
  const scored = kinds.filter((k) => k !== 'comment').length;
  if (scored > MAX_SCORED_QUESTIONS) {
    problems.push(`Keep it short: at most ${MAX_SCORED_QUESTIONS} questions besides the comment (this one has ${scored}).`);
  }
  for (const q of questions) {
    if (q.kind === 'statement' && (!q.textEn?.trim() || !q.textEt?.trim() || !q.key?.trim())) {
      problems.push('A statement needs a key and its text in English and in Estonian.');
    }
    if (q.kind === 'choice' && !q.key?.trim()) problems.push('A single-choice question needs a key, e.g. leaving_reason.');
  }
  return problems;
}
