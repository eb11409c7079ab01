import { Injectable } from '@nestjs/common';
import { previousPeriod } from '@ex-pulse/domain';
import type { AnalyticsAlert, AnalyticsAlerts, AnalyticsUnits, EnpsCell } from '@ex-pulse/contracts';
import { GoalProgressService } from '../../goals/goal-progress.service';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { ALL_PHASES } from '../guard/cell-space';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { changeBetween, cellOf, isWholeUnit, resolvedPeriod, scopeOf, selectionCell } from './report-cells';

/** The "healthy contest": units side by side with their intervals; and the alerts list. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly counts: GuardedCounts,
    private readonly goals: GoalProgressService,
  ) {}

  /** The units one level below the selection (the first level with several), ranked by eNPS; the selection's figure is the reference. */
  async units(filter: ResolvedFilter): Promise<AnalyticsUnits> {
    const selected = selectedDepartment(filter);
    // A single unit is no contest: go down to the first level with more than one (e.g. below the one root).
    let level = filter.tree.children(selected);
    while (level.length === 1 && filter.tree.children(level[0].id).length) level = filter.tree.children(level[0].id);
    const reach = filter.tree.pathsTo([selected, ...level.map((d) => d.id)]);
    const decider = await this.counts.decider(filter, filter.period.year, { reach });
    const decisions = decider.column(ALL_PHASES, filter.period);
    const units = level
      .map((d) => cellOf(decider, d.id, filter.period, decisions.get(d.id) ?? null, d.id, d.name));
    const reference = selectionCell(decider, selected, filter.period, filter, decisions);
    const shown = [{ department: selected, cell: reference }, ...level.map((d, i) => ({ department: d.id, cell: units[i] }))];
    return {
      ...scopeOf(filter, this.counts.k),
      reference,
      units: rank(units),
      goals: isWholeUnit(filter) ? await this.goals.progress(shown, filter.period) : [],
    };
  }

  /** Every unit of the selection whose eNPS fell significantly, or whose response rate is below the threshold. */
  async alerts(filter: ResolvedFilter, responseRateBelow: number): Promise<AnalyticsAlerts> {
    const period = filter.period;
    const previous = previousPeriod(period);
    const current = await this.counts.decider(filter, period.year);
    const before = previous.year === period.year ? current : await this.counts.decider(filter, previous.year);
    const now = current.column(ALL_PHASES, period);
    const then = before.column(ALL_PHASES, previous);
    const selected = selectedDepartment(filter);
    const roots = selected ? [filter.tree.get(selected)!] : filter.tree.children(null);
    const alerts: AnalyticsAlert[] = [];
    for (const { node } of filter.tree.walk(roots)) {
      const unit = cellOf(current, node.id, period, now.get(node.id) ?? null, node.id, node.name);
      if (unit.withheld) continue;
      const prev = cellOf(before, node.id, previous, then.get(node.id) ?? null, node.id, node.name);
      const change = changeBetween(prev, unit);
      if (change?.significant && change.delta < 0) alerts.push({ kind: 'enps_drop', unit, previous: prev, change });
      if (unit.responseRate !== null && unit.responseRate < responseRateBelow) {
        alerts.push({ kind: 'low_response_rate', unit, previous: prev.withheld ? null : prev, change });
      }
    }
    alerts.sort((a, b) => (a.change?.delta ?? 0) - (b.change?.delta ?? 0));
    return { ...scopeOf(filter, this.counts.k), previousPeriod: resolvedPeriod(previous), responseRateBelow, alerts };
  }
}

/** Shown units by eNPS, best first (ties by name); withheld ones after, by name. */
function rank(units: EnpsCell[]): EnpsCell[] {
  const shown = units.filter((u) => !u.withheld).sort((a, b) => b.enps! - a.enps! || a.label.localeCompare(b.label));
  const withheld = units.filter((u) => u.withheld).sort((a, b) => a.label.localeCompare(b.label));
  return [...shown, ...withheld];
}
