/*
 * The exact audit of a whole dashboard table: departments (with each one's own people as one more
 * leaf) × the periods of a year (year, halves, quarters, months, weeks) × the values of one
 * segment dimension (column 0 their total). The line rules (line-suppression.ts) look at one
 * partition at a time; this audit finds any set of 1..k−1 answers whose count follows from all
 * shown cells by any linear combination, and hides one more cell until none does.
 *
 * The attacker's unknowns are the counts of the finest groups ("atoms": a leaf unit × week × value)
 * and is granted which atoms are empty. A null vector z (a change of the atoms' counts that leaves
 * every shown cell unchanged) gives every cell c its sum s(c) = Σ_{a∈c} z(a); s adds up along every
 * line and is 0 on every shown or empty cell. So the null space is the solution space of a sparse
 * system whose unknowns are the hidden non-empty cells and whose equations are the lines, not the
 * dense one of atoms × shown cells (exact-audit.ts): that is what makes a table of a whole
 * organisation tractable. A set T of atoms is determined iff Σ_{a∈T} z(a) = 0 for every null
 * vector; with three random null vectors modulo a prime near 2^26 a set that is not determined
 * passes all three with probability p^−3, while a determined set always passes.
 *
 * Not yet wired into the dashboards (issue 11). Measured on the demo's 2026 (28 units with the
 * own-people leaves, after the line rules): totals table 1,876 cells, 6 more hidden, 3.5 s; by
 * location (9 columns, 16,884 cells) 19 s, and the shown cells fall from 1,437 to 743: the victim
 * rule still hides too much, and a whole organisation needs it computed once per data revision,
 * off the request path.
 */

const P = 67_108_859;
const mod = (a: number) => ((a % P) + P) % P;
/** Both factors below 2^26: the product is below 2^52, exact in a double. */
const mul = (a: number, b: number) => (a * b) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** Periods of a year with weeks, by index: year, 2 halves, 4 quarters, 12 months, 48 weeks. */
export const AUDIT_PERIODS = 67;
const periodChildren: number[][] = Array.from({ length: AUDIT_PERIODS }, (_, p) => {
  if (p === 0) return [1, 2];
  if (p < 3) return [3 + 2 * (p - 1), 4 + 2 * (p - 1)];
  if (p < 7) return [7 + 3 * (p - 3), 8 + 3 * (p - 3), 9 + 3 * (p - 3)];
  if (p < 19) return [19 + 4 * (p - 7), 20 + 4 * (p - 7), 21 + 4 * (p - 7), 22 + 4 * (p - 7)];
  return [];
});

export interface AuditTable {
  /** Each unit's parent (−1: the root, the organisation); parents before children; leaves hold the atoms. */
  unitParent: readonly number[];
  /** Columns: 1 (totals only), or the total then each value (the values must partition the total). */
  values: number;
  /** Answers per cell, cell = (unit · AUDIT_PERIODS + period) · values + value. */
  n: Int32Array;
  /** 1 where the cell is shown. */
  shown: Uint8Array;
}

export const auditCell = (t: Pick<AuditTable, 'values'>, unit: number, period: number, value: number) =>
  (unit * AUDIT_PERIODS + period) * t.values + value;

/** Sparse row: columns ascending, values mod P. */
interface Row {
  cols: number[];
  vals: number[];
}

/**
 * Three random null vectors of the table's shown cells, as each hidden non-empty cell's values
 * (cell → [z1, z2, z3]); cells absent are 0 in every vector.
 */
