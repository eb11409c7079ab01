import { LEAVING_REASON_KEYS, Period, periodContaining, PeriodKind } from '@ex-pulse/domain';
import type { LeavingReasons } from '@ex-pulse/contracts';
import type { DepartmentTree } from '../analytics/filter/department-tree';
import { CellDecider, ORGANISATION } from '../analytics/guard/cell-decider';
import { ALL_PHASES } from '../analytics/guard/cell-space';
import { MonthlyCount, MonthlyCounts, MonthSeries } from '../analytics/guard/monthly-counts';

const POOLS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/**
 * The reasons for leaving of one year, decided by the dashboards' guard: units (the organisation,
 * every department, each one's own people) × the calendar tree × the reasons as one partition of
 * each unit's exit answers. So a reason under k is withheld with a partner (its complement is not
 * the rest of the list), a department's reasons never follow from its parent's minus a child's,
 * and a month's never from its quarter's minus the other months'. The whole organisation is
 * decided, whoever asks, so every request gets the verdicts of every other.
 */
export class LeavingReasonsDecision {
  /** The known reasons in the exit survey's order, then any other found in the answers. */
  private readonly order: string[] = [...LEAVING_REASON_KEYS];
  private readonly decider: CellDecider<MonthSeries>;

  constructor(k: number, tree: DepartmentTree, rows: readonly MonthlyCount[]) {
    for (const r of rows) if (!this.order.includes(r.value)) this.order.push(r.value);
    // Sorted, as every decider orders its values: ties between equal counts go by key.
    const dimension = { values: [...this.order].sort(), selected: ALL_PHASES };
    this.decider = new CellDecider(k, tree, new MonthlyCounts(tree, rows), dimension, 'all', false);
  }

  /**
   * The reasons of a unit (a department's subtree; null: the organisation) over the period, or
   * over the smallest quarter, half or year around it whose total may be shown: calendar nodes,
   * so the pooled window is a figure decided like any other (two rolling windows a month apart
   * would give that month away). Every reason is listed, zeros too, so a withheld one does not
   * tell that someone chose it.
   */
  of(unit: string | null, period: Period): LeavingReasons {
    const verdict = (value: string, p: Period) => this.decider.column(value, p).get(unit ?? ORGANISATION) ?? null;
    const pools = POOLS.slice(POOLS.indexOf(period.kind)).map((kind) => periodContaining(kind, period.from));
    const pool = pools.find((p) => verdict(ALL_PHASES, p) === null);
    if (!pool) return { period: period.key, n: null, withheld: verdict(ALL_PHASES, period), reasons: [] };
    const cells = this.order.map((reason) => {
      const withheld = verdict(reason, pool);
      return { reason, n: withheld ? null : this.decider.series(unit, reason).n(pool), withheld };
    });
    const rank = (reason: string) => this.order.indexOf(reason);
    const shown = cells.filter((c) => !c.withheld).sort((a, b) => (b.n ?? 0) - (a.n ?? 0) || rank(a.reason) - rank(b.reason));
    // Withheld ones in the fixed order, so their position says nothing about their size.
    const withheld = cells.filter((c) => c.withheld);
    return { period: pool.key, n: this.decider.series(unit).n(pool), withheld: null, reasons: [...shown, ...withheld] };
  }
}
