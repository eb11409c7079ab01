import { department, shownCell, withheldCell } from './dashboard-fixtures';
import { inTreeOrder, monthLabel, percent, signed } from './enps-format';
import { periodProblem } from './period';

describe('eNPS formatting', () => {
  it.each([
    [18.2, '+18'],
    [0.4, '0'],
    [-0.4, '0'],
    [-7.5, '\u22127'],
    [100, '+100'],
  ])('signs %s as %s', (value, text) => {
    expect(signed(value)).toBe(text);
  });

  it('shows shares as whole percentages', () => {
    expect(percent(0.643)).toBe('64%');
    expect(percent(1)).toBe('100%');
  });

  it('names months in the page language', () => {
    expect(monthLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(monthLabel('2025-03', 'et')).toMatch(/^märts 2025$/);
  });
});

describe('inTreeOrder', () => {
  it('puts each department right after its parent, keeping sibling order, and tolerates orphans and cycles', () => {
    const rows = [
      department('b1', 'b', 2, shownCell()),
      department('a', 'root', 1, shownCell()),
      department('orphan', 'gone', 3, shownCell()),
      department('root', null, 0, shownCell()),
      department('b', 'root', 1, shownCell()),
      department('x', 'y', 1, shownCell()),
      department('y', 'x', 1, shownCell()),
    ];
    expect(inTreeOrder(rows).map((r) => r.key)).toEqual(['orphan', 'root', 'a', 'b', 'b1', 'x', 'y']);
  });
});

describe('periodProblem', () => {
  it('accepts a real period and names what is wrong otherwise', () => {
    expect(periodProblem('2025-01-01', '2025-01-01')).toBeNull();
    expect(periodProblem('2025-02-01', '2025-01-01')).toBe('dashboard.period.reversed');
    expect(periodProblem('2025-02-30', '2025-03-01')).toBe('dashboard.period.invalid');
    expect(periodProblem('', '2025-03-01')).toBe('dashboard.period.invalid');
  });
});
