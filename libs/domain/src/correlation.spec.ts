import { DomainError } from './domain-error';
import {
  applyMinimum,
  averageRanks,
  describeCorrelation,
  formatP,
  MIN_UNIT_MONTHS_WITHIN,
  MIN_UNITS_BETWEEN,
  pearson,
  pearsonFromSums,
  repeatedMeasuresCorrelation,
  spearman,
  type Correlation,
} from './correlation';

// Anscombe, F. J. (1973). Graphs in statistical analysis. The American Statistician 27(1), 17–21, table 1.
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE = [
  { x: ANSCOMBE_X, y: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68], r: 0.8164 },
  { x: ANSCOMBE_X, y: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74], r: 0.8162 },
  { x: ANSCOMBE_X, y: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73], r: 0.8163 },
  { x: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8], y: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89], r: 0.8165 },
];

describe('pearson', () => {
  it.each(ANSCOMBE.map((set, i) => [i + 1, set] as const))('Anscombe set %i gives r ≈ 0.816', (_i, set) => {
    // Anscombe's four sets share r = 0.816 (his paper); to four places 0.8164, 0.8162, 0.8163, 0.8165
    // (pure-Python Σdx·dy/√(Σdx²·Σdy²)).
    const res = pearson(set.x, set.y);
    expect(res.r).toBeCloseTo(set.r, 4);
    expect(res.n).toBe(11);
    expect(res.df).toBe(9);
    expect(res.reason).toBeNull();
  });

  it('gives t, p and the Fisher-z interval of Anscombe set 1', () => {
    // Independent (pure Python): t = r·√(9/(1 − r²)) = 4.24146; p = 0.0021696 by Simpson integration of
    // the t density (as in student-t.spec.ts); CI tanh(atanh(r) ± 1.959964/√8) = 0.42439 to 0.95069.
    const res = pearson(ANSCOMBE[0].x, ANSCOMBE[0].y);
    expect(res.t).toBeCloseTo(4.24146, 4);
    expect(res.p).toBeCloseTo(0.0021696, 6);
    expect(res.ciLow).toBeCloseTo(0.42439, 4);
    expect(res.ciHigh).toBeCloseTo(0.95069, 4);
  });

  it('is null with a reason for fewer than 3 pairs or no variation, and has no interval at n = 3', () => {
    expect(pearson([], [])).toMatchObject({ r: null, n: 0, df: null, p: null, reason: 'too-few-observations' });
    expect(pearson([1, 2], [3, 4])).toMatchObject({ r: null, n: 2, reason: 'too-few-observations' });
    expect(pearson([5, 5, 5, 5], [1, 2, 3, 4])).toMatchObject({ r: null, n: 4, df: 2, reason: 'no-variation' });
    expect(pearson([1, 2, 3, 4], [7, 7, 7, 7])).toMatchObject({ r: null, reason: 'no-variation' });
    // n = 3: r and p exist (1 df), the Fisher interval needs n − 3 > 0.
    const three = pearson([1, 2, 3], [1, 3, 2]);
    expect(three.r).toBeCloseTo(0.5, 12); // by hand: Σdx·dy = 1, Σdx² = Σdy² = 2
    expect(three.ciLow).toBeNull();
  });

  it('handles a perfect line', () => {
    const res = pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(res.r).toBe(1);
    expect(res.p).toBe(0);
    expect(res.ciLow).toBe(1);
  });

  it('throws a DomainError for unequal lengths and non-finite values', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(DomainError);
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow('x has 3 values and y has 2');
    expect(() => pearson([1, NaN, 3], [1, 2, 3])).toThrow('x[1] is not a finite number (NaN)');
    expect(() => spearman([1, 2, 3], [1, 2, Infinity])).toThrow('y[2] is not a finite number (Infinity)');
  });
});

