import fc from 'fast-check';
import { pinnedSmallGroups } from '../../../test/support/attack/linear-attack';
import { auditShownFigures, determinedSmallGroup, isDetermined } from './exact-audit';

/*
 * The audit is checked against the attack tests' own algebra (test/support/attack/linear-attack.ts,
 * written separately): after the audit, that check finds no group of 1..k−1 in what stays shown.
 */
const k = 5;

/** A rows × columns table of atoms with its row, column and grand totals as figures (cells first). */
function table(cells: number[][]) {
  const rows = cells.length;
  const cols = cells[0].length;
  const atomN = cells.flat();
  const at = (r: number, c: number) => r * cols + c;
  const figures: number[][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) figures.push([at(r, c)]);
  for (let r = 0; r < rows; r++) figures.push([...Array(cols).keys()].map((c) => at(r, c)));
  for (let c = 0; c < cols; c++) figures.push([...Array(rows).keys()].map((r) => at(r, c)));
  figures.push(atomN.map((_, a) => a));
  return { atomN, figures };
}

describe('exact audit of published figures', () => {
  it('finds a cell under k that its row total and the other cells give away', () => {
    const { atomN, figures } = table([[3, 6], [6, 6]]);
    // Everything shown but the 3: row 1 total − 6 = 3.
    expect(determinedSmallGroup(atomN, figures.filter((_, i) => i !== 0), k)).toEqual([0]);
  });

  it('tells a hidden cell its column gives away from hidden cells that stay unknown', () => {
    // Hidden: the 2×2 block (0,0), (0,1), (1,0), (1,1), which pins nothing, and the 2 at (0,2),
    // which hides with two others in its row but alone in its column.
    const cells = [
      [3, 6, 2, 9],
      [6, 6, 9, 9],
      [9, 9, 6, 6],
      [9, 9, 6, 6],
    ];
    const { atomN, figures } = table(cells);
    const hiddenCells = new Set([0, 1, 4, 5, 2]);
    const shown = figures.filter((f, i) => !(i < 16 && hiddenCells.has(i)));
    // Row 0 hides three cells, column 2 only one: the 2 follows from column 2's total.
    expect(isDetermined(atomN, [2], shown)).toBe(true);
    expect(isDetermined(atomN, [0], shown)).toBe(false);
  });

  it('hides until nothing under k follows, as the separate attack algebra confirms, over random tables', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        (cells) => {
          const { atomN, figures } = table(cells);
          // Start from the naive rule: hide a figure under k, nothing else.
          const audited = figures.map((atoms) => ({ atoms, shown: atoms.reduce((s, a) => s + atomN[a], 0) >= k }));
          const hidden = new Set(auditShownFigures(atomN, audited, k));
          const published = audited.flatMap((f, i) => (f.shown && !hidden.has(i) ? [{ label: String(i), atoms: f.atoms }] : []));
          expect(pinnedSmallGroups(atomN, published, k)).toEqual([]);
          for (const i of hidden) expect(audited[i].shown).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves a table alone when nothing under k follows', () => {
    const { atomN, figures } = table([[6, 6], [6, 6]]);
    expect(auditShownFigures(atomN, figures.map((atoms) => ({ atoms, shown: true })), k)).toEqual([]);
  });
});
