import type { DepartmentTree } from '../filter/department-tree';
import type { GroupYear } from '../counts/segment-counts.queries';
import { groupKey } from '../counts/segment-source';
import { InvitedYear, monthCounts, weekCounts, YearSeries } from '../counts/year-series';
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
    invited: Map<string, InvitedYear> | null,
    private readonly weekly: boolean,
    /** Counted for a reach (rows grouped by decided department): only those departments have series. */
    private readonly counted: CountedAs | null = null,
  ) {
    this.invitedKnown = invited !== null && rows.length > 0;
    const answered = new Set<string>();
    for (const r of rows) {
      const key = groupKey(r.department, r.phase);
      answered.add(key);
      const series = new YearSeries(r.months, r.weeks, invited ? invited.get(key) ?? new InvitedYear() : null);
      this.put(r.department, r.phase ?? ALL_PHASES, series);
      if (r.phase !== null) this.put(r.department, ALL_PHASES, series);
    }
    // Groups invited but without an answer this year still belong to their parents' population
    // (left out, a parent whose other groups all answered would look like a census).
    if (!this.invitedKnown) return;
    for (const [key, year] of invited!) {
      if (answered.has(key)) continue;
      const { department, phase } = parseGroupKey(key);
      const series = new YearSeries(monthCounts(), weekly ? weekCounts() : null, year);
      this.put(department, phase ?? ALL_PHASES, series);
      if (phase !== null) this.put(department, ALL_PHASES, series);
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

/** The department and segment value of a groupKey ("*" for none; a department id holds no "|"). */
function parseGroupKey(key: string): { department: string | null; phase: string | null } {
  const bar = key.indexOf('|');
  const department = key.slice(0, bar);
  const phase = key.slice(bar + 1);
  return { department: department === '*' ? null : department, phase: phase === '*' ? null : phase };
}