export function randomNullVectors(t: AuditTable, seed = 1): Map<number, [number, number, number]> {
  const units = t.unitParent.length;
  const children: number[][] = Array.from({ length: units }, () => []);
  t.unitParent.forEach((p, u) => p >= 0 && children[p].push(u));
  const variable = new Map<number, number>();
  const cells: number[] = [];
  for (let c = 0; c < t.n.length; c++) {
    if (t.n[c] > 0 && !t.shown[c]) {
      variable.set(c, cells.length);
      cells.push(c);
    }
  }
  // One equation per line whose cells include an unknown: s(parent) − Σ s(children) = 0.
  const equations: Row[] = [];
  const line = (parent: number, kids: number[]) => {
    const entries: [number, number][] = [];
    const pv = variable.get(parent);
    if (pv !== undefined) entries.push([pv, 1]);
    for (const k of kids) {
      const kv = variable.get(k);
      if (kv !== undefined) entries.push([kv, P - 1]);
    }
    if (entries.length === 0) return;
    entries.sort((a, b) => a[0] - b[0]);
    equations.push({ cols: entries.map((e) => e[0]), vals: entries.map((e) => e[1]) });
  };
  const W = t.values;
  for (let c = 0; c < t.n.length; c++) {
    if (t.n[c] === 0) continue; // an empty cell's children are empty: no unknown in its lines
    const value = c % W;
    const period = Math.floor(c / W) % AUDIT_PERIODS;
    const unit = Math.floor(c / W / AUDIT_PERIODS);
    if (children[unit].length) line(c, children[unit].map((u) => auditCell(t, u, period, value)));
    if (periodChildren[period].length) line(c, periodChildren[period].map((p) => auditCell(t, unit, p, value)));
    if (value === 0 && W > 1) line(c, Array.from({ length: W - 1 }, (_, v) => auditCell(t, unit, period, v + 1)));
  }
  const { pivots, order } = eliminate(equations, cells.length);
  const rng = lcg(seed);
  const z = [0, 1, 2].map(() => new Float64Array(cells.length));
  const isPivot = new Uint8Array(cells.length);
  for (const col of order) isPivot[col] = 1;
  for (let v = 0; v < cells.length; v++) if (!isPivot[v]) for (const vec of z) vec[v] = rng();
  // Back-substitution, latest pivot first: a pivot row holds only columns that were not pivots when it was added.
  for (let i = order.length - 1; i >= 0; i--) {
    const col = order[i];
    const row = pivots.get(col)!;
    for (const vec of z) {
      let sum = 0;
      for (let j = 0; j < row.cols.length; j++) if (row.cols[j] !== col) sum = mod(sum + mul(row.vals[j], vec[row.cols[j]]));
      vec[col] = mod(-sum);
    }
  }
  const out = new Map<number, [number, number, number]>();
  cells.forEach((c, v) => out.set(c, [z[0][v], z[1][v], z[2][v]]));
  return out;
}

/** Sparse Gaussian elimination: pivot rows (normalised, pivot coefficient 1) by pivot column, in the order added. */
function eliminate(equations: Row[], width: number): { pivots: Map<number, Row>; order: number[] } {
  const pivots = new Map<number, Row>();
  const rank = new Int32Array(width).fill(-1);
  const order: number[] = [];
  // Short rows first: they fill in least.
  equations.sort((a, b) => a.cols.length - b.cols.length);
  for (const eq of equations) {
    let row: Map<number, number> = new Map(eq.cols.map((c, i) => [c, eq.vals[i]]));
    for (;;) {
      // The earliest-added pivot present in the row.
      let best = -1;
      for (const c of row.keys()) if (rank[c] >= 0 && (best < 0 || rank[c] < rank[best])) best = c;
      if (best < 0) break;
      const f = row.get(best)!;
      const p = pivots.get(best)!;
      for (let j = 0; j < p.cols.length; j++) {
        const c = p.cols[j];
        const v = mod((row.get(c) ?? 0) - mul(f, p.vals[j]));
        if (v === 0) row.delete(c);
        else row.set(c, v);
      }
    }
    if (row.size === 0) continue;
    // Pivot on the column seen least so far (a cheap Markowitz rule): the first key is as good as any.
    const col = row.keys().next().value!;
    const inv = inverse(row.get(col)!);
    const cols = [...row.keys()];
    pivots.set(col, { cols, vals: cols.map((c) => mul(row.get(c)!, inv)) });
    rank[col] = order.length;
    order.push(col);
    row = new Map();
  }
  return { pivots, order };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s % (P - 1)) + 1;
  };
}

/** The atoms: cells of a leaf unit, a week and (when there are values) a value. */
function atomsOf(t: AuditTable): number[] {
  const leaf = t.unitParent.map(() => true);
  t.unitParent.forEach((p) => p >= 0 && (leaf[p] = false));
  const out: number[] = [];
  leaf.forEach((isLeaf, u) => {
    if (!isLeaf) return;
    for (let p = 19; p < AUDIT_PERIODS; p++) for (let v = t.values > 1 ? 1 : 0; v < t.values; v++) out.push(auditCell(t, u, p, v));
  });
  return out;
}

