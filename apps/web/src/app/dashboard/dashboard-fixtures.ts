import { EnpsCell } from '@ex-pulse/contracts';

/** A cell placed in a department tree, as tree-order helpers take it. */
export type DepartmentEnpsRow = EnpsCell & { parentKey: string | null; depth: number };

/** A shown eNPS cell; override what the test is about. */
export function shownCell(overrides: Partial<EnpsCell> = {}): EnpsCell {
  return {
    key: 'all', label: 'All', withheld: null, n: 412, invited: 644, enps: 18.2, ciLow: 11.4, ciHigh: 24.6,
    promoters: 180, passives: 126, detractors: 106, responseRate: 0.64, indicative: false, census: false, ...overrides,
  };
}

/** A withheld cell: every number null. */
export function withheldCell(withheld: 'too_few' | 'subtraction', overrides: Partial<EnpsCell> = {}): EnpsCell {
  return {
    key: 'w', label: 'W', withheld, n: null, invited: null, enps: null, ciLow: null, ciHigh: null,
    promoters: null, passives: null, detractors: null, responseRate: null, indicative: false, census: false, ...overrides,
  };
}

export function department(key: string, parentKey: string | null, depth: number, cell: EnpsCell): DepartmentEnpsRow {
  return { ...cell, key, label: key, parentKey, depth };
}
