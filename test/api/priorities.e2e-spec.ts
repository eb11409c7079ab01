import { newAnalyticsTree } from '../support/analytics-tree';
import { createTestApp, TestApp } from '../support/test-app';
import { newProgramme, newResponses, newUser, signIn } from '../support/factories';

type Client = Awaited<ReturnType<typeof signIn>>;
type Answers = { scores: number[]; items: number[] };

/* Answers of 2026-04-15: the 0–10 score and the 1–5 answer to the pulse's driver. */
const SALES: Record<string, Answers> = {
  recognition: {
    scores: [4, 6, 5, 1, 4, 4, 2, 4, 6, 4, 5, 3, 2, 3, 4, 4, 2, 3, 3, 5, 5, 5, 6, 2, 4, 4, 5, 6, 6, 7],
    items: [2, 3, 4, 1, 2, 2, 1, 1, 3, 2, 3, 2, 1, 2, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 3, 3, 3, 3],
  },
  growth: {
    scores: [7, 8, 7, 5, 8, 7, 6, 5, 5, 8, 7, 7, 8, 5, 3, 6, 6, 7, 6, 8, 7, 5, 9, 6, 8, 4, 6, 7, 5, 3],
    items: [4, 5, 5, 3, 5, 4, 5, 3, 4, 5, 4, 5, 5, 3, 2, 4, 4, 4, 4, 4, 4, 2, 5, 4, 5, 3, 4, 5, 3, 2],
  },
  wellbeing: {
    scores: [2, 5, 6, 6, 7, 2, 8, 5, 3, 5, 6, 4, 7, 7, 7, 5, 0, 10, 0, 8, 6, 5, 7, 7, 5, 6, 8, 4, 2, 2],
    items: [1, 3, 2, 4, 3, 4, 3, 2, 3, 2, 3, 2, 3, 4, 4, 2, 2, 1, 2, 3, 3, 3, 4, 3, 4, 3, 2, 3, 1, 5],
  },
  role_clarity: {
    scores: [5, 7, 4, 5, 4, 8, 5, 6, 9, 5, 4, 8, 5, 4, 8, 5, 4, 2, 5, 2, 4, 8, 2, 3, 9],
    items: [4, 4, 2, 3, 3, 4, 4, 4, 4, 3, 2, 3, 4, 5, 4, 4, 3, 4, 3, 3, 3, 4, 3, 3, 4],
  },
  manager_relationship: {
    scores: [7, 8, 4, 5, 6, 5, 7, 7, 4, 3, 6, 4, 5, 7, 7, 5, 5, 6, 5, 4, 5, 7, 7, 3, 6, 6, 5, 8, 8, 3],
    items: [3, 5, 2, 2, 3, 4, 4, 5, 2, 2, 2, 3, 3, 4, 4, 3, 2, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 5, 5, 3],
  },
  workplace_tools: { scores: [3, 4, 7, 5, 7, 6, 3, 5, 5, 7, 3, 3], items: [3, 1, 4, 3, 4, 3, 1, 2, 4, 4, 2, 3] },
};
const NORTH: Record<string, Answers> = {
  recognition: { scores: [4, 4, 1, 4, 1, 3], items: [2, 3, 1, 2, 1, 2] },
  growth: { scores: [8, 4, 7, 6, 7, 6], items: [5, 3, 4, 4, 4, 3] },
};
const SUPPORT: Record<string, Answers> = {
  recognition: { scores: [5, 2, 8, 6, 5, 5, 6, 2], items: [3, 3, 3, 5, 3, 4, 3, 4] },
  wellbeing: {
    scores: [6, 6, 7, 5, 2, 4, 6, 5, 6, 7, 6, 4, 5, 2, 5, 7, 3, 4, 1, 6, 4, 8, 6, 6, 9, 6, 3, 4, 5, 4],
    items: [4, 4, 3, 1, 3, 1, 2, 3, 4, 4, 3, 4, 3, 2, 2, 3, 2, 2, 2, 3, 4, 3, 3, 3, 4, 3, 2, 2, 1, 2],
  },
};
const OPS: Record<string, Answers> = { recognition: { scores: [6, 3, 7, 4, 5], items: [3, 2, 4, 2, 3] } };
const TINY: Record<string, Answers> = { recognition: { scores: [5, 5, 5], items: [2, 5, 3] } };

