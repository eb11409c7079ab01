import { daysBetween, isoDateProblem } from './dates';
import { DomainError } from './domain-error';

/** Same strings as LifecyclePhase in @ex-pulse/contracts. */
export type LifecyclePhase =
  | 'pre_start'
  | 'onboarding'
  | 'initial_development'
  | 'ongoing_development'
  | 'separation'
  | 'departed';

/** Every phase, in lifecycle order. */
export const ALL_PHASES: readonly LifecyclePhase[] = Object.freeze([
  'pre_start',
  'onboarding',
  'initial_development',
  'ongoing_development',
  'separation',
  'departed',
] as const);

/** The phases in which an employee receives pulses, in lifecycle order. */
export const PHASES_WITH_PULSES: readonly LifecyclePhase[] = Object.freeze([
  'onboarding',
  'initial_development',
  'ongoing_development',
  'separation',
] as const);

export interface EmploymentDates {
  /** First working day (day 1). */
  startDate: string;
  /** Notice given (or exit recorded): separation starts on this day. */
  noticeDate?: string | null;
  /** Last working day: departed from the day after. */
  endDate?: string | null;
}

/** Last day (counting the start date as day 1) of onboarding and of initial development. */
export interface PhaseBands {
  onboardingUntilDay: number;
  initialDevelopmentUntilDay: number;
}

export const DEFAULT_PHASE_BANDS: Readonly<PhaseBands> = Object.freeze({
  onboardingUntilDay: 90,
  initialDevelopmentUntilDay: 270,
});

function present(value: string | null | undefined): value is string {
  return value !== undefined && value !== null;
}

/** Every problem with the dates, each as a sentence; empty when they are fine. */
export function employmentDateProblems(dates: EmploymentDates): string[] {
  const problems: string[] = [];
  const start = dates.startDate;
  const notice = dates.noticeDate;
  const end = dates.endDate;

  const startProblem = isoDateProblem(start, 'Start date');
  if (startProblem) problems.push(startProblem);
  const noticeProblem = present(notice) ? isoDateProblem(notice, 'Notice date') : null;
  if (noticeProblem) problems.push(noticeProblem);
  const endProblem = present(end) ? isoDateProblem(end, 'End date') : null;
  if (endProblem) problems.push(endProblem);

  const startOk = !startProblem;
  const noticeOk = present(notice) && !noticeProblem;
  const endOk = present(end) && !endProblem;
  // ISO dates compare correctly as strings.
  if (startOk && endOk && end < start) problems.push(`End date ${end} is before start date ${start}.`);
  if (noticeOk && endOk && notice > end) problems.push(`Notice date ${notice} is after end date ${end}.`);
  if (startOk && noticeOk && notice < start) problems.push(`Notice date ${notice} is before start date ${start}.`);
  return problems;
}

/** Throws DomainError listing every problem with the dates. */
export function assertEmploymentDates(dates: EmploymentDates): void {
  const problems = employmentDateProblems(dates);
  if (problems.length > 0) throw new DomainError(problems.join(' '));
}

/** Every problem with the day bands, each as a sentence; empty when they are fine. */
export function phaseBandProblems(bands: PhaseBands): string[] {
  const problems: string[] = [];
  const { onboardingUntilDay: onboarding, initialDevelopmentUntilDay: initial } = bands;
  const onboardingOk = Number.isInteger(onboarding) && onboarding >= 1;
  const initialOk = Number.isInteger(initial) && initial >= 1;
  if (!onboardingOk) {
    problems.push(`Onboarding must last until a whole day number of at least 1, got ${String(onboarding)}.`);
  }
  if (!initialOk) {
    problems.push(`Initial development must last until a whole day number of at least 1, got ${String(initial)}.`);
  }
  if (onboardingOk && initialOk && initial <= onboarding) {
    problems.push(
      `Initial development must end after onboarding: day ${initial} is not after day ${onboarding}.`,
    );
  }
  return problems;
}

/** Throws DomainError unless both bands are positive whole days and initial development ends after onboarding. */
export function validatePhaseBands(bands: PhaseBands): void {
  const problems = phaseBandProblems(bands);
  if (problems.length > 0) throw new DomainError(problems.join(' '));
}

/** The day of employment on `on`: the start date is day 1, the day before it day 0. */
export function employmentDay(startDate: string, on: string): number {
  return daysBetween(startDate, on) + 1;
}

/**
 * The phase an employee with these dates is in on `on`:
 * pre_start before the start date; onboarding, initial_development, ongoing_development by day
 * of employment; separation from the notice date through the end date (inclusive, overriding the
 * tenure phase); departed after the end date. Without a notice date the tenure phase lasts
 * through the end date.
 */
export function phaseOn(
  dates: EmploymentDates,
  on: string,
  bands: PhaseBands = DEFAULT_PHASE_BANDS,
): LifecyclePhase {
  assertEmploymentDates(dates);
  const onProblem = isoDateProblem(on, 'The date asked about');
  if (onProblem) throw new DomainError(onProblem);
  validatePhaseBands(bands);

  const { startDate, noticeDate, endDate } = dates;
  if (on < startDate) return 'pre_start';
  if (present(endDate) && on > endDate) return 'departed';
  if (present(noticeDate) && on >= noticeDate) return 'separation';
  const day = employmentDay(startDate, on);
  if (day <= bands.onboardingUntilDay) return 'onboarding';
  if (day <= bands.initialDevelopmentUntilDay) return 'initial_development';
  return 'ongoing_development';
}
