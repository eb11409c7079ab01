import type { Period } from '@ex-pulse/domain';
import type { DepartmentTree } from '../filter/department-tree';
import type { DecidedCounts } from './cell-decider';
import { ALL_PHASES } from './cell-space';

/** How many of something one department (null: none recorded) has in one value of a dimension and one month (0–11) of a year. */
export interface MonthlyCount {
  department: string | null;
  value: string;
  month: number;
  n: number;
}

/** One group's counts through a year, month by month (no weeks). */
export class MonthSeries {
  readonly months = new Int32Array(12);

  monthlyN(): Int32Array {
    return this.months;
  }

  weeklyN(): undefined {
    return undefined;
  }

  /** The count over a period of the year. */
  n(period: Period): number {
    let n = 0;
    for (let m = period.firstMonth; m <= period.lastMonth; m++) n += this.months[m];
    return n;
  }

  add(other: MonthSeries): this {
    for (let m = 0; m < 12; m++) this.months[m] += other.months[m];
    return this;
  }
}

/**
 * Counts of one year that are not eNPS answers (exit answers by reason, invitations by programme),
 * for a CellDecider to decide: each department's series covers its subtree, the null department
 * the whole organisation (rows without a department included), ALL_PHASES every value.
 */
export class MonthlyCounts implements DecidedCounts<MonthSeries> {
  /** By value, then department: the rows as given. */
  private readonly direct = new Map<string, Map<string | null, MonthSeries>>();
  private readonly cache = new Map<string, Map<string | null, MonthSeries>>();

  constructor(
    private readonly tree: DepartmentTree,
    rows: readonly MonthlyCount[],
  ) {
    for (const r of rows) {
      if (r.month < 0 || r.month > 11) throw new Error(`Month ${r.month} is not a month of the year (0–11).`);
      for (const value of [r.value, ALL_PHASES]) this.own(r.department, value).months[r.month] += r.n;
    }
  }

  private own(department: string | null, value: string): MonthSeries {
    let byDepartment = this.direct.get(value);
    if (!byDepartment) this.direct.set(value, (byDepartment = new Map()));
    let series = byDepartment.get(department);
    if (!series) byDepartment.set(department, (series = new MonthSeries()));
    return series;
  }

  /** The department's subtree (null: the organisation), in one value or all. */
  series(department: string | null, value: string = ALL_PHASES): MonthSeries {
    let cached = this.cache.get(value);
    if (!cached) this.cache.set(value, (cached = new Map()));
    const hit = cached.get(department);
    if (hit) return hit;
    const total = new MonthSeries();
    const direct = this.direct.get(value);
    if (department === null) {
      for (const s of direct?.values() ?? []) total.add(s);
    } else {
      const own = direct?.get(department);
      if (own) total.add(own);
      for (const child of this.tree.children(department)) total.add(this.series(child.id, value));
    }
    cached.set(department, total);
    return total;
  }
}
