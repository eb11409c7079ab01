import fc from 'fast-check';
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
 * × √((N − n)/(N − 1)) with N invited (0 when N = n: a census); answers all of one class take
 * Rocks' adjusted-Wald Var (¾ promoter, ¾ detractor added, n + 3; arXiv:1601.07235); interval
 * e ± z·SE bounded by [−100, 100], z = 1.959963984540054 (R: qnorm(0.975); mpmath
 * √2·erfinv(0.95) = 1.95996398454005423552). Outputs of this script pasted as literals:
 *
 *   import math
 *   Z = 1.959963984540054
 *   def enps(pro, pas, det, N=None):
 *       n = pro + pas + det
 *       e = 100 * (pro - det) / n
 *       if pro == n or pas == n or det == n:
 *           m = n + 3; pp = (pro + 0.75) / m; pd = (det + 0.75) / m
 *           se = 100 * math.sqrt((pp + pd - (pp - pd) ** 2) / m)
 *       else:
 *           pp = pro / n; pd = det / n
 *           se = 100 * math.sqrt((pp + pd - (pp - pd) ** 2) / n)
 *       if N is not None: se *= math.sqrt((N - n) / (N - 1)) if N > n else 0
 *       return e, se, max(-100, e - Z * se), min(100, e + Z * se)
 *   def change(a, b):  # a, b = (e, se)
 *       d = b[0] - a[0]; t = Z * math.sqrt(a[1] ** 2 + b[1] ** 2); return d, t, abs(d) > t
 */