/*
 * Expected figures computed independently from the raw answers above with Python (numpy, and
 * scipy.stats: t.ppf(0.975, n − 1) for the mean's interval, pearsonr for r, norm.ppf(0.975) for
 * Fisher's tanh(atanh r ± z/√(n − 3))). Sales is its own answers and Sales North's; Org all of them.
 */
const EXPECTED_SALES = {
  recognition: { n: 36, mean: 2.25, ciLow: 1.9894788987963805, ciHigh: 2.5105211012036195, r: 0.7903478069976005, rLow: 0.6237816538241673, rHigh: 0.8882442607959674 },
  growth: { n: 36, mean: 3.9444444444444446, ciLow: 3.631772625592029, ciHigh: 4.25711626329686, r: 0.8541170989474016, rLow: 0.7305910473121442, rHigh: 0.9235088683218923 },
  wellbeing: { n: 30, mean: 2.8, ciLow: 2.427883698311108, ciHigh: 3.1721163016888916, r: 0.1136106926326812, rLow: -0.25718523368821067, rHigh: 0.4552464784185699 },
  role_clarity: { n: 25, mean: 3.48, ciLow: 3.1852163227672183, ciHigh: 3.7747836772327816, r: 0.3873549145977984, rLow: -0.009181224743888444, rHigh: 0.6786191514099863 },
  manager_relationship: { n: 30, mean: 3.2666666666666666, ciLow: 2.9140095231763365, ciHigh: 3.6193238101569967, r: 0.7353818584712585, rLow: 0.5103125108014291, rHigh: 0.8661715352086725 },
  // 12 answers: below the 20 that r needs, so the API leaves r out (scipy gives 0.6787, 95% CI 0.17–0.90).
  workplace_tools: { n: 12, mean: 2.8333333333333335, ciLow: 2.1251243198710554, ciHigh: 3.5415423467956115, r: null, rLow: null, rHigh: null },
};
/** The plain average of the six means: 3.0957407407407405. */
const SALES_AVERAGE = 3.0957407407407405;
const EXPECTED_ORG = {
  ...EXPECTED_SALES,
  recognition: { n: 52, mean: 2.5576923076923075, ciLow: 2.2966827677389916, ciHigh: 2.8187018476456234, r: 0.6250928895238439, rLow: 0.42462924523201845, rHigh: 0.7671299986009599 },
  wellbeing: { n: 60, mean: 2.7666666666666666, ciLow: 2.517855192983577, ciHigh: 3.015478140349756, r: 0.2537919706572169, rLow: -0.00014187473215604386, rHigh: 0.4769782618140369 },
};
const ORG_AVERAGE = 3.141467236467236;

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100 || 0);
const shown = (e: (typeof EXPECTED_SALES)[keyof typeof EXPECTED_SALES]) => ({
  withheld: null, n: e.n, mean: round2(e.mean), ciLow: round2(e.ciLow), ciHigh: round2(e.ciHigh), r: round2(e.r), rLow: round2(e.rLow), rHigh: round2(e.rHigh),
});

interface DriverView { driver: string; withheld: string | null; n: number | null; mean: number | null; ciLow: number | null; ciHigh: number | null; r: number | null; label: string | null }
interface UnitView { key: string; label: string; driverAverage: number | null; drivers: DriverView[] }

