import { Injectable } from '@nestjs/common';
import { periodContaining, PHASES_WITH_PULSES } from '@ex-pulse/domain';
import type { AnalyticsPhaseReport, LifecyclePhase, PoolMonths } from '@ex-pulse/contracts';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { ORGANISATION } from '../guard/cell-decider';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { cellOf, PHASE_LABELS, scopeOf } from './report-cells';

const POOL_KIND = { 3: 'quarter', 6: 'half', 12: 'year' } as const;

/**
 * Phase reports: small cohorts (onboarding, separation) pooled over the calendar quarter, half or
 * year that ends the selected period. Calendar windows, not rolling ones: two rolling windows a
 * month apart differ by one month's cohort, which would give that small group away.
 */
@Injectable()
export class PhasesService {
  constructor(private readonly counts: GuardedCounts) {}

  async phases(filter: ResolvedFilter, pool: PoolMonths): Promise<AnalyticsPhaseReport> {
    const window = periodContaining(POOL_KIND[pool], filter.period.to);
    const phases = filter.phase ? [filter.phase] : [...PHASES_WITH_PULSES];
    const selected = selectedDepartment(filter);
    const decider = await this.counts.decider(filter, window.year, { byPhase: true, reach: filter.tree.pathsTo([selected]) });
    const grid = decider.grid(phases, window);
    return {
      ...scopeOf(filter, this.counts.k, window),
      pool,
      phases: phases.map((p) => ({
        ...cellOf(decider, selected, window, grid.get(p)!.get(selected ?? ORGANISATION) ?? null, p, PHASE_LABELS[p], p),
        phase: p as LifecyclePhase,
      })),
    };
  }
}
