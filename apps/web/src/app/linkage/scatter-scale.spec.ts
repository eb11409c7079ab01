import { niceAxis, share } from './scatter-scale';

describe('niceAxis', () => {
  it('rounds the ends out to whole steps of 1, 2 or 5 × 10^k', () => {
    expect(niceAxis([-18.3, 15.9, 0.45])).toEqual({ min: -20, max: 20, ticks: [-20, -10, 0, 10, 20] });
    expect(niceAxis([78.2, 92.6])).toEqual({ min: 75, max: 95, ticks: [75, 80, 85, 90, 95] });
    expect(niceAxis([5.2, 5.9]).ticks).toEqual([5.2, 5.4, 5.6, 5.8, 6]);
  });

  it('widens a single value into a range', () => {
    const axis = niceAxis([30]);
    expect(axis.min).toBeLessThan(30);
    expect(axis.max).toBeGreaterThan(30);
    expect(share(axis, 30)).toBeCloseTo(0.5);
  });
});