describe('pearsonFromSums', () => {
  // Twelve answers as 0–10 scores (x) and 1–5 agreements (y). Independent: scipy.stats.pearsonr gives
  // r = 0.9453131868733217, p = 3.5128746972317434e-06; Fisher z with numpy/scipy.stats.norm.ppf(0.975):
  // tanh(atanh r ± 1.959964/√9) = 0.811858321110101 to 0.9848935433638604; t = r·√(10/(1 − r²)) = 9.165151.
  const x = [9, 10, 7, 3, 8, 6, 10, 2, 5, 9, 8, 4];
  const y = [4, 5, 4, 2, 3, 3, 5, 1, 3, 4, 4, 2];
  const sums = { n: 12, sumX: 81, sumY: 40, sumXX: 629, sumYY: 150, sumXY: 305 };

  it('gives r, t, p and the Fisher-z interval from the sums alone', () => {
    const res = pearsonFromSums(sums);
    expect(res).toMatchObject({ method: 'pearson', n: 12, df: 10, reason: null });
    expect(res.r).toBeCloseTo(0.9453131868733217, 12);
    expect(res.t).toBeCloseTo(9.165151389911673, 9);
    expect(res.p).toBeCloseTo(3.5128746972317434e-6, 12);
    expect(res.ciLow).toBeCloseTo(0.811858321110101, 12);
    expect(res.ciHigh).toBeCloseTo(0.9848935433638604, 12);
  });

  it('agrees with pearson() on the pairs themselves', () => {
    const fromSums = pearsonFromSums(sums);
    const fromPairs = pearson(x, y);
    for (const key of ['r', 't', 'p', 'ciLow', 'ciHigh'] as const) expect(fromSums[key]).toBeCloseTo(fromPairs[key]!, 12);
    expect({ ...fromSums, r: 0, t: 0, p: 0, ciLow: 0, ciHigh: 0 }).toEqual({ ...fromPairs, r: 0, t: 0, p: 0, ciLow: 0, ciHigh: 0 });
  });

  it('is null with a reason for fewer than 3 pairs or no variation, and refuses bad sums', () => {
    expect(pearsonFromSums({ n: 2, sumX: 3, sumY: 3, sumXX: 5, sumYY: 5, sumXY: 5 })).toMatchObject({ r: null, reason: 'too-few-observations' });
    // Four answers of 7 (no variation in x).
    expect(pearsonFromSums({ n: 4, sumX: 28, sumY: 10, sumXX: 196, sumYY: 30, sumXY: 70 })).toMatchObject({ r: null, df: 2, reason: 'no-variation' });
    expect(() => pearsonFromSums({ ...sums, n: 2.5 })).toThrow(DomainError);
    expect(() => pearsonFromSums({ ...sums, sumXY: NaN })).toThrow('sumXY is not a finite number (NaN)');
  });
});

