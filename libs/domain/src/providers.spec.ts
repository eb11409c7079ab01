import { addDays, daysBetween } from './dates';
import { csatFigures, providersFor, wilsonInterval } from './providers';

describe('providersFor: at most two providers per round, rotating', () => {
  const cadence = { intervalDays: 90, startDate: '2024-01-08' };
  /** Employment day N of successive 90-day rounds from day 91. */
  const rounds = (count: number) => Array.from({ length: count }, (_, i) => `day-${91 + 90 * i}`);

  it('asks about every provider when there are one or two, in id order', () => {
    expect(providersFor('day-91', ['b', 'a'], cadence)).toEqual(['a', 'b']);
    expect(providersFor('day-91', ['x'], cadence)).toEqual(['x']);
    expect(providersFor('day-91', [], cadence)).toEqual([]);
  });

  it('asks about two distinct providers, and successive rounds cover all of them', () => {
    for (const ids of [['p1', 'p2', 'p3'], ['p1', 'p2', 'p3', 'p4'], ['p1', 'p2', 'p3', 'p4', 'p5']]) {
      const asked = rounds(Math.ceil(ids.length / 2)).map((key) => providersFor(key, ids, cadence));
      for (const pair of asked) {
        expect(pair).toHaveLength(2);
        expect(new Set(pair).size).toBe(2);
      }
      expect(new Set(asked.flat())).toEqual(new Set(ids));
    }
  });

  it('follows the calendar block: round r asks positions 2r and 2r + 1 (mod m)', () => {
    // Day 91 of a 2024-01-08 start is 2024-04-07; its day number since 1970 divided by 90, by hand below.
    const nominal = addDays(cadence.startDate, 90);
    const r = Math.floor(daysBetween('1970-01-01', nominal) / 90);
    const ids = ['a', 'b', 'c', 'd'];
    expect(providersFor('day-91', ids, cadence)).toEqual([ids[(2 * r) % 4], ids[(2 * r + 1) % 4]]);
    expect(providersFor('day-181', ids, cadence)).toEqual([ids[(2 * r + 2) % 4], ids[(2 * r + 3) % 4]]);
  });

  it('is deterministic for other keys, and ignores the stored order and repeats', () => {
    expect(providersFor('campaign-7', ['c', 'a', 'b'])).toEqual(providersFor('campaign-7', ['a', 'b', 'c', 'a']));
    expect(providersFor('campaign-7', ['c', 'a', 'b'])).toHaveLength(2);
  });
});

describe('csatFigures: share of 4–5 with a Wilson interval, mean with a t interval', () => {
  it('computes known figures', () => {
    // Answers 5, 4, 4, 3, 1: 3 of 5 satisfied; Wilson 95% for 3/5 = [0.2307, 0.8824]
    // (Newcombe 1998 / any Wilson calculator); mean 3.4, sd √2.3, qt(0.975, 4) = 2.776445105 (R; scipy.stats.t.ppf) → ±1.8830.
    const answers = [5, 4, 4, 3, 1];
    const c = csatFigures({ n: 5, satisfied: 3, total: 17, totalSq: answers.reduce((a, b) => a + b * b, 0) });
    expect(c.n).toBe(5);
    expect(c.share).toBe(60);
    expect(c.shareLow).toBeCloseTo(23.07, 1);
    expect(c.shareHigh).toBeCloseTo(88.24, 1);
    expect(c.mean).toBeCloseTo(3.4, 10);
    expect(c.meanLow).toBeCloseTo(3.4 - 2.776445105 * Math.sqrt(2.3 / 5), 8);
    expect(c.meanHigh).toBe(5);
  });

  it('keeps the Wilson interval inside 0–100 % at the extremes', () => {
    const [low, high] = wilsonInterval(10, 10);
    expect(high).toBe(1);
    expect(low).toBeCloseTo(0.7225, 3);
    expect(wilsonInterval(0, 10)[0]).toBe(0);
  });

  it('has nothing to show without answers, and refuses impossible counts', () => {
    expect(csatFigures({ n: 0, satisfied: 0, total: 0, totalSq: 0 })).toMatchObject({ n: 0, share: null, mean: null });
    expect(() => csatFigures({ n: 2, satisfied: 3, total: 8, totalSq: 32 })).toThrow(/cannot come/);
    expect(() => csatFigures({ n: -1, satisfied: 0, total: 0, totalSq: 0 })).toThrow(/whole number/);
  });
});
