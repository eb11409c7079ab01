import { DomainError } from './domain-error';
import { studentTQuantile } from './student-t';

/*
 * The mean of answers on an agreement scale (1–5) with its 95% interval, from the count, sum and
 * sum of squares of the answers (what the rollups keep). The interval uses Student's t with
 * n − 1 degrees of freedom, since the standard deviation is estimated from the same answers:
 * mean ± qt(0.975, n − 1)·s/√n, with the accurate quantile of student-t.ts.
 */

export interface ScaleMean {
  n: number;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export function scaleMean(n: number, sum: number, sumSquares: number, scale: { min: number; max: number } = { min: 1, max: 5 }): ScaleMean {
  if (!Number.isInteger(n) || n < 0) throw new DomainError(`The number of answers must be a whole number of at least 0, got ${n}.`);
  if (n === 0) return { n, mean: null, ciLow: null, ciHigh: null };
  const mean = sum / n;
  if (n === 1) return { n, mean, ciLow: null, ciHigh: null };
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { n, mean, ciLow: Math.max(scale.min, mean - half), ciHigh: Math.min(scale.max, mean + half) };
}
