import { addMonths, CustomerMetricInput, CustomerMetricRow, validateCustomerMetric } from '@ex-pulse/domain';
import { Random } from './random';
import { DemoDepartment } from './demo-organisation';
import { DEMO_CUSTOMER_PROFILES } from './demo-departments';
import { DemoResponse } from './demo-history';
import { Climate, enpsOf } from './demo-scores';
import { monthKey } from './demo-calendar';

/**
 * Monthly customer scores of the customer-facing departments: NPS (counts), CSAT (counts of the
 * answers 1–5), CES (mean on 1–7) and a CX index on three criteria. Each month's scores follow
 * the department's employee eNPS one to two months earlier (as answered, or the department
 * climate where too few answered), plus noise: satisfied employees build satisfied customers.
 * NPS draws come from the main seed generator (as before the other metrics existed); the other
 * metrics from their own generator, so adding them changed no other demo number.
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
const FOLLOW = 0.5;
const NOISE_SD = 3;

/** Per unit and month: the employee eNPS one to two months earlier, minus the unit's baseline. */
type LaggedClimate = (d: DemoDepartment, month: string) => number;

function laggedClimate(responses: readonly DemoResponse[], climate: Climate): LaggedClimate {
  const byDepartment = new Map<string, Map<string, number>>();
  return (d, month) => {
    let employeeEnps = byDepartment.get(d.id);
    if (!employeeEnps) {
      employeeEnps = monthlyEnps(responses.filter((r) => r.departmentId === d.id));
      byDepartment.set(d.id, employeeEnps);
    }
    const known = employeeEnps;
    const enpsIn = (m: string) => known.get(monthKey(m)) ?? climate.get(d.key)?.get(monthKey(m)) ?? d.baseEnps;
    return (enpsIn(addMonths(month, -1)) + enpsIn(addMonths(month, -2))) / 2 - d.baseEnps;
  };
}

export function buildDemoCustomerNps(
  rng: Random,
  departments: readonly DemoDepartment[],
  responses: readonly DemoResponse[],
  climate: Climate,
  months: readonly string[],
): DemoCustomerNps[] {
  const lagged = laggedClimate(responses, climate);
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
  responses: readonly DemoResponse[],
  climate: Climate,
  months: readonly string[],
  nps: readonly DemoCustomerNps[],
  today: string,
): DemoCustomerMetric[] {
  const lagged = laggedClimate(responses, climate);
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

/** Month 'YYYY-MM' → eNPS, for months with at least 5 responses. */
function monthlyEnps(responses: readonly DemoResponse[]): Map<string, number> {
  const byMonth = new Map<string, number[]>();
  for (const r of responses) {
    const key = monthKey(r.answeredOn);
    byMonth.set(key, [...(byMonth.get(key) ?? []), r.score]);
  }
  const out = new Map<string, number>();
  for (const [key, scores] of byMonth) if (scores.length >= 5) out.set(key, enpsOf(scores)!);
  return out;
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, x));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
