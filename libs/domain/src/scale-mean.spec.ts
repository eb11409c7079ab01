import { scaleMean, tQuantile975 } from './scale-mean';

describe('scaleMean: 1–5 agreement with a t interval', () => {
  // Student t 0.975 quantiles from standard tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
  it.each([[3, 3.182], [4, 2.776], [9, 2.262], [29, 2.045], [120, 1.98]])('t(0.975, %i) ≈ %f', (df, expected) => {
    expect(tQuantile975(df)).toBeCloseTo(expected, 2);
  });

  it('gives the mean and interval of known answers', () => {
    // Answers 2, 4, 4, 5, 5: mean 4, sample sd √1.5, half-width 2.776·√1.5/√5 = 1.5207 (computed by hand).
    const answers = [2, 4, 4, 5, 5];
    const m = scaleMean(answers.length, answers.reduce((a, b) => a + b, 0), answers.reduce((a, b) => a + b * b, 0));
    expect(m.mean).toBe(4);
    expect(m.ciLow).toBeCloseTo(4 - 1.5207, 3);
    expect(m.ciHigh).toBe(5); // clamped to the scale
  });

  it('has no interval without spread to estimate, and no mean without answers', () => {
    expect(scaleMean(0, 0, 0)).toEqual({ n: 0, mean: null, ciLow: null, ciHigh: null });
    expect(scaleMean(1, 3, 9)).toEqual({ n: 1, mean: 3, ciLow: null, ciHigh: null });
    expect(() => scaleMean(-1, 0, 0)).toThrow(/whole number/);
  });
});
