import { scaleMean } from './scale-mean';
import { normalQuantile, studentTQuantile, Z_95 } from './student-t';

describe('the one t quantile and the one z of every 95% interval', () => {
  // R 4.x: qt(0.975, df) (printed with options(digits = 10)); the same from python3 scipy.stats.t.ppf(0.975, df).
  // The 3-decimal table these intervals used before was off by up to 0.0005 (e.g. df = 5: 2.571).
  it.each([
    [1, 12.706204736],
    [2, 4.30265273],
    [5, 2.570581836],
    [10, 2.228138852],
    [29, 2.045229642],
    [30, 2.042272456],
    [31, 2.039513446],
    [100, 1.983971519],
  ])('qt(0.975, %i) = %f', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 8);
  });

  it('z is Φ⁻¹(0.975) = qnorm(0.975) = 1.959963984540054 to the last digit', () => {
    expect(Z_95).toBe(1.959963984540054);
    expect(Math.abs(normalQuantile(0.975) - Z_95)).toBeLessThan(1e-15);
  });
});

describe('scaleMean: 1–5 agreement with a t interval', () => {
  it('gives the mean and interval of known answers', () => {
    // Answers 2, 4, 4, 5, 5: mean 4, sample sd √1.5, half-width qt(0.975, 4)·√1.5/√5 = 2.776445105·0.5477226 = 1.5207216
    // (python3: scipy.stats.t.ppf(0.975, 4) * math.sqrt(1.5) / math.sqrt(5) = 1.5207216137916353).
    const answers = [2, 4, 4, 5, 5];
    const m = scaleMean(answers.length, answers.reduce((a, b) => a + b, 0), answers.reduce((a, b) => a + b * b, 0));
    expect(m.mean).toBe(4);
    expect(m.ciLow).toBeCloseTo(2.4792783862083647, 9);
    expect(m.ciHigh).toBe(5); // clamped to the scale
  });

  it('has no interval without spread to estimate, and no mean without answers', () => {
    expect(scaleMean(0, 0, 0)).toEqual({ n: 0, mean: null, ciLow: null, ciHigh: null });
    expect(scaleMean(1, 3, 9)).toEqual({ n: 1, mean: 3, ciLow: null, ciHigh: null });
    expect(() => scaleMean(-1, 0, 0)).toThrow(/whole number/);
  });
});
