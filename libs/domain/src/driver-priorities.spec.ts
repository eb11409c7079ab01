import {
  driverAverage,
  driverLabel,
  driverLevel,
  isRelated,
  labelDrivers,
  PRIORITY_MIN_PAIRS,
  relationToEnps,
} from './driver-priorities';
import { pearsonFromSums } from './correlation';
import { scaleMean } from './scale-mean';

// 24 answers: 0–10 scores and 1–5 driver answers. Independent (scipy.stats.pearsonr, numpy, norm.ppf(0.975)):
//   strong: r = 0.6554508748317631, 95% CI tanh(atanh r ± 1.959964/√21) = 0.34265425485584045 to 0.8374264092037126
//   weak:   r = 0.22960092082433015, 95% CI −0.19153589232008844 to 0.5793390952606647
const STRONG = { n: 24, sumX: 158, sumY: 71, sumXX: 1164, sumYY: 241, sumXY: 508 };
const WEAK = { n: 24, sumX: 158, sumY: 70, sumXX: 1164, sumYY: 220, sumXY: 471 };

describe('relationToEnps', () => {
  it('is Pearson r of the score and the driver answer with its Fisher-z interval', () => {
    const strong = relationToEnps(STRONG);
    expect(strong.r).toBeCloseTo(0.6554508748317631, 12);
    expect(strong.ciLow).toBeCloseTo(0.34265425485584045, 12);
    expect(strong.ciHigh).toBeCloseTo(0.8374264092037126, 12);
    const weak = relationToEnps(WEAK);
    expect(weak.r).toBeCloseTo(0.22960092082433015, 12);
    expect(weak.ciLow).toBeCloseTo(-0.19153589232008844, 12);
  });

  it(`is withheld below ${PRIORITY_MIN_PAIRS} answers, keeping n`, () => {
    // Sums of 19 pairs with r = 1444/√(3610·722) ≈ 0.89 (by hand): r exists but must not be shown.
    const sums = { n: 19, sumX: 95, sumY: 57, sumXX: 665, sumYY: 209, sumXY: 361 };
    expect(pearsonFromSums(sums).r).not.toBeNull();
    expect(relationToEnps(sums)).toMatchObject({ n: 19, r: null, ciLow: null, ciHigh: null, p: null, reason: 'below-minimum' });
  });
});

describe('isRelated: r ≥ 0.3 and the lower end of its interval above 0.1', () => {
  const relation = (r: number, ciLow: number) => ({ ...relationToEnps(STRONG), r, ciLow });

  it('needs both', () => {
    expect(isRelated(relationToEnps(STRONG))).toBe(true);
    expect(isRelated(relationToEnps(WEAK))).toBe(false);
    // Thousands of answers: a clear but small r (interval 0.12–0.20) is not "strongly related".
    expect(isRelated(relation(0.16, 0.12))).toBe(false);
    // A large r whose interval still reaches down to 0.1: not clear enough.
    expect(isRelated(relation(0.45, 0.1))).toBe(false);
    expect(isRelated(relation(0.3, 0.1001))).toBe(true);
  });

  it('is unknown without r', () => {
    expect(isRelated(relationToEnps({ ...STRONG, n: 10 }))).toBeNull();
  });
});

describe('low and high against the mean over drivers', () => {
  it('averages the shown drivers plainly, from 3 of them', () => {
    expect(driverAverage([3, 4, null, 3.5])).toBe(3.5);
    expect(driverAverage([3, 4, null, null])).toBeNull();
  });

  it('calls a driver low or high only when its whole interval lies on one side', () => {
    // 30 answers, mean 2.6; s² = (230 − 30·2.6²)/29 = 0.937931, half-width qt(0.975, 29)·√(s²/30)
    // = 2.045230·0.176817 = 0.361632 (scipy.stats.t.ppf): interval 2.238368 to 2.961632.
    const low = scaleMean(30, 78, 230);
    expect(low.ciHigh).toBeCloseTo(2.961632, 6);
    expect(driverLevel(low, 3.0)).toBe('low');
    expect(driverLevel(low, 2.95)).toBe('middle');
    expect(driverLevel(low, 2.2)).toBe('high');
    expect(driverLevel(low, null)).toBeNull();
    expect(driverLevel(scaleMean(1, 4, 16), 3)).toBeNull();
  });

  it('labels priority (low, related) and strength (high, related), nothing otherwise', () => {
    expect(driverLabel('low', true)).toBe('priority');
    expect(driverLabel('high', true)).toBe('strength');
    expect(driverLabel('middle', true)).toBeNull();
    expect(driverLabel('low', false)).toBeNull();
    expect(driverLabel('low', null)).toBeNull();
  });
});

describe('labelDrivers', () => {
  it('labels each driver of a unit against the average of those shown, and nothing for a withheld one', () => {
    const { average, verdicts } = labelDrivers([
      { key: 'recognition', mean: scaleMean(30, 78, 230), relation: relationToEnps(STRONG) }, // 2.6 [2.24, 2.96]
      { key: 'growth', mean: scaleMean(30, 120, 500), relation: relationToEnps(STRONG) }, // 4.0, s² = (500 − 480)/29
      { key: 'wellbeing', mean: scaleMean(30, 105, 385), relation: relationToEnps(WEAK) }, // 3.5
      { key: 'role_clarity', mean: null, relation: null },
    ]);
    expect(average).toBeCloseTo((2.6 + 4 + 3.5) / 3, 12);
    expect(verdicts).toEqual([
      { key: 'recognition', level: 'low', related: true, label: 'priority' },
      { key: 'growth', level: 'high', related: true, label: 'strength' },
      { key: 'wellbeing', level: 'middle', related: false, label: null },
      { key: 'role_clarity', level: null, related: null, label: null },
    ]);
  });
});
