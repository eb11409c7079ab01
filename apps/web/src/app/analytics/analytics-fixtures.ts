import {
  AnalyticsAlerts, AnalyticsComments, AnalyticsFilterOptions, AnalyticsHeatmap, AnalyticsOverview, AnalyticsPhaseReport, AnalyticsPriorities,
  AnalyticsScope, AnalyticsTrend, AnalyticsUnits, CommentView, DriverPriority, EnpsCell, GoalProgress, HeatmapCell, HeatmapRow, PoolMonths,
  ResolvedPeriod, UnitPriorities,
} from '@ex-pulse/contracts';
import { shownCell, withheldCell } from '../dashboard/dashboard-fixtures';

export { shownCell, withheldCell };

export const Q4: ResolvedPeriod = { key: '2026-Q4', kind: 'quarter', from: '2026-10-01', to: '2026-12-31' };
export const Q3: ResolvedPeriod = { key: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30' };

export function scope(overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return { period: Q4, filters: {}, k: 5, ...overrides };
}

export function filterOptionsFixture(): AnalyticsFilterOptions {
  return {
    periods: [
      { key: '2026', label: '2026' },
      { key: '2026-H2', label: '2026-H2' },
      { key: '2026-Q3', label: '2026-Q3' },
      { key: '2026-Q4', label: '2026-Q4' },
      { key: '2026-11', label: '2026-11' },
    ],
    departments: [
      { key: 'd-north', label: 'Sales North', parentKey: 'd-sales', depth: 2 },
      { key: 'd-co', label: 'Company', parentKey: null, depth: 0 },
      { key: 'd-sales', label: 'Sales', parentKey: 'd-co', depth: 1 },
    ],
    managers: [{ key: 'e-mari', label: 'Mari Maasikas' }],
    locations: [{ key: 'Tallinn', label: 'Tallinn' }],
    tenureBands: [{ key: 'under_3m', label: 'Under 3 months' }, { key: '1_2y', label: '1–2 years' }],
    programmes: [{ key: 'p-quarterly', label: 'Quarterly pulse' }],
  };
}

export function overviewFixture(overrides: Partial<AnalyticsOverview> = {}): AnalyticsOverview {
  return {
    ...scope(),
    overall: shownCell(),
    previousPeriod: Q3,
    previous: shownCell({ enps: 9.6 }),
    change: { delta: 8.6, threshold: 6.2, significant: true },
    goal: null,
    ...overrides,
  };
}

export function trendFixture(granularity: 'month' | 'week' = 'month'): AnalyticsTrend {
  const point = (from: string, to: string, cell: EnpsCell) => ({ ...cell, key: from, label: from, from, to });
  return {
    ...scope(),
    granularity,
    points: granularity === 'month'
      ? [
          point('2026-10-01', '2026-10-31', shownCell({ enps: 12 })),
          point('2026-11-01', '2026-11-30', withheldCell('too_few')),
          point('2026-12-01', '2026-12-31', shownCell({ enps: 20 })),
        ]
      : [
          point('2026-12-01', '2026-12-07', shownCell({ n: 30, enps: 15, indicative: true })),
          point('2026-12-08', '2026-12-14', shownCell({ n: 41, enps: 22, indicative: true })),
        ],
  };
}

export function heatCell(column: string, value: number | null, overrides: Partial<HeatmapCell> = {}): HeatmapCell {
  return value === null
    ? { column, withheld: 'too_few', n: null, value: null, ciLow: null, ciHigh: null, ...overrides }
    : { column, withheld: null, n: 34, value, ciLow: value - 17, ciHigh: value + 17, ...overrides };
}

export function heatmapFixture(by: 'phase' | 'driver' = 'phase'): AnalyticsHeatmap {
  const row = (key: string, label: string, parentKey: string | null, depth: number, cells: HeatmapCell[]): HeatmapRow => ({
    key, label, parentKey, depth, cells,
  });
  if (by === 'driver') {
    return {
      ...scope(),
      by,
      columns: [{ key: 'role_clarity', label: 'Role clarity' }, { key: 'growth', label: 'Growth' }],
      rows: [row('d-co', 'Company', null, 0, [heatCell('role_clarity', 3.84, { ciLow: 3.6, ciHigh: 4.1 }), heatCell('growth', 2.2, { ciLow: 1.9, ciHigh: 2.5 })])],
    };
  }
  return {
    ...scope(),
    by,
    columns: [{ key: 'onboarding', label: 'Onboarding' }, { key: 'ongoing_development', label: 'Ongoing development' }],
    rows: [
      row('d-north', 'Sales North', 'd-sales', 2, [heatCell('onboarding', null), heatCell('ongoing_development', -40)]),
      row('d-co', 'Company', null, 0, [heatCell('onboarding', 30), heatCell('ongoing_development', 12)]),
      row('d-sales', 'Sales', 'd-co', 1, [
        heatCell('onboarding', null, { withheld: 'subtraction' }),
        heatCell('ongoing_development', 0, { n: 51, ciLow: -12, ciHigh: 12 }),
      ]),
    ],
  };
}

export function unitsFixture(): AnalyticsUnits {
  const unit = (key: string, cell: Partial<EnpsCell>) => shownCell({ key, label: key, ...cell });
  return {
    ...scope(),
    reference: shownCell({ key: 'd-co', label: 'Company', enps: 18 }),
    // Deliberately not in rank order: the page ranks what it gets.
    units: [
      unit('Support', { enps: -12, ciLow: -30, ciHigh: 6 }),
      withheldCell('subtraction', { key: 'Legal', label: 'Legal' }),
      unit('Engineering', { enps: 34, ciLow: 22, ciHigh: 46 }),
      withheldCell('too_few', { key: 'Board', label: 'Board' }),
      unit('Sales', { enps: 8, ciLow: -6, ciHigh: 22, indicative: true }),
    ],
    goals: [],
  };
}

/** A goal's progress; override what the test is about. */
export function goalProgress(overrides: Partial<GoalProgress> = {}, goal: Partial<GoalProgress['goal']> = {}): GoalProgress {
  return {
    unitKey: 'd-co',
    goal: { id: 'g-1', department: 'd-co', unitLabel: 'Company', period: '2026-Q4', target: 30, updatedAt: '2026-10-02T08:00:00.000Z', ...goal },
    period: '2026-Q4',
    withheld: null,
    current: 18.2,
    gap: -11.8,
    threshold: 6.7,
    beyondChance: true,
    indicative: false,
    ...overrides,
  };
}

/** A shown driver of What matters most; override what the test is about. */
export function driverPriority(driver: string, overrides: Partial<DriverPriority> = {}): DriverPriority {
  return {
    driver, withheld: null, n: 36, mean: 3.4, ciLow: 3.1, ciHigh: 3.7, r: 0.42, rLow: 0.11, rHigh: 0.65, rGap: null,
    level: 'middle', related: true, label: null, ...overrides,
  };
}

export function withheldDriver(driver: string, withheld: 'too_few' | 'subtraction'): DriverPriority {
  return {
    driver, withheld, n: null, mean: null, ciLow: null, ciHigh: null, r: null, rLow: null, rHigh: null, rGap: null,
    level: null, related: null, label: null,
  };
}

export function unitPriorities(key: string, label: string, drivers: DriverPriority[], overrides: Partial<UnitPriorities> = {}): UnitPriorities {
  return { key, label, parentKey: null, depth: 0, driverAverage: 3.1, drivers, ...overrides };
}

/** Company: recognition a priority, growth a strength, the rest without a label (one withheld, one without r). */
export function prioritiesFixture(units?: UnitPriorities[]): AnalyticsPriorities {
  return {
    ...scope(),
    rules: { minPairs: 20, minR: 0.3, minRLow: 0.1, minDrivers: 3 },
    units: units ?? [
      unitPriorities('d-co', 'Company', [
        driverPriority('manager_relationship', { mean: 3.27, ciLow: 2.91, ciHigh: 3.62, r: 0.74, rLow: 0.51, rHigh: 0.87 }),
        driverPriority('role_clarity', { level: 'high', related: false, mean: 3.48, ciLow: 3.19, ciHigh: 3.77, r: 0.39, rLow: -0.01, rHigh: 0.68 }),
        driverPriority('recognition', { level: 'low', label: 'priority', mean: 2.25, ciLow: 1.99, ciHigh: 2.51, r: 0.79, rLow: 0.62, rHigh: 0.89 }),
        driverPriority('growth', { level: 'high', label: 'strength', mean: 3.94, ciLow: 3.63, ciHigh: 4.26, r: 0.85, rLow: 0.73, rHigh: 0.92 }),
        driverPriority('workplace_tools', { n: 12, related: null, r: null, rLow: null, rHigh: null, rGap: 'below-minimum', mean: 2.83, ciLow: 2.13, ciHigh: 3.54 }),
        withheldDriver('wellbeing', 'subtraction'),
      ]),
    ],
  };
}

export function comment(name: string, overrides: Partial<CommentView> = {}): CommentView {
  return { text: `Comment ${name}`, quarter: '2026-Q4', sentiment: 'neutral', band: null, department: null, ...overrides };
}

export function commentsFixture(overrides: Partial<AnalyticsComments> = {}): AnalyticsComments {
  return {
    ...scope(),
    commentK: 10,
    withheld: null,
    quarters: [{ key: '2026-Q4', withheld: null }],
    total: 45,
    page: 1,
    pageSize: 20,
    comments: [
      comment('c1', { text: 'More time with my manager, please.', sentiment: 'negative', band: 'detractor', department: 'Sales' }),
      comment('c2', { text: 'Great onboarding buddy.', sentiment: 'positive' }),
    ],
    ...overrides,
  };
}

/** The pooling windows containing Q4 2026's end: the quarter, the half and the year. */
const POOL_WINDOWS: Record<PoolMonths, ResolvedPeriod> = {
  3: Q4,
  6: { key: '2026-H2', kind: 'half', from: '2026-07-01', to: '2026-12-31' },
  12: { key: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31' },
};

export function phasesFixture(pool: PoolMonths = 3): AnalyticsPhaseReport {
  return {
    filters: {}, k: 5, pool, period: POOL_WINDOWS[pool],
    phases: [
      { ...withheldCell('too_few', { key: 'onboarding', label: 'onboarding' }), phase: 'onboarding' },
      { ...shownCell({ key: 'initial_development', label: 'initial_development', n: 38, enps: 26, ciLow: 4, ciHigh: 48 }), phase: 'initial_development' },
      { ...shownCell({ key: 'ongoing_development', label: 'ongoing_development', enps: 12 }), phase: 'ongoing_development' },
      { ...withheldCell('subtraction', { key: 'separation', label: 'separation' }), phase: 'separation' },
    ],
  };
}

export function alertsFixture(overrides: Partial<AnalyticsAlerts> = {}): AnalyticsAlerts {
  return {
    ...scope(),
    previousPeriod: Q3,
    responseRateBelow: 0.5,
    alerts: [
      {
        kind: 'enps_drop',
        unit: shownCell({ key: 'd-support', label: 'Support', enps: -20 }),
        previous: shownCell({ key: 'd-support', label: 'Support', enps: 40 }),
        change: { delta: -60, threshold: 25.5, significant: true },
      },
      {
        kind: 'low_response_rate',
        unit: shownCell({ key: 'd-north', label: 'Sales North', responseRate: 0.32 }),
        previous: null,
        change: null,
      },
    ],
    ...overrides,
  };
}
