/*
 * An exact audit of a small table's published figures, after the line rules (line-suppression.ts)
 * have decided it. Line rules look at one partition at a time; combinations of several lines (a
 * consumer's quarter minus its other months, plus a month's total minus the other consumers, …)
 * can still pin a small group. This audit finds any group of 1..k−1 answers whose count follows
 * from the shown figures by a linear combination, and hides one more figure until none does.
 *
 * Model: the table's finest groups ("atoms", e.g. one consumer's answers in one month) and its
 * figures (each the count of a set of atoms). Whoever reads the figures is granted knowledge of
 * which atoms are empty, so the unknowns are the non-empty atoms. A set T of atoms is determined
 * iff its indicator is in the row space of the shown figures, i.e. orthogonal to the null space:
 * with B a basis of the null space, iff Σ_{a∈T} B[·][a] = 0. Arithmetic modulo a prime below
 * 2^26 (products stay exact in doubles); determined over the rationals implies determined modulo
 * p, so no determined group is missed (a rare false alarm only hides one figure more).
 *
 * Cost: Gaussian elimination over (figures × non-empty atoms) and a search over sets of at most
 * k−1 atoms of fewer than k answers: meant for tables of a few hundred atoms (one provider's
 * consumers × months), not for the dashboards' whole organisation.
 */

const P = 67_108_837;

const mod = (a: number): number => ((a % P) + P) % P;
function mulMod(a: number, b: number): number {
  const lo = b & 0xffff;
  const hi = Math.floor(b / 0x10000);
  return mod(mod(a * hi) * 0x10000 + a * lo);
}
function invMod(a: number): number {
  // Fermat: a^(P−2).
  let result = 1;
  let base = mod(a);
  let e = P - 2;
  while (e > 0) {
    if (e & 1) result = mulMod(result, base);
    base = mulMod(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

/** Rows of the reduced echelon form's complement: a basis of { x : M x = 0 } over the given width. */
function kernel(rows: readonly (readonly number[])[], width: number): number[][] {
  const m = rows.map((r) => Array.from(r));
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const found = m.findIndex((r, i) => i >= rank && r[col] !== 0);
    if (found < 0) continue;
    [m[rank], m[found]] = [m[found], m[rank]];
    const inv = invMod(m[rank][col]);
    for (let c = col; c < width; c++) m[rank][c] = mulMod(m[rank][c], inv);
    for (let r = 0; r < m.length; r++) {
      if (r === rank || m[r][col] === 0) continue;
      const f = m[r][col];
      for (let c = col; c < width; c++) if (m[rank][c] !== 0) m[r][c] = mod(m[r][c] - mulMod(f, m[rank][c]));
    }
    pivots.push(col);
    rank++;
  }
  const isPivot = new Set(pivots);
  const basis: number[][] = [];
  for (let free = 0; free < width; free++) {
    if (isPivot.has(free)) continue;
    const v = new Array<number>(width).fill(0);
    v[free] = 1;
    pivots.forEach((pc, r) => (v[pc] = mod(-m[r][free])));
    basis.push(v);
  }
  return basis;
}

/** The non-empty atoms (the unknowns), their column of each, and a basis of the figures' null space over them. */
function nullSpaceOf(atomN: readonly number[], figures: readonly (readonly number[])[]) {
  const nonEmpty = atomN.flatMap((n, a) => (n > 0 ? [a] : []));
  const column = new Map(nonEmpty.map((a, i) => [a, i]));
  const rows = figures.map((atoms) => {
    const row = new Array<number>(nonEmpty.length).fill(0);
    for (const a of atoms) {
      const c = column.get(a);
      if (c !== undefined) row[c] = 1;
    }
    return row;
  });
  return { nonEmpty, column, basis: kernel(rows, nonEmpty.length) };
}

/** A set of atoms (indices into the atoms given) with fewer than k answers whose count the figures determine, or null. */
export function determinedSmallGroup(
  atomN: readonly number[],
  figures: readonly (readonly number[])[],
  k: number,
): number[] | null {
  const { nonEmpty, basis } = nullSpaceOf(atomN, figures);
  const signature = (i: number) => basis.map((b) => b[i]);
  const candidates = nonEmpty.flatMap((a, i) => (atomN[a] < k ? [{ atom: a, n: atomN[a], sig: signature(i) }] : []));
  const chosen: number[] = [];
  const search = (from: number, sum: number, total: number[]): number[] | null => {
    for (let c = from; c < candidates.length; c++) {
      const next = sum + candidates[c].n;
      if (next >= k) continue;
      const vector = total.map((x, j) => mod(x + candidates[c].sig[j]));
      chosen.push(candidates[c].atom);
      if (vector.every((x) => x === 0)) return [...chosen];
      const deeper = search(c + 1, next, vector);
      if (deeper) return deeper;
      chosen.pop();
    }
    return null;
  };
  return search(0, 0, new Array<number>(basis.length).fill(0));
}

export interface AuditedFigure {
  /** The atoms the figure counts. */
  atoms: readonly number[];
  /** Shown after the line rules. */
  shown: boolean;
}

/**
 * Hides shown figures until no group of 1..k−1 answers is determined by the rest. Each round takes
 * the group found and hides, among the shown figures that count one of its atoms, the one with the
 * fewest answers whose hiding leaves that group undetermined (else the one with the fewest).
 * Returns the indices of the figures it hid. Deterministic: the same table gives the same answer,
 * whoever asks and whatever they asked before.
 */
export function auditShownFigures(atomN: readonly number[], figures: readonly AuditedFigure[], k: number): number[] {
  const shown = figures.map((f) => f.shown);
  const hidden: number[] = [];
  const sizeOf = (i: number) => figures[i].atoms.reduce((s, a) => s + atomN[a], 0);
  const rowsWithout = (skip: number) => figures.flatMap((f, i) => (shown[i] && i !== skip ? [f.atoms] : []));
  for (;;) {
    const group = determinedSmallGroup(atomN, rowsWithout(-1), k);
    if (!group) return hidden;
    const inGroup = new Set(group);
    const touching = figures
      .flatMap((f, i) => (shown[i] && f.atoms.some((a) => inGroup.has(a)) ? [i] : []))
      .sort((a, b) => sizeOf(a) - sizeOf(b) || a - b);
    if (touching.length === 0) throw new Error('A determined group that no shown figure counts: the model is inconsistent.');
    const victim = touching.find((i) => !isDetermined(atomN, group, rowsWithout(i))) ?? touching[0];
    shown[victim] = false;
    hidden.push(victim);
  }
}

/** Whether the figures determine the count of exactly this set of atoms. */
export function isDetermined(atomN: readonly number[], group: readonly number[], figures: readonly (readonly number[])[]): boolean {
  const { column, basis } = nullSpaceOf(atomN, figures);
  return basis.every((b) => group.reduce((sum, a) => (column.has(a) ? mod(sum + b[column.get(a)!]) : sum), 0) === 0);
}
