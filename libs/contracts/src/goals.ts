import type { WithheldReason } from '@ex-pulse/domain';

/** An eNPS goal of a unit (a department, or the organisation) for a calendar period. */
export interface UnitGoal {
  id: string;
  /** The department id; null: the organisation as a whole. */
  department: string | null;
  /** The department's name, or "Organisation". */
  unitLabel: string;
  /** "2026", "2026-H2", "2026-Q4" or "2026-11". */
  period: string;
  /** −100..100, a whole number. */
  target: number;
  updatedAt: string;
}

/** POST /api/goals. HR and leaders set any unit's goal (and the organisation's); managers their own departments'. */
export interface CreateUnitGoalRequest {
  /** A department id; absent or null: the organisation. */
  department?: string | null;
  period: string;
  target: number;
}

/** PATCH /api/goals/:id */
export interface UpdateUnitGoalRequest {
  target: number;
}

/** GET /api/goals?period=&department=: the goals of the caller's part of the organisation. */
export interface UnitGoalList {
  goals: UnitGoal[];
}

/**
 * A unit's eNPS in the period shown against its goal: the goal of that period, or else of the
 * nearest period holding it (a quarter's figure against the year's goal). The gap is beyond chance
 * when |gap| > threshold = z·SE of the current eNPS. Withheld with the unit's figure.
 */
export interface GoalProgress {
  /** The unit's key as in its EnpsCell (a department id, or 'organisation'). */
  unitKey: string;
  goal: UnitGoal;
  /** The period of the current figure (the one shown). */
  period: string;
  withheld: WithheldReason | null;
  /** The unit's eNPS in `period`, one decimal; null when withheld or without answers. */
  current: number | null;
  /** current − target (positive: above the goal), one decimal. */
  gap: number | null;
  threshold: number | null;
  beyondChance: boolean | null;
  /** Fewer than 50 answers behind the current figure. */
  indicative: boolean;
}
