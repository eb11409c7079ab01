/** A linear axis over some values: rounded ends and about `count` ticks at 1, 2 or 5 × 10^k steps. */
export interface NiceAxis {
  min: number;
  max: number;
  ticks: number[];
}

export function niceAxis(values: readonly number[], count = 5): NiceAxis {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, ticks: [0, 1] };
  if (high - low < 1e-9) {
    low -= 1;
    high += 1;
  }
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { min, max, ticks };
}

/** Where a value sits between the axis ends, 0..1. */
export function share(axis: NiceAxis, value: number): number {
  return axis.max === axis.min ? 0.5 : (value - axis.min) / (axis.max - axis.min);
}
