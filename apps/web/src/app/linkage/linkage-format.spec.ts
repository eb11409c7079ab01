import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { CustomerMetricKind, LinkageCorrelation } from '@ex-pulse/contracts';
import { Correlation, describeCorrelation, formatP } from '@ex-pulse/domain';
import { translocoTesting } from '../core/testing/transloco-testing';
import { averageValue, correlationSentence, customerValue, decimal, pText } from './linkage-format';
import { result } from './linkage-fixtures';

const MEASURE: Record<CustomerMetricKind, string> = {
  nps: 'customer NPS', csat: 'customer satisfaction (CSAT)', ces: 'customer effort (CES)', cx_index: 'CX index',
};

describe('linkage wording', () => {
  let t: (key: string, params?: Record<string, unknown>) => string;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')] });
    const transloco = TestBed.inject(TranslocoService);
    t = (key, params) => transloco.translate(key, params, 'en');
  });

  function domain(method: Correlation['method'], r: number, ciLow: number, ciHigh: number, p: number, n: number, groups: number | null): Correlation {
    return { method, r, n, groups, droppedGroups: groups === null ? null : 0, df: n - 2, t: 1, p, ciLow, ciHigh, reason: null };
  }

  const cases: [string, number, number, number, number, number, CustomerMetricKind][] = [
    ['clear rise, same month', 0.41, 0.27, 0.53, 0.0002, 0, 'nps'],
    ['clear fall, three months later', -0.52, -0.71, -0.24, 0.012, 3, 'csat'],
    ['no clear relation, one month later', 0.12, -0.2, 0.41, 0.47, 1, 'ces'],
    ['p on the edge of 0.05', 0.3, 0.01, 0.55, 0.0499, 2, 'cx_index'],
  ];

  it.each(cases)('writes the English line as the domain does: %s', (_, r, low, high, p, lag, metric) => {
    const between = domain('pearson', r, low, high, p, 14, null);
    const within = domain('repeated-measures', r, low, high, p, 120, 14);
    const c: LinkageCorrelation = {
      lag,
      between: { units: 14, pearson: result(r, low, high, p, 12), spearman: result(r, low, high, p, 12), withheld: null, sentence: null },
      within: { units: 14, observations: 120, repeatedMeasures: result(r, low, high, p, 105), withheld: null, sentence: null },
    };
    const context = { months: 12, lagMonths: lag, employeeMeasure: 'eNPS', customerMeasure: MEASURE[metric] };
    expect(correlationSentence(c, 'between', metric, 12, 'en', t)).toBe(describeCorrelation(between, context).text);
    expect(correlationSentence(c, 'within', metric, 12, 'en', t)).toBe(describeCorrelation(within, context).text);
  });

  it('formats p as the domain does, with the language’s decimal mark', () => {
    for (const p of [0.00002, 0.004, 0.0461, 0.03, 0.5, 0.995]) expect(pText(p, 'en')).toBe(formatP(p));
    expect(pText(0.00002, 'et')).toBe('p < 0,001');
    expect(pText(0.031, 'et')).toBe('p = 0,03');
  });

  it('writes numbers with a real minus sign and customer scores on their own scales', () => {
    expect(decimal(-0.123, 2, 'en')).toBe('\u22120.12');
    expect(decimal(-0.123, 2, 'et')).toBe('\u22120,12');
    expect(decimal(-0.001, 2, 'en')).toBe('0.00');
    expect(customerValue(31.6, 'nps', 'en')).toBe('+32');
    expect(customerValue(-4, 'cx_index', 'en')).toBe('\u22124');
    expect(customerValue(83.6, 'csat', 'en')).toBe('84%');
    expect(customerValue(5.44, 'ces', 'et')).toBe('5,4');
    expect(averageValue(-0.5, 'enps', 'en')).toBe('\u22120.5');
    expect(averageValue(0.04, 'enps', 'en')).toBe('0.0');
    expect(averageValue(15.9, 'enps', 'et')).toBe('+15,9');
    expect(averageValue(82.44, 'csat', 'en')).toBe('82.4%');
  });
});