describe('Priorities: what matters most, per unit and period', () => {
  let t: TestApp;
  let leader: Client;
  let manager: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const tree = await newAnalyticsTree(t.db);
    Object.assign(ids, tree);
    const answer = async (departmentId: string, groups: Record<string, Answers>) => {
      for (const [key, a] of Object.entries(groups)) {
        await newResponses(t.db, { programmeId: programme, departmentId, scores: a.scores, answeredOn: '2026-04-15', item: { key, scores: a.items } });
      }
    };
    await answer(tree.sales, SALES);
    await answer(tree.north, NORTH);
    await answer(tree.support, SUPPORT);
    await answer(tree.ops, OPS);
    await answer(tree.tiny, TINY);

    const leaderUser = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, leaderUser.email, leaderUser.password);
    const managerUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: tree.sales });
    manager = await signIn(t.app, managerUser.email, managerUser.password);
  });
  afterAll(() => t.close());

  const get = async (path: string, client = leader) => (await client.get(path).expect(200)).body;
  const byDriver = (unit: UnitView) => Object.fromEntries(unit.drivers.map((d) => [d.driver, d]));

  it("gives each driver's mean with its interval and its relation to eNPS, as computed from the raw answers", async () => {
    const p = await get(`/api/analytics/priorities?period=2026-Q2&department=${ids.sales}`);
    expect(p.rules).toEqual({ minPairs: 20, minR: 0.3, minRLow: 0.1, minDrivers: 3 });
    expect(p.units).toHaveLength(1);
    const [unit] = p.units;
    expect(unit).toMatchObject({ key: ids.sales, label: 'Sales', depth: 0 });
    expect(unit.drivers.map((d: DriverView) => d.driver)).toEqual([
      'manager_relationship', 'role_clarity', 'recognition', 'growth', 'workplace_tools', 'wellbeing',
    ]);
    const drivers = byDriver(unit);
    for (const [key, expected] of Object.entries(EXPECTED_SALES)) expect(drivers[key]).toMatchObject(shown(expected));
    expect(drivers.workplace_tools).toMatchObject({ r: null, rGap: 'below-minimum', related: null });
    expect(unit.driverAverage).toBe(round2(SALES_AVERAGE));
  });

  it('labels a priority (low and strongly related) and a strength (high and related), and nothing it cannot support', async () => {
    const [unit] = (await get(`/api/analytics/priorities?period=2026-Q2&department=${ids.sales}`)).units;
    const labels = Object.fromEntries(unit.drivers.map((d: DriverView & { level: string; related: boolean }) => [d.driver, [d.level, d.related, d.label]]));
    expect(labels).toEqual({
      // 95% interval 1.99–2.51 below the average 3.10; r 0.79 (0.62–0.89).
      recognition: ['low', true, 'priority'],
      // 3.63–4.26 above 3.10; r 0.85 (0.73–0.92).
      growth: ['high', true, 'strength'],
      // 2.43–3.17 spans 3.10, and r 0.11 (−0.26–0.46) is no clear relation.
      wellbeing: ['middle', false, null],
      // High (3.19–3.77), but r 0.39 has an interval reaching −0.01: not clearly related.
      role_clarity: ['high', false, null],
      // Strongly related (0.51–0.87) but neither low nor high (2.91–3.62 spans 3.10).
      manager_relationship: ['middle', true, null],
      // Too few answers for r.
      workplace_tools: ['middle', null, null],
    });
  });

  it('is the same for a month of the period that holds all of its answers, and empty for a month without', async () => {
    const april = await get(`/api/analytics/priorities?period=2026-04&department=${ids.sales}`);
    expect(byDriver(april.units[0]).recognition).toMatchObject({ ...shown(EXPECTED_SALES.recognition), label: 'priority' });
    const may = await get(`/api/analytics/priorities?period=2026-05&department=${ids.sales}`);
    expect(may.units[0].drivers.every((d: DriverView) => d.withheld === 'too_few' && d.n === null && d.label === null)).toBe(true);
    expect(may.units[0].driverAverage).toBeNull();
  });

  it('gives the organisation by default: every answer, with its own average and labels', async () => {
    const p = await get('/api/analytics/priorities?period=2026-Q2');
    const [unit] = p.units;
    expect(unit).toMatchObject({ key: ids.org, label: 'Org' });
    const drivers = byDriver(unit);
    for (const [key, expected] of Object.entries(EXPECTED_ORG)) expect(drivers[key]).toMatchObject(shown(expected));
    expect(unit.driverAverage).toBe(round2(ORG_AVERAGE));
    // Wellbeing is low here (2.52–3.02 < 3.14) but r's interval starts at −0.0001: no label.
    expect(drivers.wellbeing).toMatchObject({ level: 'low', related: false, label: null });
    expect(drivers.recognition).toMatchObject({ level: 'low', related: true, label: 'priority' });
  });

  it("withholds a driver exactly where the driver heatmap withholds its cell, computing nothing for it", async () => {
    const p = await get('/api/analytics/priorities?period=2026-Q2&depth=2');
    const heatmap = await get('/api/analytics/heatmap?period=2026-Q2&by=driver&depth=2');
    expect(p.units.map((u: UnitView) => u.key)).toEqual(heatmap.rows.map((r: { key: string }) => r.key));
    for (const [i, unit] of (p.units as UnitView[]).entries()) {
      for (const d of unit.drivers) {
        const cell = heatmap.rows[i].cells.find((c: { column: string }) => c.column === d.driver);
        expect({ unit: unit.label, driver: d.driver, withheld: d.withheld, n: d.n, mean: d.mean })
          .toEqual({ unit: unit.label, driver: d.driver, withheld: cell.withheld, n: cell.n, mean: cell.value });
      }
    }
    const units = Object.fromEntries((p.units as UnitView[]).map((u) => [u.label, byDriver(u)]));
    // Tiny's 3 answers are too few; Ops's 5 are withheld with them (Org minus the shown units would
    // give Tiny's), and its recognition with it; Support's 8 stay, too few for r.
    expect(units.Tiny.recognition).toEqual({
      driver: 'recognition', withheld: 'too_few', n: null, mean: null, ciLow: null, ciHigh: null, r: null, rLow: null, rHigh: null,
      rGap: null, level: null, related: null, label: null,
    });
    expect(units.Ops.recognition).toMatchObject({ withheld: 'subtraction', n: null, r: null, label: null });
    expect(units.Support.recognition).toMatchObject({ withheld: null, n: 8, mean: 3.5, r: null, rGap: 'below-minimum', label: null });
    // Sales North's 6 recognition answers are shown, but too few for r.
    expect(units['Sales North'].recognition).toMatchObject({ withheld: null, n: 6, r: null, rGap: 'below-minimum', label: null });
  });

  it('shows a manager their own part by default and refuses any other department with 403', async () => {
    const own = await get('/api/analytics/priorities?period=2026-Q2', manager);
    expect(own.units[0]).toMatchObject({ key: ids.sales, label: 'Sales' });
    await manager.get(`/api/analytics/priorities?period=2026-Q2&department=${ids.north}`).expect(200);
    const outside = await manager.get(`/api/analytics/priorities?period=2026-Q2&department=${ids.support}`).expect(403);
    expect(outside.body.message).toMatch(/is outside your part of the organisation/);
    await manager.get(`/api/analytics/priorities?period=2026-Q2&department=${ids.org}`).expect(403);
    await manager.get('/api/analytics/priorities?period=2026-Q2&department=00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('refuses a segment filter (the drivers are its segment), a bad depth or period, and no session', async () => {
    const segment = await leader.get('/api/analytics/priorities?period=2026-Q2&location=Tallinn').expect(400);
    expect(segment.body.message).toMatch(/takes no location, phase, tenure band, programme or team filter/);
    await leader.get('/api/analytics/priorities?depth=7').expect(400);
    await leader.get('/api/analytics/priorities?period=2026-Q5').expect(400);
    await t.http.get('/api/analytics/priorities').expect(401);
  });
});
