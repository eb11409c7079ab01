import { DomainError } from './domain-error';

/*
 * Employee Net Promoter Score with its honesty attached (PRODUCT.md, "Numbers").
 * Each response counts +1 (promoter, 9–10), 0 (passive, 7–8) or −1 (detractor, 0–6);
 * eNPS is 100 × the mean, so Var per response = p_pro + p_det − (p_pro − p_det)² and
 * SE = 100·√(Var/n), times the finite-population correction √((N − n)/(N − 1)) when the
 * invited population N is known.
 */

export type ScoreClass = 'promoter' | 'passive' | 'detractor';

export interface EnpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface EnpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100..+100, not rounded (callers round); null when n = 0. */
  enps: number | null;
  /** Standard error in eNPS points; null when n = 0. */
  se: number | null;
  /** 95% interval enps ± 1.96·se, clamped to [−100, 100]; null when n = 0. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Fewer than INDICATIVE_BELOW responses: indicative, not a conclusion. */
  indicative: boolean;
}

/** A result from fewer responses than this is indicative only. */
export const INDICATIVE_BELOW = 50;

/** Two-sided 95% normal quantile used for intervals and for significance. */
export const Z_95 = 1.96;

/** Promoter 9–10, passive 7–8, detractor 0–6. Throws DomainError unless an integer 0–10. */
export function classifyScore(score: number): ScoreClass {
  if (typeof score !== 'number' || Number.isNaN(score)) {
    throw new DomainError(`Score ${String(score)} is not a number; give a whole number from 0 to 10.`);
  }
  if (!Number.isInteger(score)) {
    throw new DomainError(`Score ${score} is not a whole number; give a whole number from 0 to 10.`);
  }
  if (score < 0 || score > 10) throw new DomainError(`Score ${score} is outside 0–10.`);
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

function assertCount(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DomainError(`The number of ${what} must be a whole number of at least 0, got ${String(value)}.`);
  }
}

/** eNPS, standard error and 95% interval from promoter/passive/detractor counts. */
export function enpsFromCounts(counts: EnpsCounts, invited?: number): EnpsResult {
  const { promoters, passives, detractors } = counts;
  assertCount(promoters, 'promoters');
  assertCount(passives, 'passives');
  assertCount(detractors, 'detractors');
  const n = promoters + passives + detractors;

  let fpc = 1;
  if (invited !== undefined && invited !== null) {
    if (typeof invited !== 'number' || !Number.isInteger(invited) || invited < 0) {
      throw new DomainError(`The number invited must be a whole number of at least 0, got ${String(invited)}.`);
    }
    if (invited < n) {
      throw new DomainError(`${n} responses cannot come from only ${invited} invited; the invited population must be at least the number of responses.`);
    }
    // N = 1 (so n ≤ 1): the whole population answered or nobody did; no sampling error.
    fpc = invited <= 1 ? 0 : Math.sqrt((invited - n) / (invited - 1));
  }

  // One object literal, not a spread of a shared base: V8 copies spreads on a slow path (~7 µs a call), and dashboards make thousands.
  const indicative = n < INDICATIVE_BELOW;
  if (n === 0) return { n, promoters, passives, detractors, indicative, enps: null, se: null, ciLow: null, ciHigh: null };

  const mean = (promoters - detractors) / n; // −1..+1
  const variance = Math.max(0, (promoters + detractors) / n - mean * mean);
  const enps = 100 * mean;
  const se = 100 * Math.sqrt(variance / n) * fpc;
  return {
    n, promoters, passives, detractors, indicative,
    enps,
    se,
    ciLow: Math.max(-100, enps - Z_95 * se),
    ciHigh: Math.min(100, enps + Z_95 * se),
  };
}

/** Counts the scores (each an integer 0–10; throws DomainError otherwise). */
export function countScores(scores: readonly number[]): EnpsCounts {
  const counts: EnpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const c = classifyScore(score);
    if (c === 'promoter') counts.promoters++;
    else if (c === 'passive') counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

/** eNPS, standard error and 95% interval from raw 0–10 scores. */
export function enpsFromScores(scores: readonly number[], invited?: number): EnpsResult {
  return enpsFromCounts(countScores(scores), invited);
}

export interface EnpsChange {
  /** current − previous, in eNPS points. */
  delta: number;
  /** 1.96·√(SE₁² + SE₂²). */
  threshold: number;
  /** |delta| > threshold. */
  significant: boolean;
}

/** Whether eNPS moved between two periods by more than chance; null if either has no data. */
export function significantChange(previous: EnpsResult, current: EnpsResult): EnpsChange | null {
  if (previous.enps === null || previous.se === null || current.enps === null || current.se === null) {
    return null;
  }
  const delta = current.enps - previous.enps;
  const threshold = Z_95 * Math.sqrt(previous.se * previous.se + current.se * current.se);
  return { delta, threshold, significant: Math.abs(delta) > threshold };
}

/** A score as shown: to one decimal. */
export const oneDecimal = (x: number): number => Math.round(x * 10) / 10;
