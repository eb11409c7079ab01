import { DomainError } from './domain-error';
import {
  classifyScore,
  enpsFromCounts,
  enpsFromScores,
  EnpsResult,
  INDICATIVE_BELOW,
  significantChange,
} from './enps';

describe('classifyScore', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%d → %s', (score, expected) => {
    expect(classifyScore(score)).toBe(expected);
  });

  it.each([
    [11, 'Score 11 is outside 0–10.'],
    [-1, 'Score -1 is outside 0–10.'],
    [7.5, 'Score 7.5 is not a whole number'],
    [NaN, 'Score NaN is not a number'],
    [Infinity, 'Score Infinity is not a whole number'],
  ])('%p throws a DomainError', (score, message) => {
    expect(() => classifyScore(score)).toThrow(DomainError);
    expect(() => classifyScore(score)).toThrow(message);
  });
});

/*
 * Expected values computed independently with python3 (math module only), formula of
 * PRODUCT.md: e = 100(p_pro − p_det), Var = p_pro + p_det − (p_pro − p_det)², SE = 100·√(Var/n),
 * × √((N − n)/(N − 1)) with N invited; interval e ± 1.96·SE clamped to [−100, 100].
 * Outputs of this script pasted as literals:
 *
 *   import math
 *   def enps(pro, pas, det, N=None):
 *       n = pro + pas + det; pp = pro / n; pd = det / n
 *       e = 100 * (pp - pd); var = pp + pd - (pp - pd) ** 2
 *       se = 100 * math.sqrt(var / n)
 *       if N is not None: se *= 0 if N == 1 else math.sqrt((N - n) / (N - 1))
 *       return e, se, max(-100, e - 1.96 * se), min(100, e + 1.96 * se)
 *   def change(a, b):  # a, b = (e, se)
 *       d = b[0] - a[0]; t = 1.96 * math.sqrt(a[1] ** 2 + b[1] ** 2); return d, t, abs(d) > t
 */
