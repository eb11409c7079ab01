import type { LinkageUnit, Quadrant } from '@ex-pulse/contracts';

/**
 * High and low relative to the other units: each axis splits at the median unit, so the quadrants
 * compare units with each other (not with a target). Units on the median count as high. Sets each
 * unit's quadrant and returns the splits.
 */
export function quadrantsOf(units: LinkageUnit[]): { ex: number | null; cx: number | null } {
  const placed = units.filter((u) => u.ex !== null && u.cx !== null);
  if (placed.length === 0) return { ex: null, cx: null };
  const ex = median(placed.map((u) => u.ex!));
  const cx = median(placed.map((u) => u.cx!));
  for (const u of placed) {
    u.quadrant = `${u.ex! >= ex ? 'high' : 'low'}_ex_${u.cx! >= cx ? 'high' : 'low'}_cx` as Quadrant;
  }
  return { ex, cx };
}

/** The median of scores given to one decimal; a midpoint is exact to two (12.1, not 12.100000000000001). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : Math.round(((s[mid - 1] + s[mid]) / 2) * 100) / 100;
}
