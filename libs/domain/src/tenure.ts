import { addMonths, assertIsoDate } from './dates';

export type TenureBand = 'not_started' | 'under_3m' | '3_12m' | '1_2y' | '2_5y' | '5y_plus';

export interface TenureBandInfo {
  band: TenureBand;
  label: string;
  /** Completed months at which the band begins (null: before the start date). */
  fromMonths: number | null;
  /** Completed months at which the next band begins (null: open-ended). */
  untilMonths: number | null;
}

/** Every tenure band in order, with its English label and month bounds. */
export const TENURE_BANDS: readonly TenureBandInfo[] = Object.freeze([
  { band: 'not_started', label: 'Not started', fromMonths: null, untilMonths: 0 },
  { band: 'under_3m', label: 'Under 3 months', fromMonths: 0, untilMonths: 3 },
  { band: '3_12m', label: '3–12 months', fromMonths: 3, untilMonths: 12 },
  { band: '1_2y', label: '1–2 years', fromMonths: 12, untilMonths: 24 },
  { band: '2_5y', label: '2–5 years', fromMonths: 24, untilMonths: 60 },
  { band: '5y_plus', label: '5+ years', fromMonths: 60, untilMonths: null },
]);

/**
 * Completed calendar months from `startDate` to `on`: the largest m with
 * addMonths(startDate, m) ≤ on (so month-end starts count at the clamped month end:
 * from 2024-01-31 one month is complete on 2024-02-29). Returns −1 when `on` is before
 * the start date.
 */
export function completedMonths(startDate: string, on: string): number {
  assertIsoDate(startDate, 'Start date');
  assertIsoDate(on, 'The date asked about');
  if (on < startDate) return -1;
  const [sy, sm] = [Number(startDate.slice(0, 4)), Number(startDate.slice(5, 7))];
  const [oy, om] = [Number(on.slice(0, 4)), Number(on.slice(5, 7))];
  const m = (oy - sy) * 12 + (om - sm);
  // addMonths(start, m) lies in on's month; if it is later than on, month m is not complete yet.
  return addMonths(startDate, m) <= on ? m : m - 1;
}

/** The tenure band on `on` by completed calendar months since the start date. */
export function tenureBandOn(startDate: string, on: string): TenureBand {
  const months = completedMonths(startDate, on);
  if (months < 0) return 'not_started';
  if (months < 3) return 'under_3m';
  if (months < 12) return '3_12m';
  if (months < 24) return '1_2y';
  if (months < 60) return '2_5y';
  return '5y_plus';
}
