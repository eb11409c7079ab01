import type { DriverLabel, DriverLevel, WithheldReason } from '@ex-pulse/domain';
import type { AnalyticsScope } from './analytics';

export type { DriverLabel, DriverLevel };

/**
 * One driver in one unit and period (issue 12, "what matters most"). Every number is null when the
 * driver's answers in the unit and period are withheld (the same verdict as its driver-heatmap cell).
 */
export interface DriverPriority {
  /** manager_relationship, role_clarity, recognition, growth, workplace_tools or wellbeing. */
  driver: string;
  withheld: WithheldReason | null;
  /** Answers to the driver (each also carries its 0–10 score). */
  n: number | null;
  /** Mean agreement 1–5 with its 95% Student-t interval, two decimals. */
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /**
   * Pearson r between the 0–10 score and the 1–5 answer over the same answers, with its Fisher-z 95%
   * interval (two decimals); null below `rules.minPairs` answers or when either does not vary.
   */
  r: number | null;
  rLow: number | null;
  rHigh: number | null;
  /** Why r is null although the driver is shown. */
  rGap: 'below-minimum' | 'no-variation' | 'too-few-observations' | null;
  /** The whole interval of the mean below / above the unit's mean over drivers; 'middle' when it spans it; null: not known. */
  level: DriverLevel | null;
  /** r ≥ rules.minR and its interval's lower end > rules.minRLow; null when r is null. */
  related: boolean | null;
  /** priority: low and related; strength: high and related; null otherwise (nothing the data cannot support). */
  label: DriverLabel | null;
}

export interface UnitPriorities {
  /** The department id, or 'organisation' (the keys of the heatmap's rows). */
  key: string;
  label: string;
  parentKey: string | null;
  depth: number;
  /** The plain average of the shown drivers' means; null with fewer than rules.minDrivers shown. */
  driverAverage: number | null;
  /** The six drivers, in a fixed order. */
  drivers: DriverPriority[];
}

/** The thresholds the labels follow. */
export interface PriorityRules {
  minPairs: number;
  minR: number;
  minRLow: number;
  minDrivers: number;
}

/**
 * GET /api/analytics/priorities?period=&department=&depth=: the selection (depth 0, the default) and,
 * with depth, its departments down to that many levels, in the driver heatmap's row order. Takes no
 * segment filter: the drivers are its segment already.
 */
export interface AnalyticsPriorities extends AnalyticsScope {
  rules: PriorityRules;
  units: UnitPriorities[];
}
