import { LifecyclePhase } from './org';

import type { WithheldReason } from '@ex-pulse/domain';

export type { WithheldReason };

/** One eNPS figure for one group. When withheld, every number is null. */
export interface EnpsCell {
  key: string;
  label: string;
  withheld: WithheldReason | null;
  /** Responses. */
  n: number | null;
  /** Invitations sent to the group in the window (the population for the correction). */
  invited: number | null;
  enps: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /** Responses / invitations, 0–1. */
  responseRate: number | null;
  /** Fewer than 50 responses: indicative, not a conclusion. */
  indicative: boolean;
}

export interface DepartmentEnpsRow extends EnpsCell {
  parentKey: string | null;
  depth: number;
}

export interface EnpsDashboard {
  from: string;
  to: string;
  k: number;
  overall: EnpsCell;
  byPhase: (EnpsCell & { phase: LifecyclePhase })[];
  byMonth: (EnpsCell & { month: string })[];
  byDepartment: DepartmentEnpsRow[];
}