describe('enpsFromCounts / enpsFromScores', () => {
  const MIXED_10 = [10, 9, 9, 8, 7, 7, 6, 5, 3, 10]; // 4 promoters, 3 passives, 3 detractors
  type Expected = Omit<EnpsResult, 'se' | 'ciLow' | 'ciHigh' | 'enps'> & { enps: number; se: number; ciLow: number; ciHigh: number };

  it.each<[string, () => EnpsResult, Expected]>([
    ['all promoters (20): adjusted-Wald variance, not zero width', () => enpsFromCounts({ promoters: 20, passives: 0, detractors: 0 }),
      { n: 20, promoters: 20, passives: 0, detractors: 0, enps: 100, se: 8.813007713376212, ciLow: 82.72682228630893, ciHigh: 100, indicative: true, census: false }],
    ['all detractors (7)', () => enpsFromCounts({ promoters: 0, passives: 0, detractors: 7 }),
      { n: 7, promoters: 0, passives: 0, detractors: 7, enps: -100, se: 18.973665961010276, ciLow: -100, ciHigh: -62.8122980617263, indicative: true, census: false }],
    ['all passives (5)', () => enpsFromCounts({ promoters: 0, passives: 5, detractors: 0 }),
      { n: 5, promoters: 0, passives: 5, detractors: 0, enps: 0, se: 15.309310892394862, ciLow: -30.005697977220684, ciHigh: 30.005697977220684, indicative: true, census: false }],
    ['all promoters, 7 of 20 invited', () => enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }, 20),
      { n: 7, promoters: 7, passives: 0, detractors: 0, enps: 100, se: 15.69445091341791, ciLow: 69.23944145256914, ciHigh: 100, indicative: true, census: false }],
    ['all promoters, 7 of 8 invited', () => enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }, 8),
      { n: 7, promoters: 7, passives: 0, detractors: 0, enps: 100, se: 7.171371656006361, ciLow: 85.94436983447616, ciHigh: 100, indicative: true, census: false }],
    ['all promoters, all 7 invited answered (census)', () => enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }, 7),
      { n: 7, promoters: 7, passives: 0, detractors: 0, enps: 100, se: 0, ciLow: 100, ciHigh: 100, indicative: true, census: true }],
    ['mixed 10 scores', () => enpsFromScores(MIXED_10),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 26.26785107312739, ciLow: -41.48404205459149, ciHigh: 61.48404205459149, indicative: true, census: false }],
    ['mixed 10 scores, 40 invited (FPC)', () => enpsFromScores(MIXED_10, 40),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 23.038429433649128, ciLow: -35.15449195031981, ciHigh: 55.15449195031981, indicative: true, census: false }],
    ['mixed 10 scores, all 10 invited answered (N = n: a census, SE 0)', () => enpsFromScores(MIXED_10, 10),
      { n: 10, promoters: 4, passives: 3, detractors: 3, enps: 10, se: 0, ciLow: 10, ciHigh: 10, indicative: true, census: true }],
    ['one answer from one invited (N = 1: a census)', () => enpsFromScores([9], 1),
      { n: 1, promoters: 1, passives: 0, detractors: 0, enps: 100, se: 0, ciLow: 100, ciHigh: 100, indicative: true, census: true }],
    ['one answer, population unknown', () => enpsFromScores([9]),
      { n: 1, promoters: 1, passives: 0, detractors: 0, enps: 100, se: 37.5, ciLow: 26.501350579747978, ciHigh: 100, indicative: true, census: false }],
    ['interval bounded at +100 (9 promoters, 1 detractor)', () => enpsFromCounts({ promoters: 9, passives: 0, detractors: 1 }),
      { n: 10, promoters: 9, passives: 0, detractors: 1, enps: 80, se: 18.973665961010276, ciLow: 42.8122980617263, ciHigh: 100, indicative: true, census: false }],
    ['large n = 1000', () => enpsFromCounts({ promoters: 412, passives: 300, detractors: 288 }),
      { n: 1000, promoters: 412, passives: 300, detractors: 288, enps: 12.4, se: 2.616532055985556, ciLow: 7.27169140587377, ciHigh: 17.52830859412623, indicative: false, census: false }],
    ['large n = 1000 of 5000 invited', () => enpsFromCounts({ promoters: 412, passives: 300, detractors: 288 }, 5000),
      { n: 1000, promoters: 412, passives: 300, detractors: 288, enps: 12.4, se: 2.340531481848408, ciLow: 7.812642590894957, ciHigh: 16.987357409105044, indicative: false, census: false }],
    ['n = 49 is indicative', () => enpsFromCounts({ promoters: 20, passives: 15, detractors: 14 }),
      { n: 49, promoters: 20, passives: 15, detractors: 14, enps: 12.244897959183673, se: 11.770629293403118, ciLow: -10.825111531258583, ciHigh: 35.31490744962593, indicative: true, census: false }],
    ['n = 50 is not indicative', () => enpsFromCounts({ promoters: 20, passives: 15, detractors: 15 }),
      { n: 50, promoters: 20, passives: 15, detractors: 15, enps: 10, se: 11.74734012447073, ciLow: -13.024363558104906, ciHigh: 33.02436355810491, indicative: false, census: false }],
  ])('%s', (_name, run, expected) => {
    const r = run();
    expect(r.n).toBe(expected.n);
    expect(r.promoters).toBe(expected.promoters);
    expect(r.passives).toBe(expected.passives);
    expect(r.detractors).toBe(expected.detractors);
    expect(r.indicative).toBe(expected.indicative);
    expect(r.census).toBe(expected.census);
    expect(r.enps).toBeCloseTo(expected.enps, 9);
    expect(r.se).toBeCloseTo(expected.se, 9);
    expect(r.ciLow).toBeCloseTo(expected.ciLow, 9);
    expect(r.ciHigh).toBeCloseTo(expected.ciHigh, 9);
  });

  it('has an interval of zero width only for a census (everyone invited answered)', () => {
    const counts = fc.record({ promoters: fc.nat(60), passives: fc.nat(60), detractors: fc.nat(60) }).filter((c) => c.promoters + c.passives + c.detractors > 0);
    fc.assert(
      fc.property(counts, fc.option(fc.nat(200), { nil: undefined }), (c, extra) => {
        const n = c.promoters + c.passives + c.detractors;
        const r = enpsFromCounts(c, extra === undefined ? undefined : n + extra);
        expect(r.census).toBe(extra === 0);
        expect(r.ciHigh! - r.ciLow! === 0).toBe(r.census);
        expect(r.se === 0).toBe(r.census);
        expect(r.ciLow!).toBeLessThanOrEqual(r.enps!);
        expect(r.ciHigh!).toBeGreaterThanOrEqual(r.enps!);
      }),
    );
  });

  it('refuses a population below the responses rather than raising it to n', () => {
    expect(() => enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }, 6)).toThrow(DomainError);
    expect(enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }, null)).toEqual(enpsFromCounts({ promoters: 7, passives: 0, detractors: 0 }));
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
        enps: null, se: null, ciLow: null, ciHigh: null, indicative: true, census: false,
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
  // significant when |Δ| > z·√(SE₁² + SE₂²), z = Φ⁻¹(0.975).
  const base = enpsFromCounts({ promoters: 30, passives: 40, detractors: 30 }); // eNPS 0
  const census = (promoters: number, passives: number, detractors: number) =>
    enpsFromCounts({ promoters, passives, detractors }, promoters + passives + detractors);
  it.each([
    ['a rise of 25 is significant', base, enpsFromCounts({ promoters: 45, passives: 35, detractors: 20 }), 25, 21.358212353973528, true],
    ['a rise of 13 is not', base, enpsFromCounts({ promoters: 38, passives: 37, detractors: 25 }), 13, 21.587203837885173, false],
    ['a fall of 25 is significant', enpsFromCounts({ promoters: 45, passives: 35, detractors: 20 }), base, -25, 21.358212353973528, true],
    ['a fall of 9 is not', base, enpsFromCounts({ promoters: 24, passives: 43, detractors: 33 }), -9, 21.126738990588454, false],
    ['between two censuses no change is not significant (strict >)', census(2, 0, 0), census(3, 0, 0), 0, 0, false],
    ['between two censuses any change is real', census(4, 3, 3), census(5, 3, 2), 20, 0, true],
    ['against a census only the sample counts', census(4, 3, 3), enpsFromCounts({ promoters: 45, passives: 35, detractors: 20 }), 15, 15.022839469147629, false],
    ['all promoters from a sample are not exact', enpsFromScores(Array(10).fill(10)), enpsFromCounts({ promoters: 9, passives: 1, detractors: 0 }, 40), -10, 33.637116740419856, false],
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
