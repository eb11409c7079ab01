import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';
import { pinnedSmallGroups, PublishedFigure } from '../support/attack/linear-attack';

/*
 * The attacks of issue 11, each with the requests that carried it out, and the exact check
 * (test/support/attack/linear-attack.ts) over everything those requests published.
 */

const k = 5;

interface Atom {
  department: string;
  month: string;
  phase: string;
  location: string;
  n: number;
}

describe('Anonymity: the named attacks of issue 11', () => {
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  let programme: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-07-20T09:00:00Z' });
    programme = await newProgramme(t.db);
    const user = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  /** A fresh organisation: a root and its departments, with the answers of each atom. */
  async function organisation(departments: string[], atoms: Atom[]) {
    await t.db.query('DELETE FROM response');
    await t.db.query('UPDATE department SET parent_id = NULL');
    await t.db.query('DELETE FROM department');
    const root = await newDepartment(t.db, { name: 'Org' });
    const ids: Record<string, string> = {};
    for (const name of departments) ids[name] = (await newDepartment(t.db, { name, parentId: root.id })).id;
    for (const a of atoms) {
      await newResponses(t.db, {
        programmeId: programme, departmentId: ids[a.department], scores: Array(a.n).fill(3),
        answeredOn: `${a.month}-10`, phase: a.phase, location: a.location,
      });
    }
    const published: PublishedFigure[] = [];
    /** Asks for a figure and records it (when shown) as the atoms it counts. */
    const ask = async (path: string, pick: (body: any) => number | null, counts: (a: Atom) => boolean) => {
      const n = pick((await hr.get(`/api/analytics/${path}`).expect(200)).body);
      if (n === null) return null;
      const members = atoms.map((a, i) => ({ a, i })).filter(({ a }) => counts(a));
      expect(n).toBe(members.reduce((s, m) => s + m.a.n, 0));
      published.push({ label: path, atoms: members.map((m) => m.i) });
      return n;
    };
    const pinned = () => pinnedSmallGroups(atoms.map((a) => a.n), published, k).map((g) => ({ n: g.n, atoms: g.atoms.map((i) => atoms[i]) }));
    return { ids, ask, pinned };
  }

  const atom = (department: string, month: string, n: number, phase = 'ongoing_development', location = 'Tallinn'): Atom => ({ department, month, phase, location, n });
  const overall = (b: any) => b.overall.n;

  it("treats a filter's values as one partition: all − Tallinn − Tartu does not give Pärnu's 2", async () => {
    const { ask, pinned } = await organisation(['A'], [
      atom('A', '2026-04', 10, undefined, 'Tallinn'), atom('A', '2026-04', 8, undefined, 'Tartu'), atom('A', '2026-04', 2, undefined, 'Pärnu'),
    ]);
    expect(await ask('overview?period=2026-Q2', overall, () => true)).toBe(20);
    for (const location of ['Tallinn', 'Tartu', 'Pärnu']) {
      await ask(`overview?period=2026-Q2&location=${encodeURIComponent(location)}`, overall, (a) => a.location === location);
    }
    expect(pinned()).toEqual([]);
  });

  it('refuses two segment filters at once, so no intersection can be worked out by inclusion and exclusion', async () => {
    await organisation(['A'], [atom('A', '2026-04', 10)]);
    const res = await hr.get('/api/analytics/overview?period=2026-Q2&location=Tartu&tenure=1_2y').expect(400);
    expect(res.body.message).toMatch(/one of location, phase, tenure band, programme or team at a time/);
    await hr.get('/api/analytics/heatmap?period=2026-Q2&location=Tartu').expect(400);
    await hr.get('/api/analytics/heatmap?period=2026-Q2&by=driver&phase=onboarding').expect(400);
  });

  it('keeps a month withheld as a complement hidden in the other direction too (department × month)', async () => {
    // A: January 3, February 8, March 8; B: 10 each month. A's February, withheld to protect
    // January within A's quarter, came back as the organisation's February minus B's.
    const { ids, ask, pinned } = await organisation(['A', 'B'], [
      atom('A', '2026-01', 3), atom('A', '2026-02', 8), atom('A', '2026-03', 8),
      atom('B', '2026-01', 10), atom('B', '2026-02', 10), atom('B', '2026-03', 10),
    ]);
    for (const [name, id] of [['', null], ...Object.entries(ids)] as [string, string | null][]) {
      const department = id ? `&department=${id}` : '';
      const inDepartment = (a: Atom) => !id || a.department === name;
      await ask(`overview?period=2026-Q1${department}`, overall, inDepartment);
      for (const [i, month] of ['2026-01', '2026-02', '2026-03'].entries()) {
        await ask(`trend?period=2026-Q1${department}`, (b) => b.points[i].n, (a) => inDepartment(a) && a.month === month);
      }
    }
    expect(pinned()).toEqual([]);
  });

  it('decides the heatmap and the overview filtered by phase alike (heatmap × overview)', async () => {
    // A: onboarding 2, ongoing 10; B: 10 and 10. The heatmap hides B's onboarding to protect A's;
    // the overview of B filtered to onboarding must not show it.
    const { ids, ask, pinned } = await organisation(['A', 'B'], [
      atom('A', '2026-04', 2, 'onboarding'), atom('A', '2026-04', 10), atom('B', '2026-04', 10, 'onboarding'), atom('B', '2026-04', 10),
    ]);
    const heatmap = (await hr.get('/api/analytics/heatmap?period=2026-Q2').expect(200)).body;
    for (const row of heatmap.rows) {
      for (const cell of row.cells) {
        if (cell.n === null) continue;
        const department = row.label === 'Organisation' || row.label === 'Org' ? null : row.label;
        const members = [0, 1, 2, 3].filter((i) => (!department || ['A', 'A', 'B', 'B'][i] === department) && ['onboarding', 'ongoing_development', 'onboarding', 'ongoing_development'][i] === cell.column);
        await ask(`heatmap?period=2026-Q2`, () => cell.n, (a) => members.includes([...['A', 'B']].indexOf(a.department) * 2 + (a.phase === 'onboarding' ? 0 : 1)));
      }
    }
    for (const [name, id] of Object.entries(ids)) {
      for (const phase of ['onboarding', 'ongoing_development']) {
        await ask(`overview?period=2026-Q2&department=${id}&phase=${phase}`, overall, (a) => a.department === name && a.phase === phase);
      }
      await ask(`overview?period=2026-Q2&department=${id}`, overall, (a) => a.department === name);
    }
    await ask('overview?period=2026-Q2', overall, () => true);
    expect(pinned()).toEqual([]);
  });
});