describe('enpsFromCounts / enpsFromScores', () => {
  const MIXED_10 = [10, 9, 9, 8, 7, 7, 6, 5, 3, 10]; // 4 promoters, 3 passives, 3 detractors

  it.each<[string, () => EnpsResult, Omit<EnpsResult, 'se' | 'ciLow' | 'ciHigh' | 'enps'> & { enps: number; se: number; ciLow: number; ciHigh: number }]>([
    ['all promoters (20)', () => enpsFromCounts({ promoters: 20, passives: 0, detractors: 0 }),
      { n: 20, promoters: 20, passives: 0, detractors: 0, enps: 100, se: 0, ciLow: 100, ciHigh: 100, indicative: true }],
    ['all detractors (7)', () => enpsFromCounts({ promoters: 0, passives: 0, detractors: 7 }),
      { n: 7, promoters: 0, passives: 0, detractors: 7, enps: -100, se: 0, ciLow: -100, ciHigh: -100, indicative: true }],
    ['mixed 10 scores', () => enpsFromScores(MIXED_10),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 26.26785107312739, ciLow: -41.484988103329684, ciHigh: 61.484988103329684, indicative: true }],
    ['mixed 10 scores, 40 invited (FPC)', () => enpsFromScores(MIXED_10, 40),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 23.038429433649128, ciLow: -35.15532168995229, ciHigh: 55.15532168995229, indicative: true }],
    ['mixed 10 scores, all 10 invited answered (N = n: SE 0)', () => enpsFromScores(MIXED_10, 10),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 0, ciLow: 10, ciHigh: 10, indicative: true }],
    ['one answer from one invited (N = 1)', () => enpsFromScores([9], 1),
      { n: 1, promoters: 1, passives: 0, detractors: 0, enps: 100, se: 0, ciLow: 100, ciHigh: 100, indicative: true }],
    ['interval clamped at +100 (9 promoters, 1 detractor)', () => enpsFromCounts({ promoters: 9, passives: 0, detractors: 1 }),
      { n: 10, promoters: 9, passives: 0, detractors: 1, enps: 80, se: 18.973665961010276, ciLow: 42.81161471641986, ciHigh: 100, indicative: true }],
    ['large n = 1000', () => enpsFromCounts({ promoters: 412, passives: 300, detractors: 288 }),
      { n: 1000, promoters: 412, passives: 300, detractors: 288, enps: 12.4, se: 2.616532055985556, ciLow: 7.27159717026831, ciHigh: 17.52840282973169, indicative: false }],
    ['large n = 1000 of 5000 invited', () => enpsFromCounts({ promoters: 412, passives: 300, detractors: 288 }, 5000),
      { n: 1000, promoters: 412, passives: 300, detractors: 288, enps: 12.4, se: 2.340531481848408, ciLow: 7.81255829557712, ciHigh: 16.98744170442288, indicative: false }],
    ['n = 49 is indicative', () => enpsFromCounts({ promoters: 20, passives: 15, detractors: 14 }),
      { n: 49, promoters: 20, passives: 15, detractors: 14, enps: 12.244897959183676, se: 11.770629293403118, ciLow: -10.825535455886437, ciHigh: 35.31533137425379, indicative: true }],
    ['n = 50 is not indicative', () => enpsFromCounts({ promoters: 20, passives: 15, detractors: 15 }),
      { n: 50, promoters: 20, passives: 15, detractors: 15, enps: 10, se: 11.74734012447073, ciLow: -13.024786643962628, ciHigh: 33.024786643962635, indicative: false }],
  ])('%s', (_name, run, expected) => {
    const r = run();
    expect(r.n).toBe(expected.n);
    expect(r.promoters).toBe(expected.promoters);
    expect(r.passives).toBe(expected.passives);
    expect(r.detractors).toBe(expected.detractors);
    expect(r.indicative).toBe(expected.indicative);
    expect(r.enps).toBeCloseTo(expected.enps, 9);
    expect(r.se).toBeCloseTo(expected.se, 9);
    expect(r.ciLow).toBeCloseTo(expected.ciLow, 9);
    expect(r.ciHigh).toBeCloseTo(expected.ciHigh, 9);
  });

  it('the interval never leaves [−100, 100]', () => {
    const r = enpsFromCounts({ promoters: 1, passives: 0, detractors: 1 });
    expect(r.enps).toBe(0);
    expect(r.se).toBeCloseTo(70.71067811865476, 9); // python3: 100*sqrt(1/2)
    expect(r.ciLow).toBe(-100);
    expect(r.ciHigh).toBe(100);
  });

  it('scores and counts agree', () => {
    expect(enpsFromScores([10, 9, 9, 8, 7, 7, 6, 5, 3, 10], 25)).toEqual(
      enpsFromCounts({ promoters: 4, passives: 3, detractors: 3 }, 25),
    );
  });

  it('gives nulls for no responses, and marks them indicative', () => {
    for (const r of [enpsFromScores([]), enpsFromCounts({ promoters: 0, passives: 0, detractors: 0 }, 12)]) {
      expect(r).toEqual({
        n: 0, promoters: 0, passives: 0, detractors: 0,
        enps: null, se: null, ciLow: null, ciHigh: null, indicative: true,
      });
    }
  });

  it('exports the indicative threshold', () => {
    expect(INDICATIVE_BELOW).toBe(50);
  });

  it.each([
    ['a bad score (11)', () => enpsFromScores([10, 11]), 'Score 11 is outside 0–10.'],
    ['a bad score (−1)', () => enpsFromScores([-1]), 'Score -1 is outside 0–10.'],
    ['a bad score (7.5)', () => enpsFromScores([7.5]), 'Score 7.5 is not a whole number'],
    ['a bad score (NaN)', () => enpsFromScores([NaN]), 'Score NaN is not a number'],
    ['fewer invited than responses', () => enpsFromScores([9, 9, 9], 2), '3 responses cannot come from only 2 invited'],
    ['a fractional invited', () => enpsFromScores([9], 2.5), 'number invited must be a whole number'],
    ['a negative count', () => enpsFromCounts({ promoters: -1, passives: 3, detractors: 3 }), 'number of promoters must be a whole number of at least 0, got -1'],
    ['a fractional count', () => enpsFromCounts({ promoters: 1, passives: 0.5, detractors: 3 }), 'number of passives must be a whole number of at least 0, got 0.5'],
    ['a NaN count', () => enpsFromCounts({ promoters: 1, passives: 0, detractors: NaN }), 'number of detractors'],
  ])('throws a DomainError on %s', (_name, run, message) => {
    expect(run).toThrow(DomainError);
    expect(run).toThrow(message);
  });
});

describe('significantChange', () => {
  // Expected values computed with python3 math (change() in the script above), rule of PRODUCT.md:
  // significant when |Δ| > 1.96·√(SE₁² + SE₂²).
  const base = enpsFromCounts({ promoters: 30, passives: 40, detractors: 30 }); // eNPS 0
  it.each([
    ['a rise of 25 is significant', base, enpsFromCounts({ promoters: 45, passives: 35, detractors: 20 }), 25, 21.3586048233493, true],
    ['a rise of 13 is not', base, enpsFromCounts({ promoters: 38, passives: 37, detractors: 25 }), 13, 21.58760051511052, false],
    ['a fall of 25 is significant', enpsFromCounts({ promoters: 45, passives: 35, detractors: 20 }), base, -25, 21.3586048233493, true],
    ['a fall of 9 is not', base, enpsFromCounts({ promoters: 24, passives: 43, detractors: 33 }), -9, 21.127127206508696, false],
    ['no change with zero error is not significant (strict >)', enpsFromScores([10, 10]), enpsFromScores([9, 9, 9]), 0, 0, false],
    ['any change with zero error is significant', enpsFromScores([10, 10]), enpsFromScores([0, 0]), -200, 0, true],
  ])('%s', (_name, previous, current, delta, threshold, significant) => {
    const change = significantChange(previous, current);
    expect(change).not.toBeNull();
    expect(change!.delta).toBeCloseTo(delta, 9);
    expect(change!.threshold).toBeCloseTo(threshold, 9);
    expect(change!.significant).toBe(significant);
  });

  it('is null when either period has no responses', () => {
    const empty = enpsFromScores([]);
    expect(significantChange(empty, base)).toBeNull();
    expect(significantChange(base, empty)).toBeNull();
  });
});
