import type { DepartmentTree } from '../filter/department-tree';
import type { GroupYear } from '../counts/segment-counts.queries';
import { groupKey } from '../counts/segment-source';
import { YearSeries } from '../counts/year-series';

/** Any phase: the group's total. */
export const ALL_PHASES = '*';

/**
 * The counts of one set of filters for every department (and phase), through one year; a
 * department's series covers its whole subtree, and the null department the whole organisation.
 */
export class CellSpace {
  private readonly direct = new Map<string, YearSeries>();
  private readonly cache = new Map<string, YearSeries>();

  constructor(
    private readonly tree: DepartmentTree,
    rows: GroupYear[],
    invited: Map<string, Int32Array> | null,
    private readonly weekly: boolean,
  ) {
    for (const r of rows) {
      const series = new YearSeries(r.months, r.weeks, invited ? invited.get(groupKey(r.department, r.phase)) ?? new Int32Array(12) : null);
      this.put(r.department, r.phase ?? ALL_PHASES, series);
      if (r.phase !== null) this.put(r.department, ALL_PHASES, series);
    }
  }

  private put(department: string | null, phase: string, series: YearSeries): void {
    const key = groupKey(department, phase);
    const existing = this.direct.get(key);
    if (existing) existing.add(series);
    else this.direct.set(key, YearSeries.empty(this.weekly, series.invited !== null).add(series));
  }

  /** The department's subtree (null: every department), in one phase or all. */
  series(department: string | null, phase: string = ALL_PHASES): YearSeries {
    const key = groupKey(department, phase);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const total = YearSeries.empty(this.weekly, this.invitedKnown());
    if (department === null) {
      for (const [k, s] of this.direct) if (k.endsWith(`|${phase}`)) total.add(s);
    } else {
      // Its own rows plus its children's subtrees, each computed once.
      const own = this.direct.get(key);
      if (own) total.add(own);
      for (const child of this.tree.children(department)) total.add(this.series(child.id, phase));
    }
    this.cache.set(key, total);
    return total;
  }

  private invitedKnown(): boolean {
    const first = this.direct.values().next();
    return first.done ? false : first.value.invited !== null;
  }
}
