import type { GoalProgress } from './goals';
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
  /**
   * The group's invitations that could be answered in the window: sent in it, or sent before it
   * and still open on its first day (the population N of the correction). Null when not known:
   * weeks, and filters an invitation does not record (team, location, tenure band).
   */
  invited: number | null;
  enps: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /**
   * Responses / invitations (n / N), 0–1, never clamped: null when N is not known, and when there
   * are more responses than invitations (people answered in another segment than they were
   * invited in), and then the interval has no correction either.
   */
  responseRate: number | null;
  /** Fewer than 50 responses: indicative, not a conclusion. */
  indicative: boolean;
  /**
   * Everyone invited in the window answered (n = N): the figure has no sampling error and the
   * interval zero width. The only case of a zero-width interval; say so where it is shown.
   */
  census: boolean;
}

/*
 * The analytics dashboards (issue 4). Every endpoint takes the same filters as query parameters,
 * and every figure has passed the anonymity rules before it leaves the API.
 *
 * Time comes in calendar periods: a year ("2026"), a half ("2026-H2"), a quarter ("2026-Q4") or a
 * month ("2026-11"). Periods nest, so a figure for one can never be told apart from another by
 * subtracting two windows that differ by a day or a few weeks.
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface AnalyticsFilterQuery {
  /** "2026", "2026-H2", "2026-Q4" or "2026-11"; default: the current year. */
  period?: string;
  /** A department id: that department and everything under it. */
  department?: string;
  /** An employee id: the people whose manager that employee is. */
  manager?: string;
  location?: string;
  phase?: LifecyclePhase;
  /** A tenure band key (under_3m, 3_12m, 1_2y, 2_5y, 5y_plus). */
  tenure?: string;
  /** A programme id. */
  programme?: string;
}

