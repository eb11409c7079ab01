import { DomainError } from './domain-error';
import type { EnpsResult } from './enps';
import { Z_95 } from './student-t';

/*
 * eNPS goals (PRODUCT.md, "Closing the loop": units set eNPS goals). A goal is a whole number from
 * −100 to 100 for a unit and a calendar period. Its progress is the gap between the unit's current
 * eNPS and the target, called beyond chance only when |gap| > z·SE of the current eNPS, z = Φ⁻¹(0.975):
 * the target is a fixed number without sampling error, so only the current figure's error counts
 * (with the finite-population correction, as everywhere; a census has SE 0, so any gap is real).
 */

export const GOAL_TARGET_MIN = -100;
export const GOAL_TARGET_MAX = 100;

/** Throws DomainError unless the target is a whole number from −100 to 100. */
export function assertGoalTarget(target: unknown): asserts target is number {
  if (typeof target !== 'number' || !Number.isInteger(target) || target < GOAL_TARGET_MIN || target > GOAL_TARGET_MAX) {
    throw new DomainError(`An eNPS target is a whole number from ${GOAL_TARGET_MIN} to ${GOAL_TARGET_MAX}, got ${String(target)}.`);
  }
}

export interface GoalGap {
  /** current − target, in eNPS points (positive: above the goal). */
  gap: number;
  /** Z_95·SE of the current eNPS. */
  threshold: number;
  /** |gap| > threshold. */
  beyondChance: boolean;
}

/** The gap between the current eNPS and the target; null when there is no current figure. */
export function goalGap(current: EnpsResult, target: number): GoalGap | null {
  assertGoalTarget(target);
  if (current.enps === null || current.se === null) return null;
  const gap = current.enps - target;
  const threshold = Z_95 * current.se;
  return { gap, threshold, beyondChance: Math.abs(gap) > threshold };
}
