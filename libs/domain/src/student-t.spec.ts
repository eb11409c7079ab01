import {
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './student-t';

describe('logGamma', () => {
  // Exact values: Γ(n) = (n − 1)!, Γ(½) = √π, Γ(3/2) = √π / 2.
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [11, Math.log(3628800)],
    [0.5, 0.5 * Math.log(Math.PI)],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
  ])('log Γ(%f) = %f', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });
});

describe('regularizedIncompleteBeta', () => {
  // Closed forms: I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_½(a, a) = ½ by symmetry.
  it('matches closed forms', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.7 ** 3, 14);
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 14);
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('refuses arguments outside its domain', () => {
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(/between 0 and 1/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/above 0/);
  });
});

describe('Student t distribution', () => {
  // Two-sided 5% critical values from standard t tables (NIST/SEMATECH e-Handbook 1.3.6.7.2).
  it.each([
    [12.706, 1],
    [4.303, 2],
    [2.571, 5],
    [2.228, 10],
    [2.101, 18],
    [2.042, 30],
    [1.98, 120],
  ])('t = %f with %i df gives two-sided p ≈ 0.05', (t, df) => {
    expect(studentTTwoSidedP(t, df)).toBeCloseTo(0.05, 3);
  });

  it('tends to the normal for very many degrees of freedom', () => {
    // Normal tables: P(|Z| > 1.96) = 0.0499958 (Python: math.erfc(1.96/√2)); with 1e6 df the Simpson
    // integration described below gives 0.0499961.
    expect(studentTTwoSidedP(1.96, 1e6)).toBeCloseTo(0.049996, 5);
    expect(studentTTwoSidedP(1.96, 1e9)).toBeCloseTo(0.0499958, 6);
    expect(studentTTwoSidedP(1.96, Infinity)).toBeCloseTo(0.0499958, 6);
  });

  it('matches the exact Cauchy (1 df) and 2 df distribution functions', () => {
    // 1 df: F(t) = ½ + atan(t)/π. 2 df: F(t) = ½ + t / (2√(2 + t²)). (Johnson, Kotz & Balakrishnan, ch. 28.)
    for (const t of [-30, -2.5, -0.3, 0, 0.7, 1, 4, 50]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 12);
  });

  it('handles non-integer degrees of freedom', () => {
    // Independent reference: p = 1 − 2·∫₀^|t| f(u) du, Simpson's rule with 200 000 steps in pure Python 3,
    // f(u) = exp(lgamma((ν+1)/2) − lgamma(ν/2) − ½·log(νπ) − (ν+1)/2·log1p(u²/ν)) with math.lgamma (not this code).
    expect(studentTTwoSidedP(1.5, 2.5)).toBeCloseTo(0.24783645, 7);
    expect(studentTTwoSidedP(3.0, 0.5)).toBeCloseTo(0.36730816, 7);
    expect(studentTTwoSidedP(-2.0, 7.3)).toBeCloseTo(0.08394104, 7);
  });

  it('gives the p-value of a known correlation', () => {
    // r = 0.5, n = 20: t = 0.5·√18/√0.75 = 2.44949; two-sided p = 0.0247696 (the Simpson integration above;
    // tables: t(0.975, 18) = 2.101 < 2.449 < t(0.99, 18) = 2.552, so 0.02 < p < 0.05).
    const t = 0.5 * Math.sqrt(18 / 0.75);
    expect(studentTTwoSidedP(t, 18)).toBeCloseTo(0.0247696, 6);
  });

  it('is symmetric, with limits 0 and 1', () => {
    expect(studentTCdf(0, 3.3)).toBe(0.5);
    expect(studentTCdf(-1.7, 6) + studentTCdf(1.7, 6)).toBeCloseTo(1, 14);
    expect(studentTCdf(Infinity, 4)).toBe(1);
    expect(studentTCdf(-Infinity, 4)).toBe(0);
    expect(studentTTwoSidedP(0, 4)).toBe(1);
  });

  it('refuses NaN and degrees of freedom that are not above 0', () => {
    expect(() => studentTCdf(NaN, 3)).toThrow(/NaN/);
    expect(() => studentTTwoSidedP(1, 0)).toThrow(/Degrees of freedom/);
    expect(() => studentTTwoSidedP(1, NaN)).toThrow(/Degrees of freedom/);
  });
});

describe('quantiles', () => {
  // Standard normal table: Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.995) = 2.575829, Φ⁻¹(0.5) = 0.
  it('inverts the normal distribution', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 8);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 9);
  });

  // t tables (NIST/SEMATECH e-Handbook 1.3.6.7.2): t(0.975, df) and t(0.995, df).
  it.each([
    [0.975, 1, 12.706],
    [0.975, 3, 3.182],
    [0.975, 10, 2.228],
    [0.975, 29, 2.045],
    [0.975, 120, 1.98],
    [0.995, 5, 4.032],
    [0.995, 60, 2.66],
    [0.025, 10, -2.228],
  ])('t(%f, %f) ≈ %f', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
  });

  it('is the inverse of the distribution function, also for non-integer df', () => {
    for (const [p, df] of [[0.9, 2.5], [0.975, 0.7], [0.999, 4], [0.6, 1e8]]) {
      expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 11);
    }
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/strictly between 0 and 1/);
    expect(() => normalQuantile(0)).toThrow(/strictly between 0 and 1/);
  });
});
