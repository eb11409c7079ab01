import { addMonths, LeavingReason, monthStart } from '@ex-pulse/domain';
import { Random } from './random';
import { DemoDepartment } from './demo-organisation';
import { monthKey } from './demo-calendar';

/**
 * The score model of the demo: each department has a monthly "climate" (its eNPS for people in
 * ongoing development), which wanders from month to month around its baseline (customer-facing
 * units more than others) and, for Customer Support, improves over the last months. Lifecycle
 * phases shift it, each person's mood shifts it, and a score 0–10 is drawn to match the
 * resulting eNPS. The unit's customers follow its climate one to two months later
 * (demo-customers.ts).
 */

/** eNPS points added to the department climate in each phase (separation is handled apart). */
export const PHASE_EFFECT: Readonly<Record<string, number>> = {
  onboarding: 28,
  initial_development: 10,
  ongoing_development: 0,
  separation: -50,
};

/** Standard deviation of the monthly change in a department's climate (eNPS points). */
const STEP = 4;
const CUSTOMER_FACING_STEP = 10;

/** Department key → month 'YYYY-MM' → eNPS. */
export type Climate = Map<string, Map<string, number>>;

/** The climate for every department over `monthsBack` months before today's month and today's month. */
export function buildClimate(rng: Random, departments: readonly DemoDepartment[], today: string, monthsBack: number): Climate {
  const climate: Climate = new Map();
  for (const d of departments) {
    const months = new Map<string, number>();
    // Front-line units swing more from month to month (staffing, seasons, a new manager).
    const step = d.customerFacing ? CUSTOMER_FACING_STEP : STEP;
    let wander = rng.normal(0, step);
    for (let ago = monthsBack; ago >= 0; ago--) {
      wander = 0.6 * wander + rng.normal(0, step);
      const trendMonths = d.trendMonths ?? 0;
      const trend = ago < trendMonths ? (d.trendPerMonth ?? 0) * (trendMonths - ago) : 0;
      months.set(monthKey(monthStart(addMonths(today, -ago))), d.baseEnps + wander + trend);
    }
    climate.set(d.key, months);
  }
  return climate;
}

export function climateOn(climate: Climate, departmentKey: string, date: string): number {
  const value = climate.get(departmentKey)?.get(monthKey(date));
  if (value === undefined) throw new Error(`No demo climate for ${departmentKey} in ${monthKey(date)}.`);
  return value;
}

/** The eNPS a person in this phase, department climate and mood answers from. */
export function targetEnps(climate: number, phase: string, mood: number): number {
  if (phase === 'separation') return Math.min(climate, 20) + PHASE_EFFECT.separation + mood / 2;
  return climate + (PHASE_EFFECT[phase] ?? 0) + mood;
}

/**
 * A score 0–10 for a target eNPS (about 30 % passives): `u` in [0, 1) picks promoter, detractor
 * or passive. Callers pass `u`s from a low-discrepancy sequence, so a group's eNPS follows its
 * targets more closely than independent draws would.
 */
export function scoreFor(rng: Random, target: number, u: number): number {
  const t = Math.max(-95, Math.min(95, target)) / 100;
  let promoters = Math.max(0.02, (0.7 + t) / 2);
  let detractors = Math.max(0.02, (0.7 - t) / 2);
  const sum = promoters + detractors;
  if (sum > 0.97) {
    promoters = (promoters / sum) * 0.97;
    detractors = (detractors / sum) * 0.97;
  }
  if (u < promoters) return rng.chance(0.55) ? 9 : 10;
  if (u < promoters + detractors) {
    return rng.weighted([[0, 2], [1, 1], [2, 2], [3, 3], [4, 5], [5, 8], [6, 10]]);
  }
  return rng.chance(0.45) ? 7 : 8;
}

/** eNPS of a list of scores (−100…100), or null when empty. */
export function enpsOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}

/** Share of people who answer the 1–5 statement or the reason for leaving; the rest skip it. */
export const ITEM_ANSWER_RATE = 0.9;
export const REASON_ANSWER_RATE = 0.88;

/**
 * Where departments stand apart on the 1–5 items (points added to the expected answer), so the
 * driver heatmap shows a pattern: Tartu Store is low on recognition (and its manager), Customer
 * Support on wellbeing and tools (the ticket queue), Sales on role clarity; Engineering grows.
 */
export const ITEM_EFFECTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'tartu-store': { recognition: -1.4, manager_relationship: -0.6 },
  'customer-support': { wellbeing: -1.1, workplace_tools: -0.6, tools: -0.5 },
  sales: { role_clarity: -0.9 },
  'product-engineering': { growth: 0.5, workplace_tools: 0.3 },
  'it-services': { tools: 0.4, workplace_tools: 0.3 },
  hr: { manager_relationship: 0.4, recognition: 0.3 },
};

/**
 * A 1–5 agreement answer of a person who gave `score` (0–10) to eNPS: higher with the score
 * (1.6 at 0, 4.6 at 10), shifted by the department's effect on this item, with some noise.
 */
export function itemScoreFor(rng: Random, score: number, departmentKey: string, itemKey: string): number {
  const expected = 1.6 + 0.3 * score + (ITEM_EFFECTS[departmentKey]?.[itemKey] ?? 0);
  return Math.max(1, Math.min(5, Math.round(expected + rng.normal(0, 0.75))));
}

const DEFAULT_REASONS: readonly (readonly [LeavingReason, number])[] = [
  ['pay_benefits', 22], ['career_growth', 20], ['manager', 9], ['workload_wellbeing', 12],
  ['culture_team', 8], ['role_content', 8], ['relocation_personal', 13], ['other', 8],
];

/** Departments whose leavers name one reason far more often: Tartu Store's manager, Support's workload. */
const REASON_WEIGHTS: Readonly<Record<string, readonly (readonly [LeavingReason, number])[]>> = {
  'tartu-store': DEFAULT_REASONS.map(([r, w]) => [r, r === 'manager' ? 70 : w] as const),
  'customer-support': DEFAULT_REASONS.map(([r, w]) => [r, r === 'workload_wellbeing' ? 40 : w] as const),
};

/** The primary reason for leaving a leaver of this department gives. */
export function leavingReasonFor(rng: Random, departmentKey: string): LeavingReason {
  return rng.weighted(REASON_WEIGHTS[departmentKey] ?? DEFAULT_REASONS);
}
