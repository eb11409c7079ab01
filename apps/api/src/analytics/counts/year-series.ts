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

/**
 * A group's invitations through a year (invitation_year_rollup), month by month (index 0–11):
 * those sent in the month, and those sent before it that are still open on its first day. The
 * answers of months a..b come from the invitations whose answer window overlaps them:
 * sent in a..b, or sent before a and still open on its first day (migration 1764900000000).
 */
export class InvitedYear {
  constructor(
    /** Invitations sent in each month (inv_1…inv_12). */
    readonly sent: Int32Array = new Int32Array(12),
    /** Invitations sent before each month and still open on its first day (open_1…open_12; January's from the year before). */
    readonly openAtStart: Int32Array = new Int32Array(12),
  ) {}

  add(other: InvitedYear): this {
    for (let m = 0; m < 12; m++) {
      this.sent[m] += other.sent[m];
      this.openAtStart[m] += other.openAtStart[m];
    }
    return this;
  }

  /** The population of months firstMonth..lastMonth (0-based): the invitations that could be answered in them. */
  population(firstMonth: number, lastMonth: number): number {
    let n = this.openAtStart[firstMonth];
    for (let m = firstMonth; m <= lastMonth; m++) n += this.sent[m];
    return n;
  }
}

/** One group's answer counts through a year: per month, per week when counted, and its invitations when known. */
export class YearSeries {
  constructor(
    readonly months: MonthCounts,
    readonly weeks: Int32Array | null,
    readonly invited: InvitedYear | null,
  ) {}

  static empty(weekly: boolean, invitedKnown: boolean): YearSeries {
    return new YearSeries(monthCounts(), weekly ? weekCounts() : null, invitedKnown ? new InvitedYear() : null);
  }

  add(other: YearSeries): this {
    for (let i = 0; i < 36; i++) this.months[i] += other.months[i];
    if (this.weeks && other.weeks) for (let i = 0; i < 144; i++) this.weeks[i] += other.weeks[i];
    if (this.invited && other.invited) this.invited.add(other.invited);
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

  /**
   * The counts over a period or week. `invited`: the invitations whose answer window overlaps the
   * period; null when unknown (filters an invitation does not record) and for a week (open
   * invitations are counted at the first day of a month only).
   */
  tally(point: Point): Tally {
    const out = new Tally();
    if (point.kind === 'week') {
      const at = 12 * point.month + 3 * point.week;
      out.promoters = this.weeks![at];
      out.passives = this.weeks![at + 1];
      out.detractors = this.weeks![at + 2];
      out.invited = null;
      return out;
    }
    for (let m = point.firstMonth; m <= point.lastMonth; m++) {
      out.promoters += this.months[3 * m];
      out.passives += this.months[3 * m + 1];
      out.detractors += this.months[3 * m + 2];
    }
    out.invited = this.invited ? this.invited.population(point.firstMonth, point.lastMonth) : null;
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
