import { DomainError } from './domain-error';
import { Z_95 } from './student-t';

/*
 * Employee Net Promoter Score with its honesty attached (PRODUCT.md, "Numbers").
 * Each response counts +1 (promoter, 9–10), 0 (passive, 7–8) or −1 (detractor, 0–6);
 * eNPS is 100 × the mean, so Var per response = p_pro + p_det − (p_pro − p_det)² and
 * SE = 100·√(Var/n), times the finite-population correction √((N − n)/(N − 1)) when the
 * invited population N is known. The interval is eNPS ± z·SE with z = Φ⁻¹(0.975) (Z_95).
 *
 * Zero width only for a census: SE is 0 exactly when n = N (everyone invited in the window
 * answered, so there is no sampling error). Two cases that used to give 0 do not:
 * - N is the caller's to count so that it matches the answers (the invitations open in the
 *   window); a population below n is refused, never raised to n;
 * - answers all of one class (all promoters, say) have a sample variance of 0, which says
 *   nothing about the people who did not answer. Their variance is then taken from the
 *   adjusted-Wald counts of Rocks ("Interval estimation for the 'Net Promoter Score'", The
 *   American Statistician, 2016; arXiv:1601.07235): ¾ promoter and ¾ detractor added to n + 3
 *   answers (1½ passive). The interval stays around the observed eNPS.
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
  /** Standard error in eNPS points; null when n = 0; 0 only for a census. */
  se: number | null;
  /** 95% interval enps ± Z_95·se, bounded by [−100, 100]; null when n = 0. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Fewer than INDICATIVE_BELOW responses: indicative, not a conclusion. */
  indicative: boolean;
  /**
   * Everyone invited answered (N known and n = N ≥ 1): the figure is the population's own, with no
   * sampling error, and the interval has zero width. Say so wherever the interval is shown.
   */
  census: boolean;
}

/** A result from fewer responses than this is indicative only. */
export const INDICATIVE_BELOW = 50;

/** Rocks' (2016) adjusted-Wald pseudo-counts: added to promoters and to detractors (passives get the rest of ADJUSTED_N). */
const ADJUSTED_EACH = 0.75;
const ADJUSTED_N = 3;

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

/**
 * eNPS, standard error and 95% interval from promoter/passive/detractor counts. `invited` is the
 * population N the answers were drawn from (null or absent: unknown, no correction); it must be at
 * least n (a DomainError otherwise: a caller whose counts do not match leaves N out).
 */
export function enpsFromCounts(counts: EnpsCounts, invited?: number | null): EnpsResult {
  const { promoters, passives, detractors } = counts;
  assertCount(promoters, 'promoters');
  assertCount(passives, 'passives');
  assertCount(detractors, 'detractors');
  const n = promoters + passives + detractors;

  const known = invited !== undefined && invited !== null;
  if (known) {
    if (typeof invited !== 'number' || !Number.isInteger(invited) || invited < 0) {
      throw new DomainError(`The number invited must be a whole number of at least 0, got ${String(invited)}.`);
    }
    if (invited < n) {
      throw new DomainError(`${n} responses cannot come from only ${invited} invited; the invited population must be at least the number of responses.`);
    }
  }

  // One object literal, not a spread of a shared base: V8 copies spreads on a slow path (~7 µs a call), and dashboards make thousands.
  const indicative = n < INDICATIVE_BELOW;
  if (n === 0) return { n, promoters, passives, detractors, indicative, census: false, enps: null, se: null, ciLow: null, ciHigh: null };

  const census = known && invited === n;
  // n < N here whenever N is known and not a census, so N ≥ 2.
  const fpc = census ? 0 : known ? Math.sqrt((invited - n) / (invited - 1)) : 1;
  const mean = (promoters - detractors) / n; // −1..+1
  const enps = 100 * mean;
  const oneClass = promoters === n || passives === n || detractors === n;
  let sampling: number; // √(Var/n) of one answer's score
  if (oneClass) {
    const m = n + ADJUSTED_N;
    const pro = (promoters + ADJUSTED_EACH) / m;
    const det = (detractors + ADJUSTED_EACH) / m;
    sampling = Math.sqrt((pro + det - (pro - det) ** 2) / m);
  } else {
    sampling = Math.sqrt(Math.max(0, (promoters + detractors) / n - mean * mean) / n);
  }
  const se = 100 * sampling * fpc;
  return {
    n, promoters, passives, detractors, indicative, census,
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
export function enpsFromScores(scores: readonly number[], invited?: number | null): EnpsResult {
  return enpsFromCounts(countScores(scores), invited);
}

export interface EnpsChange {
  /** current − previous, in eNPS points. */
  delta: number;
  /** Z_95·√(SE₁² + SE₂²). */
  threshold: number;
  /** |delta| > threshold. */
  significant: boolean;
}

/**
 * Whether eNPS moved between two periods by more than chance; null if either has no data. A census
 * has SE 0, truly (enpsFromCounts gives 0 for nothing else): between two censuses any change is
 * real, and against a census only the other period's sampling error counts.
 */
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
