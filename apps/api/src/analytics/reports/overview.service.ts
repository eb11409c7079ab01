import { Injectable } from '@nestjs/common';
import { monthsOf, Period, previousPeriod, weeksOf } from '@ex-pulse/domain';
import type { AnalyticsOverview, AnalyticsTrend, TrendGranularity, TrendPoint } from '@ex-pulse/contracts';
import { GoalProgressService } from '../../goals/goal-progress.service';
import type { Point } from '../counts/year-series';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { changeBetween, isWholeUnit, resolvedPeriod, scopeOf, selectionCell } from './report-cells';
import { OrganisationService } from '../../common/organisation.service';

/** The headline: eNPS of the selection with its interval, the previous period and whether it really moved; and its trend. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly counts: GuardedCounts,
    private readonly goals: GoalProgressService,
    private readonly organisation: OrganisationService,
  ) {}

  async overview(filter: ResolvedFilter): Promise<AnalyticsOverview> {
    const period = filter.period;
    const previous = previousPeriod(period);
    const department = selectedDepartment(filter);
    const options = { organisationOnly: department === null, reach: filter.tree.pathsTo([department]) };
    const [current, before] = await Promise.all([
      this.counts.decider(filter, period.year, options),
      previous.year === period.year ? null : this.counts.decider(filter, previous.year, options),
    ]);
    const overall = selectionCell(current, department, period, filter);
    const previousCell = selectionCell(before ?? current, department, previous, filter);
    // A goal is the unit's: a segment's figure (one location of it, one team) is not measured against it.
    const [goal] = isWholeUnit(filter) ? await this.goals.progress([{ department, cell: overall }], period) : [];
    return {
      ...scopeOf(filter, this.counts.k),
      overall,
      previousPeriod: resolvedPeriod(previous),
      previous: previousCell,
      change: changeBetween(previousCell, overall),
      goal: goal ?? null,
    };
  }

  async trend(filter: ResolvedFilter, granularity: TrendGranularity): Promise<AnalyticsTrend> {
    const weekly = granularity === 'week';
    const department = selectedDepartment(filter);
    const decider = await this.counts.decider(filter, filter.period.year, {
      weekly, organisationOnly: department === null, reach: filter.tree.pathsTo([department]),
    });
    // Months or weeks not begun are not points (not "withheld"); the one running is marked partial.
    const today = await this.organisation.today();
    const points: TrendPoint[] = trendPoints(filter.period, weekly)
      .filter((point) => point.from <= today)
      .map((point) => ({
        ...selectionCell(decider, department, point, filter),
        key: point.key,
        label: point.key,
        from: point.from,
        to: point.to,
        partial: point.to >= today,
      }));
    return { ...scopeOf(filter, this.counts.k), granularity, points };
  }
}

function trendPoints(period: Period, weekly: boolean): Point[] {
  const months = monthsOf(period);
  if (!weekly) return months;
  return months.flatMap((m) =>
    weeksOf(m.from).map((w, week) => ({ kind: 'week' as const, key: w.from, month: m.firstMonth, week, from: w.from, to: w.to })),
  );
}
