import type { Period } from '@ex-pulse/domain';
import { Tally } from '../enps-cell';

/** A month of a year, or one of its four weeks (days 1–7, 8–14, 15–21, 22–end). */
export type Point = Period | { kind: 'week'; key: string; month: number; week: number; from: string; to: string };

/** One group's answer counts through a year: per month, per week when counted, and invitations per month when known. */
export class YearSeries {
  constructor(
    readonly months: Tally[],
    readonly weeks: Tally[][] | null,
    readonly invited: number[] | null,
  ) {}

  static empty(weekly: boolean, invitedKnown: boolean): YearSeries {
    const months = Array.from({ length: 12 }, () => new Tally());
    return new YearSeries(
      months,
      weekly ? months.map(() => Array.from({ length: 4 }, () => new Tally())) : null,
      invitedKnown ? new Array<number>(12).fill(0) : null,
    );
  }

  add(other: YearSeries): this {
    other.months.forEach((t, m) => this.months[m].add(t));
    other.weeks?.forEach((w, m) => w.forEach((t, i) => this.weeks?.[m][i].add(t)));
    if (this.invited && other.invited) other.invited.forEach((v, m) => (this.invited![m] += v));
    return this;
  }

  monthlyN(): number[] {
    return this.months.map((t) => t.n);
  }

  weeklyN(): number[][] | undefined {
    return this.weeks?.map((w) => w.map((t) => t.n));
  }

  /** The counts over a period or week; `invited` is -1 when the population is unknown. */
  tally(point: Point): Tally {
    const out = new Tally();
    if (point.kind === 'week') {
      out.add(this.weeks![point.month][point.week]);
      out.invited = -1;
      return out;
    }
    for (let m = point.firstMonth; m <= point.lastMonth; m++) {
      out.add(this.months[m]);
      out.invited += this.invited ? this.invited[m] : 0;
    }
    if (!this.invited) out.invited = -1;
    return out;
  }

  n(point: Point): number {
    return this.tally(point).n;
  }
}
