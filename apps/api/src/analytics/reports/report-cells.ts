import { enpsFromCounts, Period, significantChange, WithheldReason } from '@ex-pulse/domain';
import type { AnalyticsScope, EnpsCell, EnpsChangeView, ResolvedPeriod } from '@ex-pulse/contracts';
import type { Point } from '../counts/year-series';
import { enpsCell, populationOf } from '../enps-cell';
import { ResolvedFilter, ROW_FILTERS } from '../filter/filter-resolver.service';
import { ALL_PHASES } from '../guard/cell-space';
import { CellDecider, Decisions } from '../guard/cell-decider';

export const PHASE_LABELS: Record<string, string> = {
  onboarding: 'Onboarding',
  initial_development: 'Initial development',
  ongoing_development: 'Ongoing development',
  separation: 'Separation',
};

/** One group's eNPS figure with the decider's verdict. */
export function cellOf(
  decider: CellDecider,
  department: string | null,
  point: Point,
  withheld: WithheldReason | null,
  key: string,
  label: string,
  phase: string = ALL_PHASES,
): EnpsCell {
  return enpsCell(key, label, decider.series(department, phase).tally(point), withheld);
}

/**
 * The figure of the whole selection (a department's subtree, or the organisation), decided within
 * the decider's reach (which holds the selection); `decisions`: the column when the caller has it.
 */
export function selectionCell(decider: CellDecider, department: string | null, point: Point, filter: ResolvedFilter, decisions?: Decisions): EnpsCell {
  const decided = department === null
    ? decider.organisation(ALL_PHASES, point)
    : (decisions ?? decider.column(ALL_PHASES, point)).get(department) ?? null;
  const label = department ? filter.tree.get(department)!.name : 'Organisation';
  return cellOf(decider, department, point, decided, department ?? 'organisation', label);
}

/** Significance of the change between two shown cells (PRODUCT.md's rule). */
export function changeBetween(previous: EnpsCell, current: EnpsCell): EnpsChangeView | null {
  if (previous.withheld || current.withheld || previous.n === null || current.n === null) return null;
  const fpc = (c: EnpsCell) => populationOf(c.n!, c.invited);
  const change = significantChange(
    enpsFromCounts({ promoters: previous.promoters!, passives: previous.passives!, detractors: previous.detractors! }, fpc(previous)),
    enpsFromCounts({ promoters: current.promoters!, passives: current.passives!, detractors: current.detractors! }, fpc(current)),
  );
  if (!change) return null;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { delta: r(change.delta), threshold: r(change.threshold), significant: change.significant };
}

/** No segment filter: the figures are whole units' (a department's, the organisation's), which goals are set for. */
export function isWholeUnit(filter: ResolvedFilter): boolean {
  return ROW_FILTERS.every((name) => filter[name] === null);
}

export function resolvedPeriod(p: Period): ResolvedPeriod {
  return { key: p.key, kind: p.kind, from: p.from, to: p.to };
}

/** What every answer echoes: the period, the filters in force and k. */
export function scopeOf(filter: ResolvedFilter, k: number, period: Period = filter.period): AnalyticsScope {
  const filters: AnalyticsScope['filters'] = {};
  if (filter.departmentId) filters.department = filter.departmentId;
  if (filter.managerId) filters.manager = filter.managerId;
  if (filter.location) filters.location = filter.location;
  if (filter.phase) filters.phase = filter.phase;
  if (filter.tenure) filters.tenure = filter.tenure;
  if (filter.programmeId) filters.programme = filter.programmeId;
  return { period: resolvedPeriod(period), filters, k };
}
