import { Injectable } from '@nestjs/common';
import { PHASES_WITH_PULSES } from '@ex-pulse/domain';
import type { AnalyticsHeatmap, HeatmapCell, HeatmapRow } from '@ex-pulse/contracts';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { CellDecider, ORGANISATION } from '../guard/cell-decider';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { DriverHeatmapService } from './driver-heatmap.service';
import { cellOf, PHASE_LABELS, scopeOf } from './report-cells';

/** Departments (tree order) × lifecycle phases, eNPS per cell; or × drivers (DriverHeatmapService). */
@Injectable()
export class HeatmapService {
  constructor(
    private readonly counts: GuardedCounts,
    private readonly drivers: DriverHeatmapService,
  ) {}

  async heatmap(filter: ResolvedFilter, by: 'phase' | 'driver', depth = HEATMAP_DEPTH): Promise<AnalyticsHeatmap> {
    if (by === 'driver') return this.drivers.heatmap(filter, depth);
    const phases = filter.phase ? [filter.phase] : [...PHASES_WITH_PULSES];
    const shown = departmentRowsOf(filter, depth);
    const reach = filter.tree.pathsTo(shown.map((r) => r.id));
    const decider = await this.counts.decider(filter, filter.period.year, { byPhase: true, reach });
    const grid = decider.grid(phases, filter.period);
    const rows = shown.map(({ id, label, parentKey, depth }) => ({
      key: id ?? 'organisation',
      label,
      parentKey,
      depth,
      cells: phases.map((p) => heatCell(decider, filter, id, p, grid.get(p)!.get(id ?? ORGANISATION) ?? null)),
    }));
    return {
      ...scopeOf(filter, this.counts.k),
      by: 'phase',
      columns: phases.map((p) => ({ key: p, label: PHASE_LABELS[p] })),
      rows,
    };
  }
}

function heatCell(decider: CellDecider, filter: ResolvedFilter, department: string | null, phase: string, withheld: HeatmapCell['withheld']): HeatmapCell {
  const c = cellOf(decider, department, filter.period, withheld, phase, phase, phase);
  return { column: phase, withheld: c.withheld, n: c.n, value: c.enps, ciLow: c.ciLow, ciHigh: c.ciHigh, census: c.census };
}

/** Levels of departments a heatmap shows below its selection unless asked for more: a grid a person can read. */
export const HEATMAP_DEPTH = 2;

/**
 * The rows a heatmap shows: the selection first (the organisation, or the selected department),
 * then its subtree in tree order, down to `depth` levels below it (select a department to go deeper).
 */
export function departmentRowsOf(filter: ResolvedFilter, depth: number): { id: string | null; label: string; parentKey: string | null; depth: number }[] {
  return allDepartmentRows(filter).filter((row) => row.depth <= depth);
}

function allDepartmentRows(filter: ResolvedFilter): { id: string | null; label: string; parentKey: string | null; depth: number }[] {
  const tree = filter.tree;
  // One top department covers the organisation: its row is the organisation's row.
  const selected = selectedDepartment(filter) ?? (tree.children(null).length === 1 ? tree.children(null)[0].id : null);
  if (selected === null) {
    return [
      { id: null, label: 'Organisation', parentKey: null, depth: 0 },
      ...tree.walk(tree.children(null)).map(({ node, depth }) => ({
        id: node.id, label: node.name, parentKey: node.parentId ?? 'organisation', depth: depth + 1,
      })),
    ];
  }
  return tree.walk([tree.get(selected)!]).map(({ node, depth }) => ({
    id: node.id, label: node.name, parentKey: depth === 0 ? null : node.parentId, depth,
  }));
}
