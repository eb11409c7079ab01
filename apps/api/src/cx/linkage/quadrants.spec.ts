import type { LinkageUnit } from '@ex-pulse/contracts';
import { quadrantsOf } from './quadrants';

const unit = (key: string, ex: number | null, cx: number | null): LinkageUnit => ({
  key, label: key, ex, cx, n: 50, pairedMonths: 6, quadrant: null, months: null,
});

describe('quadrantsOf', () => {
  it('splits each axis at the median unit, a midpoint given exactly to two decimals, units on it high', () => {
    // Medians: eNPS (9.3 + 14.9) / 2, which is 12.100000000000001 in floating point; NPS (20 + 30) / 2.
    const units = [unit('a', 3, 10), unit('b', 9.3, 30), unit('c', 14.9, 20), unit('d', 20, 40), unit('e', null, 50)];
    expect(quadrantsOf(units)).toEqual({ ex: 12.1, cx: 25 });
    expect(units.map((u) => u.quadrant)).toEqual(['low_ex_low_cx', 'low_ex_high_cx', 'high_ex_low_cx', 'high_ex_high_cx', null]);
  });

  it('puts a unit exactly on the median among the high ones, and has no split without units', () => {
    const units = [unit('a', 1, 1), unit('b', 2, 2), unit('c', 3, 3)];
    expect(quadrantsOf(units)).toEqual({ ex: 2, cx: 2 });
    expect(units[1].quadrant).toBe('high_ex_high_cx');
    expect(quadrantsOf([unit('x', null, 5)])).toEqual({ ex: null, cx: null });
  });
});
