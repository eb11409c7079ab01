import { periodWithheld, verdictOn, WithheldReason, withholdPartition, YearVerdicts, yearWithheld } from '@ex-pulse/domain';
import type { Point, YearSeries } from '../counts/year-series';
import type { DepartmentTree } from '../filter/department-tree';
import { ALL_PHASES, CellSpace } from './cell-space';
import type { Reach } from './reach';

export type { Reach } from './reach';

/** The organisation as a whole, in decisions keyed by department. */
export const ORGANISATION = '@organisation';

export type Decisions = Map<string, WithheldReason | null>;


/**
 * Decides which figures are withheld, the same way for every endpoint, so that no two views of
 * the same data can be subtracted to reveal fewer than k people:
 * 1. its own periods: the group's period (or week) passes the rules down the calendar tree
 *    (periodWithheld), so a month is not shown when the rest of its quarter would give it away;
 * 2. its filters: for each filter set, the same group without that filter may not differ by
 *    fewer than k (0 < n(without) − n(with) < k withholds it);
 * 3. its department: departments are decided from the top of the organisation down, siblings
 *    as one partition of their parent (withholdPartition), a withheld department withholding
 *    its subtree;
 * 4. its phase (heatmaps): the phases of a department are a partition of the department.
 * Rules 3 and 4 are run twice, so a cell withheld by one gets its complement withheld by the other.
 *
 * Decisions flow down (a parent's verdict to its subtree) and across (siblings, the phases of one
 * department), never up: a department's verdict does not depend on anything below it. So a
 * request decides only the departments it shows: `reach` names the departments whose children
 * are decided (their ancestors, DepartmentTree.pathsTo), and every verdict made is the one the
 * whole tree would give (cell-decider.spec.ts checks it). Without a reach the whole tree is decided.
 */
export class CellDecider {
  constructor(
    private readonly k: number,
    private readonly tree: DepartmentTree,
    private readonly main: CellSpace,
    private readonly relaxed: CellSpace[],
    /** The reach the counts were read for (GuardedCounts): decisions default to it and cannot go beyond it. */
    private readonly counted: Reach = null,
  ) {}

  series(department: string | null, phase: string = ALL_PHASES) {
    return this.main.series(department, phase);
  }

  /** Answers of a group in a period or week. */
  private nAt(department: string | null, phase: string, point: Point): number {
    return this.main.series(department, phase).n(point);
  }

  /** Verdicts by group (its series) and period key. */
  private readonly own = new WeakMap<YearSeries, Map<string, WithheldReason | null>>();

  /** Rules 1 and 2 for one group (each group and period decided once per request). */
  ownRules(department: string | null, phase: string, point: Point): WithheldReason | null {
    const series = this.main.series(department, phase);
    let byPoint = this.own.get(series);
    if (!byPoint) this.own.set(series, (byPoint = new Map()));
    let decided = byPoint.get(point.key);
    if (decided === undefined) byPoint.set(point.key, (decided = this.decideOwn(department, phase, point)));
    return decided;
  }

  private decideOwn(department: string | null, phase: string, point: Point): WithheldReason | null {
    const s = this.main.series(department, phase);
    const time = point.kind === 'week'
      ? periodWithheld({ month: point.month, week: point.week }, s.monthlyN(), this.k, s.weeklyN())
      : verdictOn(this.yearOf(s), point);
    if (time) return time;
    const n = s.n(point);
    for (const r of this.relaxed) {
      const gap = r.series(department, phase).n(point) - n;
      if (gap > 0 && gap < this.k) return 'subtraction';
    }
    return null;
  }

  private readonly years = new WeakMap<YearSeries, YearVerdicts>();

  /** Rule 1 for every period of a group's year, decided once per request. */
  private yearOf(s: YearSeries): YearVerdicts {
    let year = this.years.get(s);
    if (!year) this.years.set(s, (year = yearWithheld(s.monthlyN(), this.k)));
    return year;
  }

  /** The organisation as a whole (rules 1 and 2; it has no siblings). The same verdict column() gives it. */
  organisation(phase: string, point: Point): WithheldReason | null {
    return this.ownRules(null, phase, point) ?? (this.main.series(null, phase).n(point) < this.k ? 'too_few' : null);
  }

  /** Rule 3 (with 1 and 2) for every department in reach in one phase, plus the organisation. */
  column(phase: string, point: Point, already?: Decisions, reach: Reach = this.counted): Decisions {
    const out: Decisions = new Map();
    const orgN = this.nAt(null, phase, point);
    out.set(ORGANISATION, already?.get(ORGANISATION) ?? this.organisation(phase, point));
    const visit = (parentId: string | null, parentN: number, inherited: WithheldReason | null) => {
      const nodes = this.tree.children(parentId);
      if (!nodes.length) return;
      const cells = nodes.map((d) => ({
        key: d.id,
        n: this.nAt(d.id, phase, point),
        withheld: inherited ?? already?.get(d.id) ?? this.ownRules(d.id, phase, point),
      }));
      const decided = withholdPartition({ parentN, cells, k: this.k });
      for (const c of cells) {
        out.set(c.key, decided.get(c.key) ?? null);
        if (!reach || reach.has(c.key)) visit(c.key, c.n, decided.get(c.key) ?? null);
      }
    };
    visit(null, orgN, null);
    return out;
  }

  /** Rules 1–4 for departments (in reach) × phases; decisions keyed by phase, then department. */
  grid(phases: readonly string[], point: Point, reach: Reach = this.counted): Map<string, Decisions> {
    let columns = new Map(phases.map((p) => [p, this.column(p, point, undefined, reach)]));
    const totals = this.column(ALL_PHASES, point, undefined, reach);
    for (let round = 0; round < 2; round++) {
      for (const department of totals.keys()) {
        const id = department === ORGANISATION ? null : department;
        const cells = phases.map((p) => ({
          key: p,
          n: this.nAt(id, p, point),
          withheld: columns.get(p)!.get(department) ?? null,
        }));
        const decided = withholdPartition({ parentN: this.nAt(id, ALL_PHASES, point), cells, k: this.k });
        for (const p of phases) columns.get(p)!.set(department, totals.get(department) ? totals.get(department)! : decided.get(p) ?? null);
      }
      if (round === 0) columns = new Map(phases.map((p) => [p, this.column(p, point, columns.get(p), reach)]));
    }
    columns.set(ALL_PHASES, totals);
    return columns;
  }
}
