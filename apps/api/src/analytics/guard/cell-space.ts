import type { DepartmentTree } from '../filter/department-tree';
import type { GroupYear } from '../counts/segment-counts.queries';
import { groupKey } from '../counts/segment-source';
import { YearSeries } from '../counts/year-series';
import type { CountedAs } from './reach';

/** Any phase: the group's total. */
export const ALL_PHASES = '*';

/**
 * The counts of one set of filters for every department (and phase), through one year; a
 * department's series covers its whole subtree, and the null department the whole organisation.
 */
export class CellSpace {
  /** By phase, then department (null: rows not grouped by department): lookups without building string keys. */
  private readonly direct = new Map<string, Map<string | null, YearSeries>>();
  private readonly cache = new Map<string, Map<string | null, YearSeries>>();
  private readonly invitedKnown: boolean;

  constructor(
    private readonly tree: DepartmentTree,
    rows: GroupYear[],
    invited: Map<string, Int32Array> | null,
    private readonly weekly: boolean,
    /** Counted for a reach (rows grouped by decided department): only those departments have series. */
    private readonly counted: CountedAs | null = null,
  ) {
    this.invitedKnown = invited !== null && rows.length > 0;
    for (const r of rows) {
      const series = new YearSeries(r.months, r.weeks, invited ? invited.get(groupKey(r.department, r.phase)) ?? new Int32Array(12) : null);
      this.put(r.department, r.phase ?? ALL_PHASES, series);
      if (r.phase !== null) this.put(r.department, ALL_PHASES, series);
    }
  }

  private put(department: string | null, phase: string, series: YearSeries): void {
    let byDepartment = this.direct.get(phase);
    if (!byDepartment) this.direct.set(phase, (byDepartment = new Map()));
    const existing = byDepartment.get(department);
    if (existing) existing.add(series);
    else byDepartment.set(department, YearSeries.empty(this.weekly, series.invited !== null).add(series));
  }

  /** The department's subtree (null: every department), in one phase or all. */
  series(department: string | null, phase: string = ALL_PHASES): YearSeries {
    let cached = this.cache.get(phase);
    if (!cached) this.cache.set(phase, (cached = new Map()));
    const hit = cached.get(department);
    if (hit) return hit;
    const total = YearSeries.empty(this.weekly, this.invitedKnown);
    const direct = this.direct.get(phase);
    if (department === null) {
      for (const s of direct?.values() ?? []) total.add(s);
    } else {
      if (this.counted && !this.counted.decided.has(department)) {
        throw new Error(`Department ${department} was not counted for this request's reach.`);
      }
      // Its own rows plus its children's subtrees, each computed once (a department counted for a
      // reach without its children being decided already holds its whole subtree).
      const own = direct?.get(department);
      if (own) total.add(own);
      if (!this.counted || this.counted.reach.has(department)) {
        for (const child of this.tree.children(department)) total.add(this.series(child.id, phase));
      }
    }
    cached.set(department, total);
    return total;
  }
}
