import { Inject, Injectable } from '@nestjs/common';
import {
  Correlation, DRIVERS, labelDrivers, PRIORITY_MIN_DRIVERS, PRIORITY_MIN_PAIRS, PRIORITY_MIN_R, PRIORITY_MIN_R_LOW, PairSums,
  relationToEnps, scaleMean, ScaleMean, WithheldReason,
} from '@ex-pulse/domain';
import type { AnalyticsPriorities, DriverPriority, UnitPriorities } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DriverPairRow, DriverPairsRepository } from '../counts/driver-pairs.repository';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { ORGANISATION } from '../guard/cell-decider';
import { DriverHeatmapService } from './driver-heatmap.service';
import { departmentRowsOf } from './heatmap.service';
import { scopeOf } from './report-cells';

const RULES = { minPairs: PRIORITY_MIN_PAIRS, minR: PRIORITY_MIN_R, minRLow: PRIORITY_MIN_R_LOW, minDrivers: PRIORITY_MIN_DRIVERS };

/**
 * "What matters most" (libs/domain/src/driver-priorities.ts): per unit and period, each driver's
 * mean with its interval and its relation to eNPS, labelled priority or strength only where the data
 * support it. A driver's figures are decided by the driver heatmap's own decider, so they are
 * withheld exactly where its heatmap cell is; nothing is computed for a withheld driver.
 */
@Injectable()
export class PrioritiesService {
  constructor(
    private readonly items: DriverHeatmapService,
    private readonly pairs: DriverPairsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The selection (depth 0) and its departments down to `depth` levels, as the heatmap's rows. */
  async priorities(filter: ResolvedFilter, depth: number): Promise<AnalyticsPriorities> {
    const shown = departmentRowsOf(filter, depth);
    const [{ decider, sums }, pairRows] = await Promise.all([
      this.items.decide(filter, shown.map((r) => r.id)),
      this.pairs.sums(filter.period),
    ]);
    const grid = decider.grid(DRIVERS, filter.period);
    const pairs = new PairSumsByUnit(pairRows, filter);
    const units: UnitPriorities[] = shown.map(({ id, label, parentKey, depth }) => {
      const figures = DRIVERS.map((driver) => {
        const withheld = grid.get(driver)!.get(id ?? ORGANISATION) ?? null;
        if (withheld) return { key: driver, withheld, mean: null, relation: null };
        const s = sums.of(id, driver);
        return { key: driver, withheld: null, mean: scaleMean(s.n, s.total, s.totalSq), relation: relationToEnps(pairs.of(id, driver)) };
      });
      const { average, verdicts } = labelDrivers(figures);
      return {
        key: id ?? 'organisation',
        label,
        parentKey,
        depth,
        driverAverage: round2(average),
        drivers: figures.map((f, i) => driverView(f.key, f.withheld, f.mean, f.relation, verdicts[i])),
      };
    });
    return { ...scopeOf(filter, this.config.anonymityK), rules: RULES, units };
  }
}

/** The pair sums of each department's subtree (null: the organisation), added up from the departments' own. */
class PairSumsByUnit {
  private readonly direct = new Map<string, Map<string, PairSums>>();

  constructor(rows: DriverPairRow[], private readonly filter: ResolvedFilter) {
    for (const r of rows) {
      const byDriver = this.direct.get(r.departmentId) ?? new Map<string, PairSums>();
      byDriver.set(r.driver, r);
      this.direct.set(r.departmentId, byDriver);
    }
  }

  of(department: string | null, driver: string): PairSums {
    const ids = department === null ? [...this.direct.keys()] : this.filter.tree.subtree(department);
    const out: PairSums = { n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
    for (const id of ids) {
      const s = this.direct.get(id)?.get(driver);
      if (!s) continue;
      out.n += s.n;
      out.sumX += s.sumX;
      out.sumY += s.sumY;
      out.sumXX += s.sumXX;
      out.sumYY += s.sumYY;
      out.sumXY += s.sumXY;
    }
    return out;
  }
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function driverView(
  driver: string,
  withheld: WithheldReason | null,
  mean: ScaleMean | null,
  relation: Correlation | null,
  verdict: Pick<DriverPriority, 'level' | 'related' | 'label'>,
): DriverPriority {
  if (withheld || !mean || !relation) {
    return {
      driver, withheld, n: null, mean: null, ciLow: null, ciHigh: null, r: null, rLow: null, rHigh: null, rGap: null,
      level: null, related: null, label: null,
    };
  }
  return {
    driver,
    withheld: null,
    n: mean.n,
    mean: round2(mean.mean),
    ciLow: round2(mean.ciLow),
    ciHigh: round2(mean.ciHigh),
    r: round2(relation.r),
    rLow: round2(relation.ciLow),
    rHigh: round2(relation.ciHigh),
    rGap: relation.r === null ? relation.reason : null,
    level: verdict.level,
    related: verdict.related,
    label: verdict.label,
  };
}