describe('spearman', () => {
  it('ranks ties by their mean rank', () => {
    expect(averageRanks([1, 2, 2, 3, 4, 6])).toEqual([1, 2.5, 2.5, 4, 5, 6]);
    expect(averageRanks([30, 10, 30, 30])).toEqual([3, 1, 3, 3]);
  });

  it('computes ρ with ties as Pearson on average ranks (by hand)', () => {
    // x = 1, 2, 2, 3, 4, 6 → ranks 1, 2.5, 2.5, 4, 5, 6; y = 2, 1, 3, 3, 5, 4 → ranks 2, 1, 3.5, 3.5, 6, 5.
    // Mean rank 3.5; dx = −2.5, −1, −1, .5, 1.5, 2.5; dy = −1.5, −2.5, 0, 0, 2.5, 1.5.
    // Σdx·dy = 3.75 + 2.5 + 0 + 0 + 3.75 + 3.75 = 13.75; Σdx² = Σdy² = 17; ρ = 13.75/17 = 0.808824.
    // t = ρ·√(4/(1 − ρ²)) = 2.75086; p = 0.051329 (Simpson integration in pure Python, 4 df).
    // Bonett–Wright interval: tanh(atanh ρ ± 1.959964·√((1 + ρ²/2)/3)) = −0.17805 to 0.98453.
    const res = spearman([1, 2, 2, 3, 4, 6], [2, 1, 3, 3, 5, 4]);
    expect(res.r).toBeCloseTo(13.75 / 17, 12);
    expect(res.df).toBe(4);
    expect(res.t).toBeCloseTo(2.75086, 4);
    expect(res.p).toBeCloseTo(0.051329, 5);
    expect(res.ciLow).toBeCloseTo(-0.17805, 4);
    expect(res.ciHigh).toBeCloseTo(0.98453, 4);
  });

  it('matches the published statpsych::ci.spear example (ties in x)', () => {
    // R package statpsych, ci.spear(.05, y, x) help page: Estimate 0.8699639, LL 0.5840951, UL 0.9638297
    // (Bonett & Wright 2000 standard error, which this function uses).
    const y = [21, 4, 9, 12, 35, 18, 10, 22, 24, 1, 6, 8, 13, 16, 19];
    const x = [67, 28, 30, 28, 52, 40, 25, 37, 44, 10, 14, 20, 28, 40, 51];
    const res = spearman(x, y);
    expect(res.r).toBeCloseTo(0.8699639, 7);
    expect(res.ciLow).toBeCloseTo(0.5840951, 6);
    expect(res.ciHigh).toBeCloseTo(0.9638297, 6);
  });

  it('is unaffected by monotone transformations', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(spearman(x.map((v) => Math.exp(v)), y).r).toBeCloseTo(spearman(x, y).r as number, 12);
  });
});

// Bland, J. M. & Altman, D. G. (1995). Calculating correlation coefficients with repeated observations:
// Part 1 — correlation within subjects. BMJ 310:446 (data from Boyd et al. 1993): intramural pH and PaCO2,
// 47 observations of 8 subjects; shipped in the R package rmcorr as `bland1995`. Values as written out in
// two independent public scripts (an R analysis script and a Python test against pingouin), which agree.
const BLAND_1995: { paco2: number[]; ph: number[] }[] = [
  { paco2: [3.97, 4.12, 4.09, 3.97], ph: [6.68, 6.53, 6.43, 6.33] },
  { paco2: [5.27, 5.37, 5.41, 5.44], ph: [6.85, 7.06, 7.13, 7.17] },
  { paco2: [5.67, 3.64, 4.32, 4.73, 4.96, 5.04, 5.22, 4.82, 5.07], ph: [7.4, 7.42, 7.41, 7.37, 7.34, 7.35, 7.28, 7.3, 7.34] },
  { paco2: [5.67, 5.1, 5.53, 4.75, 5.51], ph: [7.36, 7.33, 7.29, 7.3, 7.35] },
  { paco2: [4.28, 4.44, 4.32, 3.23, 4.46, 4.72, 4.75, 4.99], ph: [7.35, 7.3, 7.3, 7.37, 7.27, 7.28, 7.32, 7.32] },
  { paco2: [4.78, 4.73, 5.12, 4.93, 5.03, 4.93], ph: [7.38, 7.3, 7.29, 7.33, 7.31, 7.33] },
  { paco2: [6.85, 6.44, 6.52], ph: [6.86, 6.94, 6.92] },
  { paco2: [5.28, 4.56, 4.34, 4.32, 4.41, 3.69, 6.09, 5.58], ph: [7.19, 7.29, 7.21, 7.25, 7.2, 7.19, 6.77, 6.82] },
];

