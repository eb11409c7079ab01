import { addMonths } from '@ex-pulse/domain';
import { Random } from './random';
import { DemoDepartment } from './demo-organisation';
import { DEMO_CUSTOMER_PROFILES } from './demo-departments';
import { DemoResponse } from './demo-history';
import { Climate, enpsOf } from './demo-scores';
import { monthKey } from './demo-calendar';

/**
 * Monthly customer NPS of the customer-facing departments. Each month's NPS follows the
 * department's employee eNPS one to two months earlier (as answered, or the department climate
 * where too few answered), plus noise: satisfied employees build satisfied customers.
 */

export interface DemoCustomerNps {
  departmentId: string;
  /** First day of the month. */
  month: string;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Customer NPS points per employee eNPS point away from the department's baseline. */
const FOLLOW = 0.5;
const NOISE_SD = 3;

export function buildDemoCustomerNps(
  rng: Random,
  departments: readonly DemoDepartment[],
  responses: readonly DemoResponse[],
  climate: Climate,
  months: readonly string[],
): DemoCustomerNps[] {
  const rows: DemoCustomerNps[] = [];
  for (const d of departments) {
    const profile = DEMO_CUSTOMER_PROFILES[d.key];
    if (!d.customerFacing || !profile) continue;
    const employeeEnps = monthlyEnps(responses.filter((r) => r.departmentId === d.id));
    const enpsIn = (month: string) => employeeEnps.get(monthKey(month)) ?? climate.get(d.key)?.get(monthKey(month)) ?? d.baseEnps;
    for (const month of months) {
      const lagged = (enpsIn(addMonths(month, -1)) + enpsIn(addMonths(month, -2))) / 2;
      const nps = clamp(profile.baseNps + FOLLOW * (lagged - d.baseEnps) + rng.normal(0, NOISE_SD), -90, 90) / 100;
      const answers = rng.int(profile.minAnswers, profile.maxAnswers);
      const passiveShare = 0.2 + rng.next() * 0.1;
      const promoters = Math.round((answers * (1 - passiveShare + nps)) / 2);
      const detractors = Math.max(0, Math.round((answers * (1 - passiveShare - nps)) / 2));
      rows.push({ departmentId: d.id, month, promoters, passives: Math.max(0, answers - promoters - detractors), detractors });
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
