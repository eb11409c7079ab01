import { DomainError } from './domain-error';

/** The default largest share of current employees one sync may end without HR confirming it. */
export const DEFAULT_SYNC_MAX_ENDING_SHARE = 0.2;

export interface SyncSafetyInput {
  /** Employees without an end date before the sync: those a sync can end. */
  currentEmployees: number;
  /** Of those, how many the sync would end (given an end date) or remove. */
  ending: number;
  /** 0–1: the largest share that is applied without confirmation. */
  maxEndingShare: number;
}

export type SyncSafetyDecision =
  | { hold: false; share: number }
  | { hold: true; share: number; reason: string };

/**
 * The safety stop of an HR sync: a list that would end more than `maxEndingShare` of the current
 * employees is more likely a broken export (a filter left on, a half-written file) than a wave of
 * leavers, so it is held for HR to confirm. Exactly the limit passes; with no current employees
 * nothing can be ended and nothing is held.
 */
export function syncSafetyDecision({ currentEmployees, ending, maxEndingShare }: SyncSafetyInput): SyncSafetyDecision {
  if (!Number.isInteger(currentEmployees) || currentEmployees < 0) {
    throw new DomainError(`The number of current employees must be a whole number of at least 0, got ${currentEmployees}.`);
  }
  if (!Number.isInteger(ending) || ending < 0 || ending > currentEmployees) {
    throw new DomainError(`The number of employees ending must be a whole number from 0 to ${currentEmployees}, got ${ending}.`);
  }
  if (!(maxEndingShare >= 0 && maxEndingShare <= 1)) {
    throw new DomainError(`The largest share of employees a sync may end must be from 0 to 1, got ${maxEndingShare}.`);
  }
  const share = currentEmployees === 0 ? 0 : ending / currentEmployees;
  if (share <= maxEndingShare) return { hold: false, share };
  const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return {
    hold: true,
    share,
    reason: `The sync would end ${ending} of ${currentEmployees} current employees (${percent(share)}), more than the ${percent(maxEndingShare)} a sync may end without confirmation. Check the list; confirm the sync if it is right.`,
  };
}

/**
 * The end date a sync gives an employee who is missing from the list: the sync date, or their
 * start or notice date when that is later (a hire withdrawn before starting, a notice dated ahead),
 * so the end is never before either. ISO dates compare as strings.
 */
export function leaverEndDate(syncDate: string, startDate: string, noticeDate: string | null): string {
  return [syncDate, startDate, noticeDate ?? ''].reduce((a, b) => (b > a ? b : a));
}
