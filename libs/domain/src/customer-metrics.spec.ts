import { CustomerMetricInput, validateCustomerMetric } from './customer-metrics';

const TODAY = '2026-06-15';
const check = (input: CustomerMetricInput, row?: number) => validateCustomerMetric(input, { today: TODAY, row });
const problems = (input: CustomerMetricInput, row?: number) => check(input, row).problems;

const NPS: CustomerMetricInput = { month: '2026-05', metric: 'nps', n: 100, promoters: 50, passives: 30, detractors: 20 };

describe('validateCustomerMetric: values', () => {
  it('nps: 100·(P − D)/n, with n from the counts when left out', () => {
    expect(check(NPS).row).toEqual({
      month: '2026-05-01', metric: 'nps', criterion: '', n: 100, promoters: 50, passives: 30, detractors: 20,
      csatCounts: null, shareTop: null, shareBottom: null, mean: null, value: 30,
    });
    expect(check({ ...NPS, n: undefined, promoters: 1, passives: 1, detractors: 1 }).row).toMatchObject({ n: 3, value: 0 });
    expect(check({ ...NPS, n: 7, promoters: 0, passives: 0, detractors: 7 }).row?.value).toBe(-100);
  });

  it('csat from counts: share of 4–5 as a percentage, and the mean', () => {
    const { row } = check({ month: '2026-06', metric: 'csat', csatCounts: [1, 2, 3, 4, 10] });
    expect(row).toMatchObject({ metric: 'csat', n: 20, csatCounts: [1, 2, 3, 4, 10], shareTop: 0.7, value: 70 });
    expect(row?.mean).toBeCloseTo((1 + 4 + 9 + 16 + 50) / 20, 10);
  });

  it('csat from a share with n', () => {
    expect(check({ month: '2026-01', metric: 'CSAT', n: 40, csatShare: 0.825 }).row).toMatchObject({
      metric: 'csat', n: 40, csatCounts: null, shareTop: 0.825, mean: null, value: 82.5,
    });
  });

  it('csat with counts and a matching share is accepted', () => {
    expect(check({ month: '2026-01', metric: 'csat', csatCounts: [0, 0, 1, 1, 1], csatShare: 0.6667 }).problems).toEqual([]);
  });

  it('ces: the mean', () => {
    expect(check({ month: '2025-12', metric: 'ces', n: 12, cesMean: 5.25 }).row).toMatchObject({ n: 12, mean: 5.25, value: 5.25 });
  });

  it('cx_index: 100·(top − bottom) per criterion', () => {
    expect(check({ month: '2026-06', metric: 'cx_index', criterion: ' ease ', n: 80, shareTop: 0.6, shareBottom: 0.15 }).row).toMatchObject({
      criterion: 'ease', shareTop: 0.6, shareBottom: 0.15,
    });
    expect(check({ month: '2026-06', metric: 'cx_index', criterion: 'ease', n: 80, shareTop: 0.6, shareBottom: 0.15 }).row?.value)
      .toBeCloseTo(45, 10);
  });
});