/**
 * A set of atoms (cells) with 1..k−1 answers whose count the shown cells determine, or null.
 * Searched exactly among the atoms under k: sets of up to k−1 atoms whose three null-vector sums
 * are all 0, by meet in the middle (sets of up to ⌈(k−1)/2⌉ atoms, paired through a hash).
 */
export function determinedGroupInTable(t: AuditTable, k: number, seed = 1): number[] | null {
  return determinedGroupsInTable(t, k, 1, seed)[0] ?? null;
}

/** Up to `limit` such sets, without an atom in common (smallest sets first). */
export function determinedGroupsInTable(t: AuditTable, k: number, limit: number, seed = 1): number[][] {
  const z = randomNullVectors(t, seed);
  const zero: [number, number, number] = [0, 0, 0];
  const candidates = atomsOf(t).filter((a) => t.n[a] > 0 && t.n[a] < k).map((a) => ({ atom: a, n: t.n[a], z: z.get(a) ?? zero }));
  const key = (v: readonly number[]) => `${v[0]},${v[1]},${v[2]}`;
  // Single atoms and pairs first, in one pass through a hash: most rounds end here.
  const quick: number[][] = [];
  const single = new Map<string, number>();
  const taken = new Set<number>();
  candidates.forEach((c, i) => {
    if (quick.length >= limit) return;
    if (c.z[0] === 0 && c.z[1] === 0 && c.z[2] === 0) {
      quick.push([c.atom]);
      taken.add(i);
      return;
    }
    const partner = single.get(key(c.z.map((x) => mod(-x))));
    if (partner !== undefined && !taken.has(partner) && candidates[partner].n + c.n < k) {
      quick.push([candidates[partner].atom, c.atom]);
      taken.add(partner).add(i);
      return;
    }
    single.set(key(c.z), i);
  });
  if (quick.length > 0) return quick;
  interface Part { atoms: number[]; n: number; z: [number, number, number] }
  const half = Math.ceil((k - 1) / 2);
  const parts: Part[] = [{ atoms: [], n: 0, z: [0, 0, 0] }];
  const grow = (from: number, part: Part) => {
    if (part.atoms.length === half) return;
    for (let i = from; i < candidates.length; i++) {
      const c = candidates[i];
      if (part.n + c.n >= k) continue;
      const next: Part = { atoms: [...part.atoms, i], n: part.n + c.n, z: [mod(part.z[0] + c.z[0]), mod(part.z[1] + c.z[1]), mod(part.z[2] + c.z[2])] };
      parts.push(next);
      grow(i + 1, next);
    }
  };
  grow(0, parts[0]);
  const byKey = new Map<string, Part[]>();
  for (const part of parts) {
    const k1 = key(part.z);
    const list = byKey.get(k1);
    if (list) list.push(part);
    else byKey.set(k1, [part]);
  }
  const found: number[][] = [];
  const used = new Set<number>();
  const free = (p: Part) => p.atoms.every((i) => !used.has(i));
  parts.sort((a, b) => a.atoms.length - b.atoms.length);
  for (const a of parts) {
    if (found.length >= limit) break;
    if (!free(a)) continue;
    const wanted = byKey.get(key(a.z.map((x) => mod(-x))));
    if (!wanted) continue;
    for (const b of wanted) {
      // Each unordered pair once, disjoint, not both empty, and under k together.
      if (a.atoms.length + b.atoms.length === 0 || a.n + b.n >= k || !free(b)) continue;
      if (b.atoms.length > 0 && a.atoms.length > 0 && b.atoms[0] <= a.atoms[a.atoms.length - 1]) continue;
      const group = [...a.atoms, ...b.atoms];
      group.forEach((i) => used.add(i));
      found.push(group.map((i) => candidates[i].atom));
      break;
    }
  }
  return found;
}

/**
 * Hides shown cells until no group of 1..k−1 answers is determined. Each round, like the line
 * rules, hides a complement first: among the shown cells beside the group's cells in a line (a
 * sibling department, period or value of a cell that holds the group) the one with the fewest
 * answers, the finest on ties; only when there is none, a shown cell that holds the group, and
 * then any shown cell (so it always ends: with every cell it may hide hidden, nothing is). Value
 * cells only when `valuesOnly`, so that totals stay as the table without values decided them.
 * Returns the cells it hid, in order; `t.shown` is updated. Deterministic.
 */