describe('repeatedMeasuresCorrelation', () => {
  const groups = BLAND_1995.map((s) => ({ x: s.paco2, y: s.ph }));

  it('reproduces rmcorr on the Bland & Altman 1995 data', () => {
    // rmcorr(Subject, PaCO2, pH, bland1995), rmcorr 0.7.0 documentation (README / print.rmc example):
    // r = −0.5067697, df = 38, p = 0.0008471081, 95% CI −0.7067146 to −0.2318631.
    // (Versions before 0.5.4 printed −0.7112297 to −0.223255: the interval its authors corrected.)
    const res = repeatedMeasuresCorrelation(groups);
    expect(res.n).toBe(47);
    expect(res.groups).toBe(8);
    expect(res.df).toBe(38);
    expect(res.r).toBeCloseTo(-0.5067697, 7);
    expect(res.p).toBeCloseTo(0.0008471081, 9);
    expect(res.ciLow).toBeCloseTo(-0.7067146, 6);
    expect(res.ciHigh).toBeCloseTo(-0.2318631, 6);
    expect(res.t).toBeLessThan(0);
  });

  it('is symmetric in x and y and ignores each group’s level', () => {
    const swapped = repeatedMeasuresCorrelation(groups.map((g) => ({ x: g.y, y: g.x })));
    expect(swapped.r).toBeCloseTo(-0.5067697, 7);
    const shifted = repeatedMeasuresCorrelation(groups.map((g, i) => ({ x: g.x.map((v) => v + 10 * i), y: g.y.map((v) => v - 3 * i) })));
    expect(shifted.r).toBeCloseTo(-0.5067697, 7);
  });

  it('leaves out groups with fewer than 2 observations', () => {
    const res = repeatedMeasuresCorrelation([...groups, { x: [5], y: [7] }, { x: [], y: [] }]);
    expect(res).toMatchObject({ n: 47, groups: 8, droppedGroups: 2, df: 38 });
    expect(res.r).toBeCloseTo(-0.5067697, 7);
  });

  it('is null with a reason when there is too little, or no within-group variation', () => {
    expect(repeatedMeasuresCorrelation([])).toMatchObject({ r: null, n: 0, groups: 0, df: null, reason: 'too-few-observations' });
    // 2 groups of 2: N − k − 1 = 1 df: r and p, but no interval (it needs df ≥ 2). By hand: centred
    // x = ±0.5, ±1 and y = ±1, ±0.5 give Σxc·yc = 1 + 1 = 2, Σxc² = Σyc² = 2.5, r_rm = 0.8.
    const tiny = repeatedMeasuresCorrelation([{ x: [1, 2], y: [1, 3] }, { x: [5, 7], y: [2, 3] }]);
    expect(tiny.df).toBe(1);
    expect(tiny.r).toBeCloseTo(0.8, 12);
    expect(tiny.ciLow).toBeNull();
    expect(repeatedMeasuresCorrelation([{ x: [1, 2], y: [1, 3] }])).toMatchObject({ r: null, df: null, reason: 'too-few-observations' });
    expect(repeatedMeasuresCorrelation([{ x: [3, 3, 3], y: [1, 2, 3] }, { x: [5, 5], y: [1, 0] }])).toMatchObject({ r: null, df: 2, reason: 'no-variation' });
  });

  it('throws a DomainError naming the group for bad input', () => {
    expect(() => repeatedMeasuresCorrelation([{ x: [1, 2], y: [1, 2] }, { x: [1, 2, 3], y: [1, 2] }])).toThrow('x has 3 values and y has 2 in group 1');
    expect(() => repeatedMeasuresCorrelation([{ x: [1, NaN], y: [1, 2] }])).toThrow('x[1] in group 0 is not a finite number (NaN)');
    expect(() => repeatedMeasuresCorrelation([{ x: [1, NaN], y: [1, 2] }])).toThrow(DomainError);
  });
});

