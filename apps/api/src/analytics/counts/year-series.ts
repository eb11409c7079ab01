import type { Period } from '@ex-pulse/domain';
import { Tally } from '../enps-cell';

/** A month of a year, or one of its four weeks (days 1–7, 8–14, 15–21, 22–end). */
export type Point = Period | { kind: 'week'; key: string; month: number; week: number; from: string; to: string };

/**
 * Counts through a year, flat: promoters, passives and detractors of month 0, then of month 1, …
 * (36 numbers); of weeks, month by month, four weeks each (144). Flat arrays rather than an
 * object per month: a dashboard builds thousands of these per request.
 */
export type MonthCounts = Int32Array;
export const monthCounts = (): MonthCounts => new Int32Array(36);
export const weekCounts = (): Int32Array => new Int32Array(144);

/** One group's answer counts through a year: per month, per week when counted, and invitations per month when known. */
export class YearSeries {
  constructor(
    readonly months: MonthCounts,
    readonly weeks: Int32Array | null,
    readonly invited: Int32Array | null,
  ) {}

  static empty(weekly: boolean, invitedKnown: boolean): YearSeries {
    return new YearSeries(monthCounts(), weekly ? weekCounts() : null, invitedKnown ? new Int32Array(12) : null);
  }

  add(other: YearSeries): this {
    for (let i = 0; i < 36; i++) this.months[i] += other.months[i];
    if (this.weeks && other.weeks) for (let i = 0; i < 144; i++) this.weeks[i] += other.weeks[i];
    if (this.invited && other.invited) for (let m = 0; m < 12; m++) this.invited[m] += other.invited[m];
    return this;
  }

  monthlyN(): number[] {
    return Array.from({ length: 12 }, (_, m) => this.months[3 * m] + this.months[3 * m + 1] + this.months[3 * m + 2]);
  }

  weeklyN(): number[][] | undefined {
    const w = this.weeks;
    if (!w) return undefined;
    return Array.from({ length: 12 }, (_, m) => Array.from({ length: 4 }, (_, i) => w[12 * m + 3 * i] + w[12 * m + 3 * i + 1] + w[12 * m + 3 * i + 2]));
  }

  /** The counts over a period or week; `invited` is -1 when the population is unknown. */
  tally(point: Point): Tally {
    const out = new Tally();
    if (point.kind === 'week') {
      const at = 12 * point.month + 3 * point.week;
      out.promoters = this.weeks![at];
      out.passives = this.weeks![at + 1];
      out.detractors = this.weeks![at + 2];
      out.invited = -1;
      return out;
    }
    for (let m = point.firstMonth; m <= point.lastMonth; m++) {
      out.promoters += this.months[3 * m];
      out.passives += this.months[3 * m + 1];
      out.detractors += this.months[3 * m + 2];
      out.invited += this.invited ? this.invited[m] : 0;
    }
    if (!this.invited) out.invited = -1;
    return out;
  }

  /** The answers over a period or week (tally(point).n, without building the tally). */
  n(point: Point): number {
    if (point.kind === 'week') {
      const at = 12 * point.month + 3 * point.week;
      return this.weeks![at] + this.weeks![at + 1] + this.weeks![at + 2];
    }
    let n = 0;
    for (let i = 3 * point.firstMonth; i < 3 * point.lastMonth + 3; i++) n += this.months[i];
    return n;
  }
}
