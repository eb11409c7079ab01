import { addMonths, CustomerMetricInput, CustomerMetricRow, validateCustomerMetric } from '@ex-pulse/domain';
import { Random } from './random';
import { DemoDepartment } from './demo-organisation';
import { DEMO_CUSTOMER_PROFILES } from './demo-departments';
import { Climate } from './demo-scores';
import { monthKey } from './demo-calendar';

/**
 * Monthly customer scores of the customer-facing departments: NPS (counts), CSAT (counts of the
 * answers 1–5), CES (mean on 1–7) and a CX index on three criteria. Each month's scores follow
 * the department's employee climate (demo-scores.ts) one and two months earlier, plus noise:
 * satisfied employees build satisfied customers, a little later. The climate is what the unit's
 * people feel, not what the few who answered in a month said, so the employee eNPS the linkage
 * sees goes with the customer scores at a lag of one or two months, clearly but not perfectly.
 * NPS draws come from the main seed generator; the other metrics from their own generator.
 */

export interface DemoCustomerNps {
  departmentId: string;
  /** First day of the month. */
  month: string;
  promoters: number;
  passives: number;
  detractors: number;
}

/** A customer_metric row of the demo. */
export interface DemoCustomerMetric extends CustomerMetricRow {
  departmentId: string;
}

export const DEMO_CX_CRITERIA = ['ease', 'effectiveness', 'emotion'] as const;
/** Where the criteria stand apart (share of 4–5): customers find it easier than it feels good. */
const CRITERION_OFFSET: Readonly<Record<(typeof DEMO_CX_CRITERIA)[number], number>> = { ease: 0.04, effectiveness: 0, emotion: -0.06 };

/** Customer NPS points per employee eNPS point away from the department's baseline. */
const FOLLOW = 0.7;
const NOISE_SD = 5;
/** How much of the customers' month follows the employee climate of one and of two months before. */
const LAG_WEIGHTS: readonly (readonly [number, number])[] = [[1, 0.6], [2, 0.4]];

/** Per unit and month: the unit's employee climate one to two months earlier, minus its baseline. */
type LaggedClimate = (d: DemoDepartment, month: string) => number;

function laggedClimate(climate: Climate): LaggedClimate {
  return (d, month) => {
    const climateIn = (m: string) => climate.get(d.key)?.get(monthKey(m)) ?? d.baseEnps;
    return LAG_WEIGHTS.reduce((sum, [lag, weight]) => sum + weight * climateIn(addMonths(month, -lag)), 0) - d.baseEnps;
  };
}

export function buildDemoCustomerNps(
  rng: Random,
  departments: readonly DemoDepartment[],
  climate: Climate,
  months: readonly string[],
): DemoCustomerNps[] {
  const lagged = laggedClimate(climate);
  const rows: DemoCustomerNps[] = [];
  for (const d of departments) {
    const profile = DEMO_CUSTOMER_PROFILES[d.key];
    if (!d.customerFacing || !profile) continue;
    for (const month of months) {
      const nps = clamp(profile.baseNps + FOLLOW * lagged(d, month) + rng.normal(0, NOISE_SD), -90, 90) / 100;
      const answers = rng.int(profile.minAnswers, profile.maxAnswers);
      const passiveShare = 0.2 + rng.next() * 0.1;
      const promoters = Math.round((answers * (1 - passiveShare + nps)) / 2);
      const detractors = Math.max(0, Math.round((answers * (1 - passiveShare - nps)) / 2));
      rows.push({ departmentId: d.id, month, promoters, passives: Math.max(0, answers - promoters - detractors), detractors });
    }
  }
  return rows;
}

/**
 * Every customer_metric row of the demo: the NPS rows given, and CSAT, CES and the CX index
 * criteria drawn from `rng` for the same units and months. Values are computed by the same
 * domain rules as an upload, so the demo can never hold a row an upload would refuse.
 */
export function buildDemoCustomerMetrics(
  rng: Random,
  departments: readonly DemoDepartment[],
  climate: Climate,
  months: readonly string[],
  nps: readonly DemoCustomerNps[],
  today: string,
): DemoCustomerMetric[] {
  const lagged = laggedClimate(climate);
  const rows: DemoCustomerMetric[] = [];
  const add = (departmentId: string, input: CustomerMetricInput) => {
    const result = validateCustomerMetric(input, { today });
    if (!result.row) throw new Error(`Invalid demo customer metric: ${result.problems.join(' ')}`);
    rows.push({ departmentId, ...result.row });
  };
  for (const c of nps) {
    add(c.departmentId, { month: monthKey(c.month), metric: 'nps', promoters: c.promoters, passives: c.passives, detractors: c.detractors });
  }
  for (const d of departments) {
    const profile = DEMO_CUSTOMER_PROFILES[d.key];
    if (!d.customerFacing || !profile) continue;
    const half = (x: number) => Math.round(x / 2);
    for (const month of months) {
      const shift = lagged(d, month); // eNPS points above (below) the unit's own baseline
      const m = monthKey(month);

      const csatTop = clamp(0.7 + profile.baseNps / 250 + 0.004 * shift + rng.normal(0, 0.015), 0.3, 0.97);
      const answers = rng.int(half(profile.minAnswers), half(profile.maxAnswers));
      const c5 = Math.round(answers * csatTop * 0.55);
      const c4 = Math.round(answers * csatTop) - c5;
      const bottom = answers - c4 - c5;
      const c1 = Math.round(bottom * 0.25);
      const c2 = Math.round(bottom * 0.35);
      add(d.id, { month: m, metric: 'csat', csatCounts: [c1, c2, bottom - c1 - c2, c4, c5] });

      const ces = clamp(5 + profile.baseNps / 60 + 0.02 * shift + rng.normal(0, 0.08), 1, 7);
      add(d.id, { month: m, metric: 'ces', n: rng.int(half(profile.minAnswers), profile.minAnswers), cesMean: round(ces, 2) });

      const n = rng.int(half(profile.minAnswers), half(profile.maxAnswers));
      for (const criterion of DEMO_CX_CRITERIA) {
        const top = clamp(0.55 + profile.baseNps / 300 + CRITERION_OFFSET[criterion] + 0.004 * shift + rng.normal(0, 0.02), 0.1, 0.9);
        const low = clamp(0.16 - profile.baseNps / 500 - 0.002 * shift + rng.normal(0, 0.01), 0.01, 0.95 - top);
        add(d.id, { month: m, metric: 'cx_index', criterion, n, shareTop: round(top, 3), shareBottom: round(low, 3) });
      }
    }
  }
  return rows;
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, x));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
