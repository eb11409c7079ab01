import fc from 'fast-check';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';
import { pinnedSmallGroups, PublishedFigure } from '../support/attack/linear-attack';

/*
 * The attacker of PRODUCT.md's anonymity rules, with many requests: random organisations and
 * answers, a random sequence of legal dashboard requests, and every figure any of them published
 * put into one system of equations (test/support/attack/linear-attack.ts). No group of 1..k−1
 * answers may follow from it, by any linear combination.
 */

const k = 5;
const PERIODS = ['2026', '2026-H1', '2026-Q1', '2026-Q2', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const LOCATIONS = ['Tallinn', 'Tartu', 'Pärnu'];
const PHASES = ['onboarding', 'ongoing_development'];
const TENURES = ['1_2y', '2_5y'];
const DAYS = [3, 10, 17, 25];

interface Atom {
  department: number;
  month: number;
  day: number;
  location: string;
  phase: string;
  tenure: string;
  programme: number;
}

interface Filters {
  location?: string;
  phase?: string;
  tenure?: string;
  programme?: number;
}

type Request =
  | { kind: 'overview' | 'units' | 'heatmap'; period: string; department: number | null; filters: Filters }
  | { kind: 'trend'; period: string; department: number | null; filters: Filters; weekly: boolean };

/** Departments as parent indices: 0 is the root, each later one hangs below an earlier one. */
const organisation = fc.array(fc.nat(), { minLength: 3, maxLength: 9 }).map((picks) => picks.map((p, i) => (i === 0 ? -1 : p % Math.min(i, 4))));

const answers = (departments: number) =>
  fc.array(
    fc.record({
      department: fc.nat({ max: departments - 1 }),
      month: fc.integer({ min: 1, max: 6 }),
      day: fc.constantFrom(...DAYS),
      location: fc.constantFrom(...LOCATIONS),
      phase: fc.constantFrom(...PHASES),
      tenure: fc.constantFrom(...TENURES),
      programme: fc.nat({ max: 1 }),
      // Few distinct answer groups, so that many figures are near k.
      copies: fc.integer({ min: 1, max: 9 }),
      score: fc.integer({ min: 0, max: 10 }),
    }),
    { minLength: 30, maxLength: 80 },
  );

/**
 * At most one segment filter a request (the API refuses two), all of one segment dimension in one
 * sequence: the guarantee covers each dimension with the department tree and the calendar (README).
 */
const DIMENSIONS: Record<string, fc.Arbitrary<Filters>> = {
  location: fc.record({ location: fc.constantFrom(...LOCATIONS) }),
  phase: fc.record({ phase: fc.constantFrom(...PHASES) }),
  tenure: fc.record({ tenure: fc.constantFrom(...TENURES) }),
  programme: fc.record({ programme: fc.nat({ max: 1 }) }),
};
const filtersOf = (dimension: string): fc.Arbitrary<Filters> =>
  fc.oneof({ arbitrary: fc.constant({}), weight: 1 }, { arbitrary: DIMENSIONS[dimension], weight: 2 });

const requests = (departments: number, dimension: string) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom('overview', 'units', 'heatmap', 'trend', 'trend-week'),
      period: fc.constantFrom(...PERIODS),
      department: fc.option(fc.nat({ max: departments - 1 }), { nil: null }),
      filters: filtersOf(dimension),
    }).map(({ kind, ...r }): Request => {
      if (kind.startsWith('trend')) return { ...r, kind: 'trend', weekly: kind === 'trend-week' };
      // The phase heatmap cuts by phase already: it takes a phase filter only, and crosses phases with
      // the sequence's dimension, so it belongs to the phase sequences.
      if (kind === 'heatmap') return { ...r, kind: dimension === 'phase' ? 'heatmap' : 'overview' };
      return { ...r, kind: kind as 'overview' | 'units' };
    }),
    { minLength: 30, maxLength: 90 },
  );

