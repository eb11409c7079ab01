/*
 * The attacker's algebra, exact: given every figure the API published (each the count of a set of
 * "atoms", the finest groups the answers can be told apart by) and the true count of each atom,
 * find every group of 1..k−1 answers whose count follows from the published figures by a linear
 * combination.
 *
 * The attacker is granted more than they have: they know which atoms are empty. So the unknowns
 * are the non-empty atoms, a published figure is the sum of its non-empty atoms, and a group is
 * pinned when its indicator lies in the row space of the published figures. Row space =
 * (null space)^⊥, so with N a basis of the null space, a set T of atoms is pinned iff the columns
 * of N over T add up to zero. Arithmetic is modulo a prime below 2^26 (products stay exact in
 * doubles); membership over the rationals implies it modulo p, so no pinned group is missed.
 *
 * Groups searched: every set of non-empty atoms whose counts add up to 1..k−1 (such a set has at
 * most k−1 atoms). That is every group the rule speaks of, not only those a filter can name.
 */

const P = 67_108_859;

const mod = (a: number) => ((a % P) + P) % P;
const mul = (a: number, b: number) => {
  // a, b < 2^26: split b so each partial product stays below 2^53.
  const lo = b & 0x1fff;
  const hi = b >>> 13;
  return mod(mod(a * hi) * 8192 + a * lo);
};
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

export interface PublishedFigure {
  /** What it was, for the report (e.g. "overview Q2 location=Tartu"). */
  label: string;
  /** Indices of the atoms the figure counts. */
  atoms: readonly number[];
}

export interface PinnedGroup {
  /** Indices of the atoms (all non-empty) whose total is determined. */
  atoms: number[];
  n: number;
}

/** A basis of the null space of the published figures' matrix over the non-empty atoms (rows: basis vectors). */
function nullSpace(rows: number[][], width: number): number[][] {
  const m = rows.map((r) => r.slice());
  const pivotOfColumn = new Array<number>(width).fill(-1);
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = -1;
    for (let r = rank; r < m.length; r++) if (m[r][col] !== 0) { pivot = r; break; }
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot], m[rank]];
    const inv = inverse(m[rank][col]);
    for (let c = col; c < width; c++) m[rank][c] = mul(m[rank][c], inv);
    for (let r = 0; r < m.length; r++) {
      if (r === rank || m[r][col] === 0) continue;
      const f = m[r][col];
      for (let c = col; c < width; c++) if (m[rank][c] !== 0) m[r][c] = mod(m[r][c] - mul(f, m[rank][c]));
    }
    pivotOfColumn[col] = rank++;
  }
  const basis: number[][] = [];
  for (let free = 0; free < width; free++) {
    if (pivotOfColumn[free] >= 0) continue;
    const v = new Array<number>(width).fill(0);
    v[free] = 1;
    for (let col = 0; col < width; col++) {
      const r = pivotOfColumn[col];
      if (r >= 0) v[col] = mod(-m[r][free]);
    }
    basis.push(v);
  }
  return basis;
}

/**
 * Every group of 1..k−1 answers that the published figures determine. `counts[i]` is atom i's
 * true number of answers. Throws when the search would be too large for a test (many tiny atoms).
 */
export function pinnedSmallGroups(counts: readonly number[], published: readonly PublishedFigure[], k: number): PinnedGroup[] {
  const live = counts.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
  const column = new Map(live.map((atom, c) => [atom, c]));
  const rows = published.map((f) => {
    const row = new Array<number>(live.length).fill(0);
    for (const a of f.atoms) {
      const c = column.get(a);
      if (c !== undefined) row[c] = 1;
    }
    return row;
  });
  const basis = nullSpace(rows, live.length);
  // Each atom's signature: its column of the null-space basis. Two random projections of it
  // find candidates fast; each candidate is then checked on the whole signature.
  const weights = [0, 1].map(() => basis.map(() => 1 + Math.floor(Math.random() * (P - 1))));
  const hash = weights.map((w) => live.map((_, c) => basis.reduce((h, v, i) => mod(h + mul(w[i], v[c])), 0)));
  const small = live.map((atom, c) => ({ atom, c, n: counts[atom] })).filter((a) => a.n < k);
  // How many sets the search visits (subsets of small atoms adding up to less than k): refuse what a test cannot afford.
  let ways = new Array<number>(k).fill(0);
  ways[0] = 1;
  for (const a of small) ways = ways.map((w, s) => w + (s >= a.n ? ways[s - a.n] : 0));
  const sets = ways.reduce((x, y) => x + y, 0);
  if (sets > 5_000_000) throw new Error(`${sets} candidate groups: too many for an exhaustive search; use a smaller organisation.`);

  const pinned: PinnedGroup[] = [];
  const exact = (cs: number[]) => basis.every((v) => cs.reduce((s, c) => mod(s + v[c]), 0) === 0);
  const visit = (start: number, chosen: number[], n: number, h0: number, h1: number) => {
    if (chosen.length && h0 === 0 && h1 === 0 && exact(chosen.map((i) => small[i].c))) {
      pinned.push({ atoms: chosen.map((i) => small[i].atom), n });
    }
    for (let i = start; i < small.length; i++) {
      if (n + small[i].n >= k) continue;
      chosen.push(i);
      visit(i + 1, chosen, n + small[i].n, mod(h0 + hash[0][small[i].c]), mod(h1 + hash[1][small[i].c]));
      chosen.pop();
    }
  };
  visit(0, [], 0, 0, 0);
  return pinned;
}
