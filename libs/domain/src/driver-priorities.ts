import { Correlation, PairSums, pearsonFromSums } from './correlation';
import type { ScaleMean } from './scale-mean';

/*
 * "What matters most" (PRODUCT.md, "Closing the loop": priorities are drivers that are both low and
 * strongly related to eNPS). Per unit and period, each of the six drivers has
 * - its mean agreement (1–5) with a 95% Student-t interval (scale-mean.ts), and
 * - its relation to eNPS: Pearson r between the answer's 0–10 score and its 1–5 driver answer,
 *   over the answers that carry both (every driver answer does: the score is never optional), with a
 *   Fisher-z 95% interval. The 0–10 score rather than its +1/0/−1 eNPS class, because cutting eleven
 *   points into three throws information away and pulls r towards 0 (the relation to the class is
 *   the weaker, noisier copy of the same relation).
 *
 * A driver is labelled only when the data support the label:
 * - low / high: its whole 95% interval lies below / above the unit's mean over drivers (the plain
 *   average of the shown drivers' means, needing at least PRIORITY_MIN_DRIVERS of them); otherwise
 *   it is neither, and so is a driver without an interval;
 * - related: r ≥ PRIORITY_MIN_R (a "medium" correlation, Cohen 1988) and the interval's lower end
 *   above PRIORITY_MIN_R_LOW (the data rule out a negligible relation); r is not computed below
 *   PRIORITY_MIN_PAIRS answers (there the interval spans most of −1..1);
 * - priority: low and related; strength: high and related; otherwise no label.
 */

export const PRIORITY_MIN_PAIRS = 20;
export const PRIORITY_MIN_R = 0.3;
export const PRIORITY_MIN_R_LOW = 0.1;
export const PRIORITY_MIN_DRIVERS = 3;

export type DriverLevel = 'low' | 'high' | 'middle';
export type DriverLabel = 'priority' | 'strength';

/** Pearson r of the 0–10 score and the 1–5 driver answer, null (reason 'below-minimum') under PRIORITY_MIN_PAIRS. */
export function relationToEnps(sums: PairSums): Correlation {
  const result = pearsonFromSums(sums);
  if (result.n >= PRIORITY_MIN_PAIRS) return result;
  return { ...result, r: null, t: null, p: null, ciLow: null, ciHigh: null, reason: 'below-minimum' };
}

/** Whether r is strong and clear enough to call the driver related to eNPS; null when r is not known. */
export function isRelated(relation: Correlation): boolean | null {
  if (relation.r === null || relation.ciLow === null) return null;
  return relation.r >= PRIORITY_MIN_R && relation.ciLow > PRIORITY_MIN_R_LOW;
}

/** The unit's mean over drivers: the plain average of the shown drivers' means; null with fewer than PRIORITY_MIN_DRIVERS. */
export function driverAverage(means: readonly (number | null)[]): number | null {
  const shown = means.filter((m): m is number => m !== null);
  if (shown.length < PRIORITY_MIN_DRIVERS) return null;
  return shown.reduce((sum, m) => sum + m, 0) / shown.length;
}

/** Low or high when the whole interval lies below or above the average; null without an interval or an average. */
export function driverLevel(mean: ScaleMean, average: number | null): DriverLevel | null {
  if (average === null || mean.ciLow === null || mean.ciHigh === null) return null;
  if (mean.ciHigh < average) return 'low';
  if (mean.ciLow > average) return 'high';
  return 'middle';
}

export function driverLabel(level: DriverLevel | null, related: boolean | null): DriverLabel | null {
  if (related !== true) return null;
  if (level === 'low') return 'priority';
  if (level === 'high') return 'strength';
  return null;
}

/** One driver's figures in a unit and period; null figures for a withheld driver. */
export interface DriverFigures<K extends string = string> {
  key: K;
  mean: ScaleMean | null;
  relation: Correlation | null;
}

export interface DriverVerdict<K extends string = string> {
  key: K;
  level: DriverLevel | null;
  related: boolean | null;
  label: DriverLabel | null;
}

/** The unit's average over its shown drivers, and each driver's level, relation and label. */
export function labelDrivers<K extends string>(drivers: readonly DriverFigures<K>[]): { average: number | null; verdicts: DriverVerdict<K>[] } {
  const average = driverAverage(drivers.map((d) => d.mean?.mean ?? null));
  const verdicts = drivers.map(({ key, mean, relation }) => {
    const level = mean ? driverLevel(mean, average) : null;
    const related = relation ? isRelated(relation) : null;
    return { key, level, related, label: driverLabel(level, related) };
  });
  return { average, verdicts };
}