describe('Anonymity against an attacker with many requests (exact linear check)', () => {
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  let programmes: string[];

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-07-20T09:00:00Z' });
    programmes = [await newProgramme(t.db), await newProgramme(t.db)];
    const user = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const date = (a: Pick<Atom, 'month' | 'day'>) => `2026-${String(a.month).padStart(2, '0')}-${String(a.day).padStart(2, '0')}`;

  /** Builds the organisation and its answers; returns department ids and each atom's count. */
  async function build(parents: number[], rows: (Atom & { copies: number; score: number })[]) {
    await t.db.query('DELETE FROM response');
    await t.db.query('UPDATE department SET parent_id = NULL');
    await t.db.query('DELETE FROM department');
    const ids: string[] = [];
    for (const [i, parent] of parents.entries()) {
      ids.push((await newDepartment(t.db, { name: `D${i}`, parentId: parent < 0 ? null : ids[parent] })).id);
    }
    const atoms = new Map<string, Atom & { n: number }>();
    for (const r of rows) {
      const key = JSON.stringify([r.department, r.month, r.day, r.location, r.phase, r.tenure, r.programme]);
      const atom = atoms.get(key) ?? { ...r, n: 0 };
      atom.n += r.copies;
      atoms.set(key, atom);
      await newResponses(t.db, {
        programmeId: programmes[r.programme], departmentId: ids[r.department], scores: Array(r.copies).fill(r.score),
        answeredOn: date(r), location: r.location, phase: r.phase, tenureBand: r.tenure,
      });
    }
    return { ids, atoms: [...atoms.values()] };
  }

  function subtree(parents: number[], root: number): Set<number> {
    const out = new Set([root]);
    for (let i = 0; i < parents.length; i++) if (out.has(parents[i])) out.add(i);
    return out;
  }

  async function attack(parents: number[], rows: (Atom & { copies: number; score: number })[], sequence: Request[]) {
    const { ids, atoms } = await build(parents, rows);
    const published: PublishedFigure[] = [];
    const record = (label: string, n: number | null, departments: Set<number> | null, from: string, to: string, f: Filters) => {
      if (n === null) return;
      const members = atoms
        .map((a, i) => ({ a, i }))
        .filter(({ a }) => (!departments || departments.has(a.department)) && date(a) >= from && date(a) <= to)
        .filter(({ a }) => (!f.location || a.location === f.location) && (!f.phase || a.phase === f.phase))
        .filter(({ a }) => (!f.tenure || a.tenure === f.tenure) && (f.programme === undefined || a.programme === f.programme));
      // The figure is what the attacker thinks it is: its n is the count of those atoms.
      expect({ label, n }).toEqual({ label, n: members.reduce((s, m) => s + m.a.n, 0) });
      published.push({ label, atoms: members.map((m) => m.i) });
    };
    const byId = new Map(ids.map((id, i) => [id, i]));
    for (const r of sequence) {
      const query = new URLSearchParams({ period: r.period });
      if (r.department !== null) query.set('department', ids[r.department]);
      for (const [name, value] of Object.entries(r.filters)) query.set(name, name === 'programme' ? programmes[value as number] : String(value));
      const path = r.kind === 'trend' ? `trend?granularity=${r.weekly ? 'week' : 'month'}&${query}` : `${r.kind}?${query}`;
      const body = (await hr.get(`/api/analytics/${path}`).expect(200)).body;
      const label = `${path}`;
      const selection = r.department === null ? null : subtree(parents, r.department);
      if (r.kind === 'overview') {
        record(`${label} overall`, body.overall.n, selection, body.period.from, body.period.to, r.filters);
        record(`${label} previous`, body.previous.n, selection, body.previousPeriod.from, body.previousPeriod.to, r.filters);
      } else if (r.kind === 'trend') {
        for (const p of body.points) record(`${label} ${p.from}`, p.n, selection, p.from, p.to, r.filters);
      } else if (r.kind === 'units') {
        record(`${label} reference`, body.reference.n, selection, body.period.from, body.period.to, r.filters);
        for (const u of body.units) record(`${label} ${u.label}`, u.n, subtree(parents, byId.get(u.key)!), body.period.from, body.period.to, r.filters);
      } else {
        for (const row of body.rows) {
          const departments = row.key === 'organisation' ? null : subtree(parents, byId.get(row.key)!);
          for (const c of row.cells) record(`${label} ${row.label}×${c.column}`, c.n, departments, body.period.from, body.period.to, { ...r.filters, phase: c.column });
        }
      }
    }
    const pinned = pinnedSmallGroups(atoms.map((a) => a.n), published, k);
    if (process.env.ATTACK_DEBUG && pinned.length) {
      require('node:fs').writeFileSync('/tmp/attack.json', JSON.stringify({ atoms, published, pinned, parents }));
    }
    if (process.env.ATTACK_DEBUG) console.log(`answers ${atoms.reduce((s, a) => s + a.n, 0)}, atoms ${atoms.length}, figures ${published.length}, pinned ${pinned.length}`);
    return pinned.map((g) => ({ n: g.n, atoms: g.atoms.map((i) => ({ ...atoms[i], department: `D${atoms[i].department}` })) }));
  }

  it('publishes nothing from which a group of 1..k−1 follows, over random organisations and request sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        organisation.chain((parents) =>
          fc.tuple(fc.constant(parents), answers(parents.length), fc.constantFrom(...Object.keys(DIMENSIONS)).chain((d) => requests(parents.length, d))),
        ),
        async ([parents, rows, sequence]) => {
          expect(await attack(parents, rows, sequence)).toEqual([]);
        },
      ),
      { numRuns: 40, endOnFailure: true, ...(process.env.ATTACK_SEED ? { seed: Number(process.env.ATTACK_SEED), path: process.env.ATTACK_PATH } : {}) },
    );
  });
});
