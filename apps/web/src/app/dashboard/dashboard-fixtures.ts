import { DepartmentEnpsRow, EnpsCell, EnpsDashboard, LifecyclePhase } from '@ex-pulse/contracts';

/** A shown eNPS cell; override what the test is about. */
export function shownCell(overrides: Partial<EnpsCell> = {}): EnpsCell {
  return {
    key: 'all', label: 'All', withheld: null, n: 412, invited: 644, enps: 18.2, ciLow: 11.4, ciHigh: 24.6,
    promoters: 180, passives: 126, detractors: 106, responseRate: 0.64, indicative: false, ...overrides,
  };
}

/** A withheld cell: every number null. */
export function withheldCell(withheld: 'too_few' | 'subtraction', overrides: Partial<EnpsCell> = {}): EnpsCell {
  return {
    key: 'w', label: 'W', withheld, n: null, invited: null, enps: null, ciLow: null, ciHigh: null,
    promoters: null, passives: null, detractors: null, responseRate: null, indicative: false, ...overrides,
  };
}

export function department(key: string, parentKey: string | null, depth: number, cell: EnpsCell): DepartmentEnpsRow {
  return { ...cell, key, label: key, parentKey, depth };
}

export function dashboardFixture(): EnpsDashboard {
  const phase = (p: LifecyclePhase, cell: EnpsCell) => ({ ...cell, key: p, label: p, phase: p });
  return {
    from: '2024-12-01',
    to: '2025-11-30',
    k: 5,
    overall: shownCell(),
    byPhase: [
      phase('onboarding', shownCell({ n: 23, enps: 30, ciLow: 5, ciHigh: 55, indicative: true })),
      phase('separation', withheldCell('too_few')),
      phase('ongoing_development', shownCell({ enps: 12 })),
    ],
    byMonth: [
      { ...shownCell({ key: '2025-01', enps: 10 }), month: '2025-01' },
      { ...withheldCell('too_few', { key: '2025-02' }), month: '2025-02' },
      { ...shownCell({ key: '2025-03', enps: 14 }), month: '2025-03' },
    ],
    byDepartment: [
      department('Sales North', 'Sales', 2, shownCell({ enps: -8, ciLow: -20, ciHigh: 4 })),
      department('Company', null, 0, shownCell()),
      department('Sales', 'Company', 1, shownCell({ enps: 5 })),
      department('Tiny team', 'Sales', 2, withheldCell('too_few')),
      department('Sales South', 'Sales', 2, withheldCell('subtraction')),
    ],
  };
}
