import type { WithheldReason } from '@ex-pulse/domain';

/** Customer metrics a unit's employee scores are related to. */
export type CustomerMetricKind = 'nps' | 'csat' | 'ces' | 'cx_index';

/** GET /api/cx/linkage?from=YYYY-MM&to=YYYY-MM&metric=nps&lag=0..3 */
export interface LinkageQuery {
  from?: string;
  to?: string;
  metric?: CustomerMetricKind;
  /** Months customer scores lag employee scores in the tables, scatter and quadrants (0–3); correlations come for every lag. */
  lag?: number;
  /** 'months': each unit's months as well (the month-by-month table); without it `months` is null. */
  include?: 'months';
}

/** One unit in one month: its employee eNPS (when it passes the anonymity rules) beside its customer score. */
export interface LinkageCell {
  /** The employee month (YYYY-MM); the customer score is of the month `lag` months later. */
  month: string;
  enps: number | null;
  enpsN: number | null;
  employeeWithheld: WithheldReason | null;
  /** Internal CSAT (% of 4–5) when the unit is an internal provider; null otherwise or when withheld. */
  internalCsat: number | null;
  internalCsatN: number | null;
  customer: number | null;
  customerN: number | null;
}

export type Quadrant = 'high_ex_high_cx' | 'high_ex_low_cx' | 'low_ex_high_cx' | 'low_ex_low_cx';

export interface LinkageUnit {
  key: string;
  label: string;
  /** Mean of the unit's shown monthly eNPS over the paired months. */
  ex: number | null;
  /** Mean of the unit's customer scores over the paired months. */
  cx: number | null;
  /** Employee responses behind ex (bubble size). */
  n: number;
  pairedMonths: number;
  quadrant: Quadrant | null;
  /** Month by month, when asked for (include=months); null otherwise. */
  months: LinkageCell[] | null;
}

export interface CorrelationResult {
  r: number;
  ciLow: number;
  ciHigh: number;
  p: number;
  /** Degrees of freedom of the t test. */
  df: number;
}

export interface LinkageCorrelation {
  lag: number;
  between: {
    /** Units entering (each with at least one paired month). */
    units: number;
    pearson: CorrelationResult | null;
    spearman: CorrelationResult | null;
    /** Why nothing is shown (fewer than 10 units), else null. */
    withheld: string | null;
    sentence: string | null;
  };
  within: {
    units: number;
    /** Unit-months entering. */
    observations: number;
    repeatedMeasures: CorrelationResult | null;
    withheld: string | null;
    sentence: string | null;
  };
}

export interface AnalyticsLinkage {
  from: string;
  to: string;
  metric: CustomerMetricKind;
  lag: number;
  k: number;
  /** Where the quadrants split: the median unit on each axis. */
  exSplit: number | null;
  cxSplit: number | null;
  units: LinkageUnit[];
  correlations: LinkageCorrelation[];
}