describe('validateCustomerMetric: problems', () => {
  it.each<[string, CustomerMetricInput, string[]]>([
    ['counts that do not add up', { ...NPS, promoters: 51 }, ['promoters + passives + detractors (101) must equal n (100).']],
    ['a future month', { ...NPS, month: '2026-07' }, ['month 2026-07 is in the future.']],
    ['a month in another form', { ...NPS, month: '2026-13' }, ['month "2026-13" is not a month in the form YYYY-MM.']],
    ['a missing month', { ...NPS, month: '' }, ['month is missing; give the month in the form YYYY-MM.']],
    ['an unknown metric', { ...NPS, metric: 'nsp' }, ['Unknown metric "nsp"; use one of nps, csat, ces, cx_index.']],
    ['a negative count', { ...NPS, detractors: -20, promoters: 90 }, ['detractors -20 is negative; counts are 0 or more.']],
    ['a fractional count', { ...NPS, n: 100.5 }, ['n 100.5 must be a whole number.']],
    ['a cell that is not a number', { month: '2026-01', metric: 'ces', n: NaN, cesMean: 3 }, ['n is not a number.']],
    ['n of 0', { month: '2026-01', metric: 'ces', n: 0, cesMean: 3 }, ['n is 0; a row needs at least one answer behind it.']],
    ['a missing nps count', { ...NPS, passives: null }, ['passives is missing; a nps row needs it.']],
    ['CES outside 1–7', { month: '2026-01', metric: 'ces', n: 10, cesMean: 8.2 }, ['CES mean 8.2 is outside 1–7.']],
    ['CES without n', { month: '2026-01', metric: 'ces', cesMean: 3 }, ['n is missing; ces_mean needs the number of answers behind it.']],
    ['CSAT share above 1', { month: '2026-01', metric: 'csat', n: 10, csatShare: 1.2 }, ['csat_share 1.2 must be between 0 and 1.']],
    ['CSAT counts not adding up', { month: '2026-01', metric: 'csat', n: 10, csatCounts: [1, 1, 1, 1, 1] },
      ['csat_1 + … + csat_5 (5) must equal n (10).']],
    ['CSAT counts incomplete', { month: '2026-01', metric: 'csat', csatCounts: [1, null, 1, 1, 1] },
      ['csat_2 is missing; a csat with counts row needs it.']],
    ['CSAT with neither', { month: '2026-01', metric: 'csat', n: 10 },
      ['A csat row needs the counts csat_1 … csat_5, or csat_share (the share of 4–5, 0–1) with n.']],
    ['CSAT share against the counts', { month: '2026-01', metric: 'csat', csatCounts: [0, 0, 0, 1, 1], csatShare: 0.5 },
      ['csat_share 0.5 does not match the counts, whose share of 4–5 is 1; give one or the other.']],
    ['share_top above 1', { month: '2026-01', metric: 'cx_index', criterion: 'ease', n: 10, shareTop: 1.2, shareBottom: 0 },
      ['share_top 1.2 must be between 0 and 1.']],
    ['shares over 1 together', { month: '2026-01', metric: 'cx_index', criterion: 'ease', n: 10, shareTop: 0.7, shareBottom: 0.4 },
      ['share_top + share_bottom (1.1) must not exceed 1.']],
    ['cx_index without a criterion', { month: '2026-01', metric: 'cx_index', n: 10, shareTop: 0.5, shareBottom: 0.1 },
      ['criterion is missing; a cx_index row names its criterion (e.g. ease).']],
    ['a criterion on nps', { ...NPS, criterion: 'ease' }, ['criterion "ease" is only for cx_index rows; leave it empty for nps.']],
    ['fields of another metric', { ...NPS, cesMean: 3, shareTop: 0.2 }, ['ces_mean, share_top do not belong to a nps row; leave them empty.']],
  ])('%s', (_label, input, expected) => {
    const result = check(input);
    expect(result.problems).toEqual(expected);
    expect(result.row).toBeNull();
  });

  it('names the row when asked', () => {
    expect(problems({ ...NPS, promoters: 51 }, 7)).toEqual(['Row 7: promoters + passives + detractors (101) must equal n (100).']);
  });

  it('lists every problem of a row at once', () => {
    expect(problems({ month: '2027-01', metric: 'ces', n: -1, cesMean: 0 })).toEqual([
      'month 2027-01 is in the future.',
      'n -1 is negative; counts are 0 or more.',
      'CES mean 0 is outside 1–7.',
    ]);
  });

  it('accepts the current month and the boundaries of each scale', () => {
    expect(problems({ month: '2026-06', metric: 'ces', n: 1, cesMean: 7 })).toEqual([]);
    expect(problems({ month: '2026-06', metric: 'ces', n: 1, cesMean: 1 })).toEqual([]);
    expect(problems({ month: '2026-06', metric: 'csat', n: 1, csatShare: 0 })).toEqual([]);
    expect(problems({ month: '2026-06', metric: 'cx_index', criterion: 'x', n: 1, shareTop: 1, shareBottom: 0 })).toEqual([]);
  });
});