export function auditTable(t: AuditTable, k: number, valuesOnly: boolean): number[] {
  const hidden: number[] = [];
  const children: number[][] = t.unitParent.map(() => []);
  t.unitParent.forEach((p, u) => p >= 0 && children[p].push(u));
  const eligible = (c: number) => t.shown[c] === 1 && (!valuesOnly || c % t.values !== 0);
  const byFewest = (a: number, b: number) => t.n[a] - t.n[b] || b - a;
  for (;;) {
    // Several groups a round (each a solve): one more cell hidden for each, then solved again.
    const groups = determinedGroupsInTable(t, k, 64);
    if (groups.length === 0) return hidden;
    // A later group of the round may have lost its derivation to an earlier hide: the next solve tells.
    groups.forEach((group, i) => {
      if (!hideOneFor(group) && i === 0) throw new Error('A determined group that no shown cell counts: the table is inconsistent.');
    });
  }

  function hideOneFor(group: number[]): boolean {
    const holding = cellsHolding(t, group);
    const beside = new Set<number>();
    for (const x of holding) {
      const W = t.values;
      const v = x % W;
      const p = Math.floor(x / W) % AUDIT_PERIODS;
      const u = Math.floor(x / W / AUDIT_PERIODS);
      const parent = t.unitParent[u];
      if (parent >= 0) for (const s of children[parent]) beside.add(auditCell(t, s, p, v));
      const pp = periodParent[p];
      if (pp >= 0) for (const s of periodChildren[pp]) beside.add(auditCell(t, u, s, v));
      if (v > 0) for (let s = 1; s < W; s++) beside.add(auditCell(t, u, p, s));
    }
    const complements = [...beside].filter((c) => !holding.has(c) && eligible(c)).sort(byFewest);
    // Else a shown cell that holds the group; else any (the derivation runs through cells farther away).
    const victim = complements[0] ?? [...holding].filter(eligible).sort(byFewest)[0] ?? anyEligible(t, eligible, byFewest);
    if (victim === undefined) return false;
    t.shown[victim] = 0;
    hidden.push(victim);
    return true;
  }
}

function anyEligible(t: AuditTable, eligible: (c: number) => boolean, order: (a: number, b: number) => number): number | undefined {
  let best: number | undefined;
  for (let c = 0; c < t.n.length; c++) if (eligible(c) && (best === undefined || order(c, best) < 0)) best = c;
  return best;
}

const periodParent: number[] = Array.from({ length: AUDIT_PERIODS }, (_, p) => periodChildren.findIndex((c) => c.includes(p)));

/** Every cell that holds at least one of these atoms (shown or not). */
function cellsHolding(t: AuditTable, atoms: number[]): Set<number> {
  const W = t.values;
  const out = new Set<number>();
  for (const atom of atoms) {
    const value = atom % W;
    const periods: number[] = [];
    for (let p = Math.floor(atom / W) % AUDIT_PERIODS; p >= 0; p = periodParent[p]) periods.push(p);
    const values = W > 1 ? [value, 0] : [0];
    for (let u = Math.floor(atom / W / AUDIT_PERIODS); u >= 0; u = t.unitParent[u]) {
      for (const p of periods) for (const v of values) out.add(auditCell(t, u, p, v));
    }
  }
  return out;
}

/**
 * The audit in two stages, as the line rules decide: the table's totals alone first (the table
 * without a segment, `totals`, values = 1), then the table with the segment's values, its total
 * column taken from the first stage and only value cells hidden. So totals never depend on a
 * segment, and the verdicts of requests with different segments agree on them.
 */
export function auditTotalsThenValues(totals: AuditTable, table: AuditTable, k: number): void {
  if (totals.values !== 1) throw new Error('The totals table has no values.');
  auditTable(totals, k, false);
  for (let u = 0; u < table.unitParent.length; u++) {
    for (let p = 0; p < AUDIT_PERIODS; p++) table.shown[auditCell(table, u, p, 0)] = totals.shown[auditCell(totals, u, p, 0)];
  }
  if (table.values > 1) auditTable(table, k, true);
}
