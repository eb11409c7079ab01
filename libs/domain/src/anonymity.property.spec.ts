import { PartitionCell, withholdPartition } from './anonymity';

/** Small seeded PRNG (mulberry32) so every run checks the same partitions. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('withholdPartition on seeded pseudo-random partitions', () => {
  const RUNS = 20_000;

  it(`keeps every hidden group empty or at least k, over ${RUNS} partitions`, () => {
    const random = mulberry32(20240517);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    let withheldSome = 0;
    let subtractions = 0;

    for (let run = 0; run < RUNS; run++) {
      const k = int(3, 10);
      const cellCount = int(0, 8);
      const cells: PartitionCell[] = [];
      for (let i = 0; i < cellCount; i++) {
        // Mostly small cells around k, so that the rules are exercised.
        const n = random() < 0.7 ? int(0, 2 * k) : int(0, 10 * k);
        cells.push({ key: `c${int(0, 99)}-${i}`, n });
      }
      const covered = cells.reduce((s, c) => s + c.n, 0);
      const remainder = random() < 0.4 ? 0 : int(0, 2 * k);
      const parentN = covered + remainder;

      const result = withholdPartition({ parentN, cells, k });
      const context = JSON.stringify({ parentN, k, cells, result: Object.fromEntries(result) });

      // Every cell is decided.
      expect(result.size).toBe(cells.length);
      const visible = cells.filter((c) => result.get(c.key) === null);
      const hidden = parentN - visible.reduce((s, c) => s + c.n, 0);

      // The union of withheld cells plus the remainder is 0 or at least k. (A parent below k
      // has every cell withheld; the parent itself is then withheld in its own partition.)
      if (parentN < k && visible.length > 0) throw new Error(`cell shown under a parent below k: ${context}`);
      if (parentN >= k && !(hidden === 0 || hidden >= k)) throw new Error(`hidden group of ${hidden} < k: ${context}`);
      for (const c of visible) {
        // No visible cell is below k, and none reveals a smaller group by subtraction.
        if (c.n < k) throw new Error(`visible cell below k: ${context}`);
        const rest = parentN - c.n;
        if (rest > 0 && rest < k) throw new Error(`visible cell reveals ${rest} by subtraction: ${context}`);
      }
      for (const c of cells) {
        const reason = result.get(c.key);
        // 'too_few' exactly for small cells or a small parent; withholding a big cell is 'subtraction'.
        const small = parentN < k || c.n < k;
        if (small && reason !== 'too_few') throw new Error(`small cell not withheld as too_few: ${context}`);
        if (!small && reason === 'too_few') throw new Error(`big cell withheld as too_few: ${context}`);
      }
      // No more than necessary: at most one cell is withheld for subtraction, and only when,
      // without withholding it, the hidden group would be 0 < U < k; and it is the smallest.
      const bySubtraction = cells.filter((c) => result.get(c.key) === 'subtraction');
      if (bySubtraction.length > 1) throw new Error(`more than one subtraction: ${context}`);
      if (bySubtraction.length === 1) {
        const [s] = bySubtraction;
        const u = hidden - s.n;
        if (!(u > 0 && u < k)) throw new Error(`needless subtraction: ${context}`);
        if (visible.some((c) => c.n < s.n || (c.n === s.n && c.key < s.key))) {
          throw new Error(`subtraction did not pick the smallest cell: ${context}`);
        }
        subtractions++;
      }
      if (visible.length < cells.length) withheldSome++;
    }

    // The generator really exercised both rules.
    expect(withheldSome).toBeGreaterThan(RUNS / 4);
    expect(subtractions).toBeGreaterThan(RUNS / 20);
  });
});
