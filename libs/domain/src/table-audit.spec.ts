import fc from 'fast-check';
import { pinnedSmallGroups } from '../../../test/support/attack/linear-attack';
import { AUDIT_PERIODS, auditCell, AuditTable, auditTotalsThenValues, determinedGroupInTable } from './table-audit';

/*
 * The whole-table audit is checked against the attack tests' own algebra (test/support/attack/
 * linear-attack.ts, dense and written separately): over random tables and random shown cells, it
 * finds a determined small group exactly when that algebra does, and after auditTable the algebra
 * finds none in what stays shown.
 */
const k = 5;

interface Answers {
  /** Parent of each unit; leaves hold answers. */
  parents: number[];
  values: number;
  /** [leaf unit, week 0..47, value 1..values−1 (or 0 without values), count] */
  groups: [number, number, number, number][];
}

/** Builds the table's counts from its atoms, every cell the sum of the atoms it holds. */
function tableOf(a: Answers, show: (cell: number, n: number) => boolean) {
  const t: AuditTable = { unitParent: a.parents, values: a.values, n: new Int32Array(a.parents.length * AUDIT_PERIODS * a.values), shown: new Uint8Array(0) };
  const atomN = new Map<number, number>();
  for (const [unit, week, value, count] of a.groups) {
    const atom = auditCell(t, unit, 19 + week, value);
    atomN.set(atom, (atomN.get(atom) ?? 0) + count);
    const month = 7 + Math.floor(week / 4);
    const quarter = 3 + Math.floor(week / 12);
    const half = 1 + Math.floor(week / 24);
    for (let u = unit; u >= 0; u = a.parents[u]) {
      for (const p of [19 + week, month, quarter, half, 0]) {
        for (const v of a.values > 1 ? [value, 0] : [0]) t.n[auditCell(t, u, p, v)] += count;
      }
    }
  }
  t.shown = Uint8Array.from(t.n, (n, c) => (n >= k && show(c, n) ? 1 : 0));
  return { t, atomN };
}

/** The shown cells as the attack algebra's figures, over the table's non-empty atoms. */
function algebraOf(t: AuditTable, atomN: Map<number, number>) {
  const atoms = [...atomN.keys()];
  const index = new Map(atoms.map((a, i) => [a, i]));
  const contains = (cell: number, atom: number) => {
    const W = t.values;
    const [cu, cp, cv] = [Math.floor(cell / W / AUDIT_PERIODS), Math.floor(cell / W) % AUDIT_PERIODS, cell % W];
    const [au, ap, av] = [Math.floor(atom / W / AUDIT_PERIODS), Math.floor(atom / W) % AUDIT_PERIODS, atom % W];
    if (cv !== 0 && cv !== av) return false;
    let u = au;
    while (u >= 0 && u !== cu) u = t.unitParent[u];
    if (u < 0) return false;
    const week = ap - 19;
    return [19 + week, 7 + Math.floor(week / 4), 3 + Math.floor(week / 12), 1 + Math.floor(week / 24), 0].includes(cp);
  };
  const figures = [];
  for (let c = 0; c < t.n.length; c++) if (t.shown[c]) figures.push({ label: String(c), atoms: atoms.filter((a) => contains(c, a)).map((a) => index.get(a)!) });
  return { counts: atoms.map((a) => atomN.get(a)!), figures };
}

// A root, two departments, one with two teams; each department's own people as one more leaf.
const PARENTS = [-1, 0, 0, 1, 1, 1, 0];
const LEAVES = [2, 3, 4, 5, 6];
const answers = (values: number) =>
  fc.array(
    fc.tuple(fc.constantFrom(...LEAVES), fc.constantFrom(0, 1, 4, 5, 13), fc.integer({ min: values > 1 ? 1 : 0, max: values - 1 }), fc.integer({ min: 1, max: 9 })),
    { minLength: 6, maxLength: 22 },
  ).map((groups): Answers => ({ parents: PARENTS, values, groups }));

describe('whole-table exact audit', () => {
  it('finds a determined small group exactly when the attack algebra does', () => {
    const cases = fc.constantFrom(1, 3).chain((values) => fc.tuple(answers(values), fc.integer({ min: 1, max: 2 ** 31 - 1 })));
    fc.assert(
      fc.property(cases, ([a, seed]) => {
        let s = seed;
        const { t, atomN } = tableOf(a, () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 16) % 10 < 7);
        const { counts, figures } = algebraOf(t, atomN);
        const expected = pinnedSmallGroups(counts, figures, k).length > 0;
        expect(determinedGroupInTable(t, k) !== null).toBe(expected);
      }),
      { numRuns: 120 },
    );
  });

  it('leaves nothing under k determined after hiding, values hidden only where asked', () => {
    fc.assert(
      fc.property(answers(3), (a) => {
        const { t, atomN } = tableOf(a, () => true);
        const totals = tableOf({ ...a, values: 1, groups: a.groups.map(([u, w, , n]) => [u, w, 0, n]) }, () => true);
        auditTotalsThenValues(totals.t, t, k);
        // Totals as the table without values decided them, and nothing small determined in either.
        for (let c = 0; c < totals.t.n.length; c++) expect(t.shown[c * t.values]).toBe(totals.t.shown[c]);
        expect(pinnedSmallGroups(...Object.values(algebraOf(totals.t, totals.atomN)) as [number[], { label: string; atoms: number[] }[]], k)).toEqual([]);
        const { counts, figures } = algebraOf(t, atomN);
        expect(pinnedSmallGroups(counts, figures, k)).toEqual([]);

      }),
      { numRuns: 40 },
    );
  });

  it('finds the three-line combination the line rules let through', () => {
    // Unit 3 (a team) has 2 answers in week 0, value 1, beside bigger groups: showing every cell
    // of 5 or more determines it through its own month, its department and the other value.
    const a: Answers = { parents: PARENTS, values: 3, groups: [[3, 0, 1, 2], [3, 1, 1, 6], [4, 0, 1, 6], [4, 0, 2, 7], [3, 0, 2, 8]] };
    const { t } = tableOf(a, () => true);
    const group = determinedGroupInTable(t, k);
    expect(group).toEqual([auditCell(t, 3, 19, 1)]);
  });
});

describe('whole-table exact audit, what it keeps', () => {
  it('hides nothing where nothing small is determined', () => {
    // Every atom at least k: whatever is shown determines no group under k.
    const a: Answers = { parents: PARENTS, values: 3, groups: [[3, 0, 1, 6], [4, 0, 2, 7], [2, 5, 1, 5], [6, 13, 2, 9]] };
    const { t } = tableOf(a, () => true);
    const before = t.shown.slice();
    const totals = tableOf({ ...a, values: 1, groups: a.groups.map(([u, w, , n]) => [u, w, 0, n]) }, () => true);
    auditTotalsThenValues(totals.t, t, k);
    expect(t.shown).toEqual(before);
  });
});
