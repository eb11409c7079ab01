import { daysBetween, isIsoDate } from './dates';
import { DomainError } from './domain-error';
import { Z_95 } from './student-t';
import { scaleMean } from './scale-mean';
import type { OccurrenceCadence } from './questions';

/*
 * Internal customers (PRODUCT.md): the internal service pulse asks an employee about at most two
 * of their department's internal providers per round, and each provider sees its internal CSAT.
 */

/** At most this many providers are asked about in one invitation. */
export const MAX_PROVIDERS_PER_ROUND = 2;

/**
 * The providers one invitation asks about, in the order the page shows them. The rule:
 *
 * 1. The department's providers are sorted by id (so the stored order never matters), m of them.
 * 2. m ≤ 2: all of them, every round.
 * 3. Otherwise the round number r of the occurrence picks positions 2r mod m and (2r + 1) mod m.
 *    For a repeating programme's occurrence `day-N` with cadence { intervalDays, startDate }, r is
 *    the calendar block of intervalDays days its nominal date (startDate + N − 1) falls in, the
 *    same rule as the rotating driver (questions.ts): one person's successive rounds are exactly
 *    intervalDays apart, so r grows by one per round and ⌈m/2⌉ successive rounds ask about every
 *    provider (at least once); everyone of a department due in the same block is asked about the
 *    same providers, so the providers asked tell nothing about a person beyond the date.
 *    Without a start date, r = floor(N / intervalDays). Any other key (a campaign, a manual send)
 *    uses r = FNV-1a(key): deterministic, without the coverage guarantee.
 */
export function providersFor(occurrenceKey: string, providerIds: readonly string[], cadence: OccurrenceCadence = {}): string[] {
  const sorted = [...new Set(providerIds)].sort();
  const m = sorted.length;
  if (m <= MAX_PROVIDERS_PER_ROUND) return sorted;
  const r = roundOf(occurrenceKey, cadence) % m;
  return [sorted[(2 * r) % m], sorted[(2 * r + 1) % m]];
}

function roundOf(key: string, cadence: OccurrenceCadence): number {
  const day = /^day-(\d{1,6})$/.exec(key);
  const interval = cadence.intervalDays;
  if (day && interval && Number.isInteger(interval) && interval > 0) {
    const origin = cadence.startDate && isIsoDate(cadence.startDate) ? daysBetween('1970-01-01', cadence.startDate) - 1 : 0;
    return Math.floor((origin + Number(day[1])) / interval);
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Counts of 1–5 satisfaction answers, as provider_csat_month_rollup keeps them. */
export interface CsatCounts {
  n: number;
  /** Answers of 4 or 5. */
  satisfied: number;
  /** Sum of the scores. */
  total: number;
  /** Sum of the squared scores. */
  totalSq: number;
}

/** Internal CSAT: the share of 4–5 (percent) with its 95% Wilson score interval, and the mean with its 95% t interval. */
export interface CsatFigures {
  n: number;
  /** Share of answers 4–5, in percent (0–100); null without answers. */
  share: number | null;
  shareLow: number | null;
  shareHigh: number | null;
  /** Mean of the 1–5 answers; interval null below 2 answers. */
  mean: number | null;
  meanLow: number | null;
  meanHigh: number | null;
}

/**
 * CSAT from counts. The share's interval is the Wilson score interval (z = Z_95 = Φ⁻¹(0.975)), which stays
 * inside 0–100 % and behaves at shares near 0 or 100 % and small n, where the normal (Wald)
 * interval collapses: centre (p + z²/2n) / (1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * The mean's interval is Student's t with n − 1 degrees of freedom (scaleMean).
 */
export function csatFigures(c: CsatCounts): CsatFigures {
  for (const [name, v] of Object.entries(c)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new DomainError(`The CSAT count "${name}" must be a whole number of at least 0, got ${String(v)}.`);
    }
  }
  if (c.satisfied > c.n) throw new DomainError(`${c.satisfied} satisfied answers cannot come from ${c.n} answers.`);
  const mean = scaleMean(c.n, c.total, c.totalSq);
  if (c.n === 0) return { n: 0, share: null, shareLow: null, shareHigh: null, mean: null, meanLow: null, meanHigh: null };
  const [low, high] = wilsonInterval(c.satisfied, c.n);
  return {
    n: c.n,
    share: (100 * c.satisfied) / c.n,
    shareLow: 100 * low,
    shareHigh: 100 * high,
    mean: mean.mean,
    meanLow: mean.ciLow,
    meanHigh: mean.ciHigh,
  };
}

/** The 95% Wilson score interval of a proportion x / n (n > 0), as fractions. */
export function wilsonInterval(x: number, n: number, z = Z_95): [number, number] {
  if (n <= 0) throw new DomainError('A proportion needs at least one answer.');
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At x = 0 and x = n the bounds are exactly 0 and 1 (centre ∓ half cancel); rounding would leave 1 − 1e-16.
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}
