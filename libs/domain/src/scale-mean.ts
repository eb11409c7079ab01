import { DomainError } from './domain-error';
import { Z_95 } from './enps';

/*
 * The mean of answers on an agreement scale (1–5) with its 95% interval, from the count, sum and
 * sum of squares of the answers (what the rollups keep). The interval uses Student's t with
 * n − 1 degrees of freedom, since the standard deviation is estimated from the same answers.
 */

export interface ScaleMean {
  n: number;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Student's t 0.975 quantiles for 1–30 degrees of freedom (standard tables). */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Two-sided 95% quantile of Student's t: the table up to 30 degrees of freedom, a Cornish–Fisher expansion beyond (error < 0.001). */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new DomainError(`Degrees of freedom must be a whole number of at least 1, got ${df}.`);
  if (df <= 30) return T_975[df - 1];
  const z = Z_95;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

export function scaleMean(n: number, sum: number, sumSquares: number, scale: { min: number; max: number } = { min: 1, max: 5 }): ScaleMean {
  if (!Number.isInteger(n) || n < 0) throw new DomainError(`The number of answers must be a whole number of at least 0, got ${n}.`);
  if (n === 0) return { n, mean: null, ciLow: null, ciHigh: null };
  const mean = sum / n;
  if (n === 1) return { n, mean, ciLow: null, ciHigh: null };
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { n, mean, ciLow: Math.max(scale.min, mean - half), ciHigh: Math.min(scale.max, mean + half) };
}