describe('minimums (PRODUCT.md: 10 units between, 30 unit-months within)', () => {
  it('withholds results below them, keeping the counts', () => {
    expect(MIN_UNITS_BETWEEN).toBe(10);
    expect(MIN_UNIT_MONTHS_WITHIN).toBe(30);
    const nine = applyMinimum(pearson([1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 1, 4, 3, 6, 5, 8, 7, 9]));
    expect(nine).toMatchObject({ r: null, p: null, ciLow: null, n: 9, df: 7, reason: 'below-minimum' });
    expect(applyMinimum(pearson(ANSCOMBE[0].x, ANSCOMBE[0].y)).r).toBeCloseTo(0.8164, 4);
    const rm = repeatedMeasuresCorrelation(BLAND_1995.map((s) => ({ x: s.paco2, y: s.ph })));
    expect(applyMinimum(rm)).toBe(rm); // 47 unit-months
    const few = repeatedMeasuresCorrelation(BLAND_1995.slice(0, 4).map((s) => ({ x: s.paco2, y: s.ph }))); // 22
    expect(applyMinimum(few)).toMatchObject({ r: null, n: 22, groups: 4, reason: 'below-minimum' });
  });
});

describe('describeCorrelation', () => {
  const rm = (r: number, p: number, ciLow: number, ciHigh: number): Correlation => ({
    method: 'repeated-measures', r, n: 168, groups: 14, droppedGroups: 0, df: 153, t: 0, p, ciLow, ciHigh, reason: null,
  });

  it('formats p', () => {
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.0043)).toBe('p = 0.004');
    expect(formatP(0.031)).toBe('p = 0.03');
    expect(formatP(0.0496)).toBe('p = 0.050');
    expect(formatP(0.41)).toBe('p = 0.41');
    expect(formatP(0.999)).toBe('p > 0.99');
    expect(() => formatP(NaN)).toThrow(DomainError);
  });

  it('words a clear positive within-unit relation', () => {
    const d = describeCorrelation(rm(0.41, 0.00002, 0.27, 0.53), { months: 12, lagMonths: 2 });
    expect(d.text).toBe("Across 14 units, over 12 months, a unit's customer NPS tended to rise two months after its eNPS rose: r_rm = 0.41, 95% CI 0.27–0.53, p < 0.001");
    expect(d).toMatchObject({ clear: true, direction: 'positive', symbol: 'r_rm', pText: 'p < 0.001', units: 14, months: 12, lagMonths: 2 });
  });

  it('words a negative relation and the same month', () => {
    const d = describeCorrelation(rm(-0.3, 0.03, -0.45, -0.15), { lagMonths: 0, customerMeasure: 'CSAT' });
    expect(d.text).toBe("Across 14 units, a unit's CSAT tended to fall in months when its eNPS rose: r_rm = −0.30, 95% CI −0.45 to −0.15, p = 0.03");
    expect(d.direction).toBe('negative');
  });

  it('says "no clear relation" when p ≥ 0.05', () => {
    const d = describeCorrelation(rm(0.08, 0.32, -0.08, 0.23), { months: 12, lagMonths: 1 });
    expect(d.text).toBe("Across 14 units, over 12 months, no clear relation between a unit's eNPS and its customer NPS one month later: r_rm = 0.08, 95% CI −0.08 to 0.23, p = 0.32");
    expect(d).toMatchObject({ clear: false, direction: 'none' });
  });

  it('words the between-unit view', () => {
    const set = ANSCOMBE[0];
    const d = describeCorrelation(spearman(set.x, set.y), { months: 6, lagMonths: 3 });
    expect(d.text).toMatch(/^Across 11 units, over 6 months, units with a higher eNPS tended to have a higher customer NPS three months later: ρ = 0\.\d\d, 95% CI /);
    expect(d.units).toBe(11);
  });

  it('explains a missing result', () => {
    const below = applyMinimum(pearson([1, 2, 3, 4], [2, 1, 4, 3]));
    expect(describeCorrelation(below).text).toBe('Not enough data to relate eNPS and customer NPS: 4 units, at least 10 units are needed.');
    expect(describeCorrelation(pearson([1, 1, 1], [1, 2, 3])).text).toMatch(/did not change across units/);
    expect(describeCorrelation(repeatedMeasuresCorrelation([])).text).toBe('Not enough data to relate eNPS and customer NPS: 0 unit-months from 0 units.');
  });
});
