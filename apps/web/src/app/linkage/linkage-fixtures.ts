import { AnalyticsLinkage, CorrelationResult, LinkageCell, LinkageCorrelation, LinkageUnit } from '@ex-pulse/contracts';

/** Test data for the linkage page, in the shape of GET /api/cx/linkage. */

export const UNIT = {
  support: '11111111-1111-4111-8111-111111111111',
  sales: '22222222-2222-4222-8222-222222222222',
  finance: '33333333-3333-4333-8333-333333333333',
  warehouse: '44444444-4444-4444-8444-444444444444',
  legal: '55555555-5555-4555-8555-555555555555',
} as const;

export function linkageCell(month: string, overrides: Partial<LinkageCell> = {}): LinkageCell {
  return {
    month, enps: 20, enpsN: 12, employeeWithheld: null, internalCsat: null, internalCsatN: null, customer: 30, customerN: 80,
    ...overrides,
  };
}

const withheldCell = (month: string, overrides: Partial<LinkageCell> = {}): LinkageCell =>
  linkageCell(month, { enps: null, enpsN: null, employeeWithheld: 'too_few', ...overrides });

export function linkageUnit(key: string, label: string, overrides: Partial<LinkageUnit> = {}): LinkageUnit {
  return {
    key, label, ex: 20, cx: 30, n: 36, pairedMonths: 3, quadrant: 'high_ex_high_cx',
    months: ['2026-01', '2026-02', '2026-03'].map((m) => linkageCell(m)),
    ...overrides,
  };
}

export function result(r: number, ciLow: number, ciHigh: number, p: number, df: number): CorrelationResult {
  return { r, ciLow, ciHigh, p, df };
}

export function shownCorrelation(lag: number, overrides: Partial<LinkageCorrelation> = {}): LinkageCorrelation {
  return {
    lag,
    between: {
      units: 12,
      pearson: result(0.62, 0.05, 0.89, 0.031, 10),
      spearman: result(0.55, -0.04, 0.86, 0.064, 10),
      withheld: null,
      sentence: 'Across 12 units, over 3 months, units with a higher eNPS tended to have a higher customer NPS in the same month: r = 0.62, 95% CI 0.05–0.89, p = 0.03',
    },
    within: {
      units: 12,
      observations: 36,
      repeatedMeasures: result(0.41, 0.12, 0.64, 0.0004, 23),
      withheld: null,
      sentence: "Across 12 units, over 3 months, a unit's customer NPS tended to rise in months when its eNPS rose: r_rm = 0.41, 95% CI 0.12–0.64, p < 0.001",
    },
    ...overrides,
  };
}

export function withheldCorrelation(lag: number, units = 8, observations = 24): LinkageCorrelation {
  return {
    lag,
    between: {
      units, pearson: null, spearman: null, sentence: null,
      withheld: `Not enough data to relate eNPS and customer NPS: ${units} units, at least 10 units are needed.`,
    },
    within: {
      units, observations, repeatedMeasures: null, sentence: null,
      withheld: `Not enough data to relate eNPS and customer NPS: ${observations} unit-months, at least 30 unit-months are needed.`,
    },
  };
}

/**
 * The page's answer (no include=months): every unit's `months` null. Otherwise as linkageMonthsFixture.
 */
export function linkageFixture(overrides: Partial<AnalyticsLinkage> = {}): AnalyticsLinkage {
  const full = linkageMonthsFixture(overrides);
  return { ...full, units: full.units.map((u) => ({ ...u, months: null })) };
}

/**
 * The answer to include=months. Three months, NPS, the same month: one unit in each quadrant (split at eNPS +20, NPS +30), Legal
 * withheld every month (so not placed), Support withheld in February, Finance an internal provider.
 * Correlations: lag 0 shown, lag 1 withheld, lag 2 shown without a clear relation, lag 3 withheld.
 */
export function linkageMonthsFixture(overrides: Partial<AnalyticsLinkage> = {}): AnalyticsLinkage {
  return {
    from: '2026-01', to: '2026-03', metric: 'nps', lag: 0, k: 5, exSplit: 20, cxSplit: 30,
    units: [
      linkageUnit(UNIT.finance, 'Finance', {
        ex: 5, cx: 35, n: 30, quadrant: 'low_ex_high_cx',
        months: [
          linkageCell('2026-01', { enps: 4, customer: 34, internalCsat: 84, internalCsatN: 25 }),
          linkageCell('2026-02', { enps: 6, customer: 36, internalCsat: 79.5, internalCsatN: 22 }),
          linkageCell('2026-03', { enps: 5, customer: 35 }),
        ],
      }),
      linkageUnit(UNIT.legal, 'Legal', {
        ex: null, cx: null, n: 0, pairedMonths: 0, quadrant: null,
        months: ['2026-01', '2026-02', '2026-03'].map((m) => withheldCell(m, { customer: 22 })),
      }),
      linkageUnit(UNIT.sales, 'Sales', { ex: 25, cx: 12, n: 48, quadrant: 'high_ex_low_cx' }),
      linkageUnit(UNIT.support, 'Support', {
        ex: 32, cx: 41, n: 60, pairedMonths: 2, quadrant: 'high_ex_high_cx',
        months: [
          linkageCell('2026-01', { enps: 30, customer: 40 }),
          withheldCell('2026-02', { customer: 38, employeeWithheld: 'subtraction' }),
          linkageCell('2026-03', { enps: 34, customer: 42 }),
        ],
      }),
      linkageUnit(UNIT.warehouse, 'Warehouse', { ex: -8, cx: 10, n: 24, quadrant: 'low_ex_low_cx' }),
    ],
    correlations: [
      shownCorrelation(0),
      withheldCorrelation(1),
      shownCorrelation(2, {
        between: {
          units: 11, pearson: result(0.1, -0.5, 0.63, 0.74, 9), spearman: result(0.08, -0.52, 0.62, 0.81, 9), withheld: null,
          sentence: "Across 11 units, over 3 months, no clear relation between units' eNPS and their customer NPS two months later: r = 0.10, 95% CI −0.50 to 0.63, p = 0.74",
        },
        within: {
          units: 11, observations: 33, repeatedMeasures: result(-0.45, -0.68, -0.13, 0.009, 21), withheld: null,
          sentence: "Across 11 units, over 3 months, a unit's customer NPS tended to fall two months after its eNPS rose: r_rm = −0.45, 95% CI −0.68 to −0.13, p = 0.009",
        },
      }),
      withheldCorrelation(3, 6, 14),
    ],
    ...overrides,
  };
}