export interface ResolvedPeriod {
  key: string;
  kind: PeriodKind;
  /** First and last day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
}

/** What the figures were computed over; echoed by every endpoint. */
export interface AnalyticsScope {
  period: ResolvedPeriod;
  filters: Omit<AnalyticsFilterQuery, 'period'>;
  k: number;
}

export interface EnpsChangeView {
  /** current − previous, in eNPS points. */
  delta: number;
  /** z·√(SE₁² + SE₂²), z = Φ⁻¹(0.975) = 1.959964: a change is significant when |delta| exceeds it. */
  threshold: number;
  significant: boolean;
}

/** GET /api/analytics/overview */
export interface AnalyticsOverview extends AnalyticsScope {
  overall: EnpsCell;
  previousPeriod: ResolvedPeriod;
  previous: EnpsCell;
  /** Null when either period is withheld or empty. */
  change: EnpsChangeView | null;
  /** The selection's eNPS goal for the period (or the nearest period holding it), with its progress; null: none set. */
  goal: GoalProgress | null;
}

export type TrendGranularity = 'month' | 'week';

export interface TrendPoint extends EnpsCell {
  from: string;
  to: string;
  /** The month or week still running (it holds today): its figure is so far, not final. */
  partial?: boolean;
}

/**
 * GET /api/analytics/trend?granularity=month|week. Weeks are days 1–7, 8–14, 15–21 and 22–end of each month;
 * the points end with the one holding today (none not begun).
 */
export interface AnalyticsTrend extends AnalyticsScope {
  granularity: TrendGranularity;
  points: TrendPoint[];
}

export type HeatmapKind = 'phase' | 'driver';

export interface HeatmapColumn {
  key: string;
  label: string;
}

/** eNPS (−100..100) for phase heatmaps, mean agreement (1..5) for driver heatmaps. */
export interface HeatmapCell {
  column: string;
  withheld: WithheldReason | null;
  n: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** An eNPS cell where everyone invited answered: its interval has no width because there is no sampling error. */
  census?: boolean;
}

export interface HeatmapRow {
  key: string;
  label: string;
  parentKey: string | null;
  depth: number;
  cells: HeatmapCell[];
}

/** GET /api/analytics/heatmap?by=phase|driver: departments (tree order) × phases or drivers. */
export interface AnalyticsHeatmap extends AnalyticsScope {
  by: HeatmapKind;
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

/** GET /api/analytics/units: the units one level below the selected department (or the top level), ranked. */
export interface AnalyticsUnits extends AnalyticsScope {
  /** The whole selection (the organisation's or the department's figure): the reference line. */
  reference: EnpsCell;
  /** Shown units by eNPS, best first; withheld units after them, by name. */
  units: EnpsCell[];
  /** Progress against their eNPS goals, for the reference and the units that have one (joined by unitKey = EnpsCell.key). */
  goals: GoalProgress[];
}

export type PoolMonths = 3 | 6 | 12;

/** GET /api/analytics/phases?pool=3|6|12: each phase pooled over the calendar quarter, half or year containing the period's end. */
export interface AnalyticsPhaseReport extends Omit<AnalyticsScope, 'period'> {
  pool: PoolMonths;
  /** The pooling window in use. */
  period: ResolvedPeriod;
  phases: (EnpsCell & { phase: LifecyclePhase })[];
}

/** A comment's sentiment; 'unclassified' where the classifier was not confident enough to say. */
export type SentimentLabel = 'positive' | 'neutral' | 'negative' | 'unclassified';
export type ScoreBand = 'promoter' | 'passive' | 'detractor';

/**
 * One comment. It carries no key (the text is its only identity, and a key derived from the
 * response would let lists be joined beyond the text) and only labels whose group passes the
 * comment threshold: see AnalyticsComments.
 */
export interface CommentView {
  text: string;
  /** The quarter whose list holds it (YYYY-Qn): comments never carry the month or the day. */
  quarter: string;
  sentiment: SentimentLabel;
  /**
   * The score band, only when that band's group passes the comment threshold (and the partition
   * rules) within the part of the comment's quarter and department that no finer list covers.
   */
  band: ScoreBand | null;
  /** The deepest department below the selection whose own list for the quarter holds the comment; null: the selection itself. */
  department: string | null;
}

/** A quarter of the requested period, with its list's verdict at the comment threshold. */
export interface CommentQuarter {
  key: string;
  withheld: WithheldReason | null;
}

/**
 * GET /api/analytics/comments?period=&department=&q=&sentiment=&page=
 *
 * Comments are listed per department and calendar quarter only (a half or a year shows the lists of
 * its quarters); the segment filters (location, phase, tenure band, programme, team) and months
 * are refused with 400, because a text is a key: listing once per value would tell who wrote it.
 */
export interface AnalyticsComments extends AnalyticsScope {
  commentK: number;
  /** Null unless every quarter of the period is withheld for the selection (nothing is shown). */
  withheld: WithheldReason | null;
  /** The period's quarters, newest first: the comments come from those not withheld. */
  quarters: CommentQuarter[];
  total: number;
  page: number;
  pageSize: number;
  /** Newest quarter first; within a quarter in an order that follows from the text alone. */
  comments: CommentView[];
}

export type AlertKind = 'enps_drop' | 'low_response_rate';

export interface AnalyticsAlert {
  kind: AlertKind;
  unit: EnpsCell;
  previous: EnpsCell | null;
  change: EnpsChangeView | null;
}

/** GET /api/analytics/alerts?responseRateBelow=0.5: units that fell significantly or answer too little. */
export interface AnalyticsAlerts extends AnalyticsScope {
  previousPeriod: ResolvedPeriod;
  responseRateBelow: number;
  alerts: AnalyticsAlert[];
}

export interface FilterOption {
  key: string;
  label: string;
}

/** GET /api/analytics/filter-options: what the filter bar offers this user. */
export interface AnalyticsFilterOptions {
  periods: FilterOption[];
  departments: (FilterOption & { parentKey: string | null; depth: number })[];
  managers: FilterOption[];
  locations: FilterOption[];
  tenureBands: FilterOption[];
  programmes: FilterOption[];
}
