import {
  applyMinimum, Correlation, describeCorrelation, pearson, repeatedMeasuresCorrelation, spearman,
} from '@ex-pulse/domain';
import type { CorrelationResult, CustomerMetricKind, LinkageCorrelation } from '@ex-pulse/contracts';

/** One unit's paired months: its eNPS (ex) and its customer score `lag` months later (cx), month by month. */
export interface UnitPairs {
  ex: number[];
  cx: number[];
}

const CUSTOMER_MEASURE: Record<CustomerMetricKind, string> = {
  nps: 'customer NPS',
  csat: 'customer satisfaction (CSAT)',
  ces: 'customer effort (CES)',
  cx_index: 'CX index',
};

/**
 * The two honest views of PRODUCT.md at one lag: between units (each unit's averages over its
 * paired months; Pearson and Spearman across units) and within units (the repeated-measures
 * correlation over unit-months). Nothing below the minimums is shown.
 */
export function correlationsAtLag(paired: UnitPairs[], lag: number, metric: CustomerMetricKind, months: number): LinkageCorrelation {
  const units = paired.filter((u) => u.ex.length > 0);
  const ex = units.map((u) => mean(u.ex));
  const cx = units.map((u) => mean(u.cx));
  const context = { months, lagMonths: lag, employeeMeasure: 'eNPS', customerMeasure: CUSTOMER_MEASURE[metric] };

  const r = applyMinimum(pearson(ex, cx));
  const rho = applyMinimum(spearman(ex, cx));
  const rm = applyMinimum(repeatedMeasuresCorrelation(units.map((u) => ({ x: u.ex, y: u.cx }))));
  return {
    lag,
    between: {
      units: units.length,
      pearson: view(r),
      spearman: view(rho),
      withheld: r.r === null ? describeCorrelation(r, context).text : null,
      sentence: r.r === null ? null : describeCorrelation(r, context).text,
    },
    within: {
      units: rm.groups ?? units.length,
      observations: rm.n,
      repeatedMeasures: view(rm),
      withheld: rm.r === null ? describeCorrelation(rm, context).text : null,
      sentence: rm.r === null ? null : describeCorrelation(rm, context).text,
    },
  };
}

function view(c: Correlation): CorrelationResult | null {
  if (c.r === null || c.p === null || c.df === null || c.ciLow === null || c.ciHigh === null) return null;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { r: r3(c.r), ciLow: r3(c.ciLow), ciHigh: r3(c.ciHigh), p: c.p, df: c.df };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
