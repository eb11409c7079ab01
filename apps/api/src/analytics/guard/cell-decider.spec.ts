import fc from 'fast-check';
import { parsePeriod } from '@ex-pulse/domain';
import type { GroupYear } from '../counts/segment-counts.queries';
import { monthCounts } from '../counts/year-series';
import { DepartmentTree } from '../filter/department-tree';
import { CellDecider, ORGANISATION } from './cell-decider';
import { ALL_PHASES, CellSpace } from './cell-space';
import { countedAs } from './reach';

const PHASES = ['onboarding', 'initial_development', 'ongoing_development'];
const PERIODS = ['2026', '2026-H2', '2026-Q3', '2026-08'].map(parsePeriod);

/** A department tree of up to 14 departments and small counts per department, phase and month (all promoters: only n matters here). */
const organisation = fc
  .integer({ min: 1, max: 14 })
  .chain((size) =>
    fc.record({
      // Department i hangs under department parents[i] - 1, or at the top when that is 0 (always one of the earlier ones).
      parents: fc.tuple(...Array.from({ length: size }, (_, i) => fc.integer({ min: 0, max: i }))),
      counts: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: size * PHASES.length * 12, maxLength: size * PHASES.length * 12 }),
      shown: fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 4 }),
      period: fc.constantFrom(...PERIODS),
      k: fc.constantFrom(3, 5),
    }),
  );

function rowsOf(size: number, counts: number[]): GroupYear[] {
  const rows: GroupYear[] = [];
  for (let d = 0; d < size; d++) {
    PHASES.forEach((phase, p) => {
      const months = monthCounts();
      for (let m = 0; m < 12; m++) months[3 * m] = counts[(d * PHASES.length + p) * 12 + m];
      rows.push({ department: `d${d}`, phase, months, weeks: null });
    });
  }
  return rows;
}

const BY_PHASE = { values: PHASES, selected: ALL_PHASES };

function deciderOf(tree: DepartmentTree, size: number, counts: number[], k: number, reach: ReadonlySet<string> | 'all' = 'all'): CellDecider {
  return new CellDecider(k, tree, new CellSpace(tree, rowsOf(size, counts), null, false), BY_PHASE, reach, false);
}

/** The same counts read as GuardedCounts reads them for a reach: each department's rows summed into the decided department it counts with. */
function countedDeciderOf(tree: DepartmentTree, size: number, counts: number[], k: number, reach: ReadonlySet<string>): CellDecider {
  const counted = countedAs(tree, reach);
  const grouped = (rows: GroupYear[]) => {
    const out = new Map<string, GroupYear>();
    for (const r of rows) {
      const unit = counted.units[counted.departments.indexOf(r.department!)];
      const key = `${unit}|${r.phase}`;
      const g = out.get(key) ?? { department: unit, phase: r.phase, months: monthCounts(), weeks: null };
      r.months.forEach((n, i) => (g.months[i] += n));
      out.set(key, g);
    }
    return [...out.values()];
  };
  return new CellDecider(k, tree, new CellSpace(tree, grouped(rowsOf(size, counts)), null, false, counted), BY_PHASE, reach, false);
}

describe('CellDecider within a reach', () => {
  it('gives the departments it decides the same verdicts as deciding the whole tree', () => {
    fc.assert(
      fc.property(organisation, ({ parents, counts, shown, period, k }) => {
        const size = parents.length;
        const tree = new DepartmentTree(parents.map((p, i) => ({ id: `d${i}`, name: `Department ${i}`, parentId: p === 0 ? null : `d${p - 1}` })));
        const shownIds = shown.map((i) => `d${i}`);
        const reach = tree.pathsTo(shownIds);

        const whole = deciderOf(tree, size, counts, k).grid(PHASES, period);
        const part = deciderOf(tree, size, counts, k, reach).grid(PHASES, period);
        const column = deciderOf(tree, size, counts, k, reach).column(ALL_PHASES, period);
        const countedDecider = countedDeciderOf(tree, size, counts, k, reach);
        const counted = countedDecider.grid(PHASES, period);
        const full = deciderOf(tree, size, counts, k);
        for (const id of [ORGANISATION, ...shownIds]) {
          for (const phase of [...PHASES, ALL_PHASES]) {
            expect(part.get(phase)!.has(id)).toBe(true);
            expect(part.get(phase)!.get(id)).toBe(whole.get(phase)!.get(id));
            expect(counted.get(phase)!.get(id)).toBe(whole.get(phase)!.get(id));
            const department = id === ORGANISATION ? null : id;
            expect(countedDecider.series(department, phase).n(period)).toBe(full.series(department, phase).n(period));
          }
          expect(column.get(id)).toBe(whole.get(ALL_PHASES)!.get(id));
        }
        // Counted for the reach, a department outside it has no figures to give.
        const outside = parents.map((_, i) => `d${i}`).find((id) => !countedAs(tree, reach).decided.has(id));
        if (outside) expect(() => countedDecider.series(outside)).toThrow(/not counted/);
        // It decides no more than the shown departments' ancestors' children.
        for (const id of part.get(ALL_PHASES)!.keys()) {
          if (id === ORGANISATION) continue;
          const parent = tree.get(id)!.parentId;
          expect(parent === null || reach.has(parent)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names each shown department\'s ancestors as its reach', () => {
    const tree = new DepartmentTree([
      { id: 'root', name: 'Root', parentId: null },
      { id: 'a', name: 'A', parentId: 'root' },
      { id: 'b', name: 'B', parentId: 'root' },
      { id: 'a1', name: 'A1', parentId: 'a' },
      { id: 'a1x', name: 'A1x', parentId: 'a1' },
    ]);
    expect([...tree.pathsTo(['a1x'])].sort()).toEqual(['a', 'a1', 'root']);
    expect([...tree.pathsTo(['b', null])]).toEqual(['root']);
    expect([...tree.pathsTo(['root'])]).toEqual([]);
  });
});
