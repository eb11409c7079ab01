import fc from 'fast-check';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/*
 * Attacks on the anonymity promise (PRODUCT.md): each test tries to learn something about fewer
 * than k = 5 people through the dashboards' endpoints, and must fail.
 */
describe('Analytics anonymity: attempts to single people out', () => {
  const k = 5;
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const org = await newDepartment(t.db, { name: 'Org' });
    const finance = await newDepartment(t.db, { name: 'Finance', parentId: org.id });
    const payroll = await newDepartment(t.db, { name: 'Payroll', parentId: finance.id });
    const support = await newDepartment(t.db, { name: 'Support', parentId: org.id });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: org.id });
    const tiny = await newDepartment(t.db, { name: 'Tiny', parentId: org.id });
    const big = await newDepartment(t.db, { name: 'Big', parentId: org.id });
    const lab = await newDepartment(t.db, { name: 'Lab', parentId: org.id });
    Object.assign(ids, { org: org.id, finance: finance.id, payroll: payroll.id, support: support.id, sales: sales.id, tiny: tiny.id, big: big.id });
    const r = (departmentId: string, scores: number[], answeredOn: string, extra: Record<string, unknown> = {}) =>
      newResponses(t.db, { programmeId: programme, departmentId, scores, answeredOn, ...extra });

    // A department of k + 2 whose one sub-team holds k + 1: the sub-team would reveal the 1 other person.
    await r(finance.id, [0], '2026-04-08');
    await r(payroll.id, [10, 10, 9, 9, 8, 8], '2026-04-08');
    // Support: 20 in Tartu (4 of them onboarding, tenure under 3 months) and 2 in Tallinn.
    await r(support.id, Array(16).fill(9), '2026-04-14', { location: 'Tartu' });
    await r(support.id, [3, 3, 3, 3], '2026-04-14', { location: 'Tartu', phase: 'onboarding', tenureBand: 'under_3m' });
    await r(support.id, [10, 0], '2026-04-14', { location: 'Tallinn' });
    // Sales: 10 in April, 3 in May.
    await r(sales.id, Array(10).fill(8), '2026-04-20');
    await r(sales.id, [1, 1, 1], '2026-05-12');
    // Tiny: 3 people, one rare word.
    await r(tiny.id, [2, 2, 2], '2026-04-21', { comment: { text: 'Nobody fixed the ocelot printer', sentiment: -1 } });
    await r(big.id, Array(30).fill(9), '2026-04-22', { comment: { text: 'Fine', sentiment: 0 } });
    // Lab: 2 more under k, so that Tiny and Lab together (5) stay hidden without hiding Finance.
    await r(lab.id, [7, 7], '2026-04-23');

    const user = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const get = async (path: string) => (await hr.get(path).expect(200)).body;
  const cellsOf = (body: Record<string, any>): Record<string, any>[] => [
    ...(body.overall ? [body.overall, body.previous] : []),
    ...(body.points ?? []), ...(body.units ?? []), ...(body.reference ? [body.reference] : []), ...(body.phases ?? []),
    ...(body.rows ?? []).flatMap((row: { cells: unknown[] }) => row.cells),
  ];

  it('withholds a sub-team of k + 1 inside a department of k + 2, on every endpoint and in the CSV', async () => {
    const overview = await get(`/api/analytics/overview?period=2026-Q2&department=${ids.payroll}`);
    expect(overview.overall).toMatchObject({ withheld: 'subtraction', n: null, enps: null });
    const units = await get(`/api/analytics/units?period=2026-Q2&department=${ids.finance}`);
    expect(units.reference).toMatchObject({ label: 'Finance', n: 7 });
    expect(units.units).toEqual([expect.objectContaining({ label: 'Payroll', withheld: 'subtraction', n: null })]);
    const heatmap = await get('/api/analytics/heatmap?period=2026-Q2');
    const payroll = heatmap.rows.find((row: { label: string }) => row.label === 'Payroll');
    expect(payroll.cells.every((c: { withheld: string | null }) => c.withheld !== null)).toBe(true);
    const trend = await get(`/api/analytics/trend?period=2026-Q2&department=${ids.payroll}`);
    expect(trend.points.every((p: { n: number | null }) => p.n === null)).toBe(true);
    const csv = (await hr.get(`/api/analytics/export/units.csv?period=2026-Q2&department=${ids.finance}`).expect(200)).text;
    expect(csv).toContain('\r\n"Payroll","subtraction",,,,,,,,,,,\r\n');
  });

  it('withholds filters that narrow a group by fewer than k, not only groups under k', async () => {
    // Support in Tartu (20) would reveal Support's 2 in Tallinn by subtraction from Support (22).
    const tartu = await get(`/api/analytics/overview?period=2026-Q2&department=${ids.support}&location=Tartu`);
    expect(tartu.overall).toMatchObject({ withheld: 'subtraction', n: null });
    const tallinn = await get(`/api/analytics/overview?period=2026-Q2&department=${ids.support}&location=Tallinn`);
    expect(tallinn.overall).toMatchObject({ withheld: 'too_few', n: null });
    // Two segment filters at once are refused: they would cross (inclusion and exclusion).
    await hr.get(`/api/analytics/overview?period=2026-Q2&location=Tartu&phase=onboarding&tenure=under_3m`).expect(400);
  });

  it('never shows a filter combination that differs from a one-filter-looser view by fewer than k (property, against raw counts)', async () => {
    const raw = async (f: Record<string, string | undefined>) => {
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM response
          WHERE answered_on BETWEEN '2026-04-01' AND '2026-06-30'
            AND ($1::uuid IS NULL OR department_id = ANY(ARRAY(
                  WITH RECURSIVE sub AS (SELECT id FROM department WHERE id = $1 UNION ALL
                                         SELECT d.id FROM department d JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub)))
            AND ($2::text IS NULL OR location = $2) AND ($3::text IS NULL OR phase = $3) AND ($4::text IS NULL OR tenure_band = $4)`,
        [f.department ?? null, f.location ?? null, f.phase ?? null, f.tenure ?? null],
      );
      return n as number;
    };
    await fc.assert(
      fc.asyncProperty(
        // One segment filter at a time (the API refuses two).
        fc.tuple(
          fc.constantFrom(undefined, ids.support, ids.finance, ids.payroll, ids.sales, ids.big),
          fc.constantFrom<[string, string] | null>(null, ['location', 'Tartu'], ['location', 'Tallinn'], ['phase', 'onboarding'],
            ['phase', 'ongoing_development'], ['tenure', 'under_3m'], ['tenure', '1_2y']),
        ).map(([department, segment]) => ({ department, ...(segment ? { [segment[0]]: segment[1] } : {}) }) as Record<string, string | undefined>),
        async (f) => {
          const query = Object.entries(f).filter(([, v]) => v).map(([key, v]) => `${key}=${v}`).join('&');
          const body = await get(`/api/analytics/overview?period=2026-Q2&${query}`);
          if (body.overall.withheld) return true;
          const n = await raw(f);
          expect(body.overall.n).toBe(n);
          expect(n).toBeGreaterThanOrEqual(k);
          for (const key of ['location', 'phase', 'tenure'] as const) {
            if (!f[key]) continue;
            const gap = (await raw({ ...f, [key]: undefined })) - n;
            expect(gap === 0 || gap >= k).toBe(true);
          }
          return true;
        },
      ),
      { numRuns: 40, seed: 4 },
    );
  });

  it('gives windows only as calendar periods, so two windows a day apart cannot be subtracted', async () => {
    for (const period of ['2026-04-01', '2026-04-02']) {
      const res = await hr.get(`/api/analytics/overview?period=${period}&department=${ids.sales}`).expect(400);
      expect(res.body.message).toMatch(/a quarter \(2026-Q4\) or a month/);
    }
    // Sales: April 10, May 3. The quarter is shown; April would then give May's 3 away, so both months are withheld.
    const quarter = await get(`/api/analytics/overview?period=2026-Q2&department=${ids.sales}`);
    expect(quarter.overall.n).toBe(13);
    for (const month of ['2026-04', '2026-05']) {
      const body = await get(`/api/analytics/overview?period=${month}&department=${ids.sales}`);
      expect(body.overall.n).toBeNull();
    }
    const trend = await get(`/api/analytics/trend?period=2026-Q2&department=${ids.sales}`);
    expect(trend.points.map((p: { n: number | null }) => p.n)).toEqual([null, null, null]);
    const weeks = await get(`/api/analytics/trend?period=2026-Q2&granularity=week&department=${ids.sales}`);
    expect(weeks.points.every((p: { n: number | null }) => p.n === null)).toBe(true);
  });

  it('never shows a figure under k anywhere (every cell of every endpoint)', async () => {
    for (const path of ['overview', 'trend', 'trend?granularity=week', 'heatmap', 'heatmap?by=driver', 'units', 'phases?pool=3', 'alerts']) {
      for (const department of ['', ids.finance, ids.support, ids.tiny]) {
        const sep = path.includes('?') ? '&' : '?';
        const body = await get(`/api/analytics/${path}${sep}period=2026-Q2${department ? `&department=${department}` : ''}`);
        for (const cell of cellsOf(body)) {
          if (cell.n !== null) expect(cell.n).toBeGreaterThanOrEqual(k);
          if (cell.withheld) expect([cell.n, cell.value ?? null, cell.enps ?? null]).toEqual([null, null, null]);
        }
      }
    }
  });

  it('finds a rare word without saying which small group wrote it', async () => {
    const all = await get('/api/analytics/comments?period=2026-Q2&q=ocelot');
    expect(all.comments).toHaveLength(3);
    const [{ detractors }] = await t.db.query(
      `SELECT count(*)::int AS detractors FROM response WHERE score <= 6 AND answered_on BETWEEN '2026-04-01' AND '2026-06-30'`,
    );
    for (const comment of all.comments) {
      expect(comment).toMatchObject({ text: 'Nobody fixed the ocelot printer', quarter: '2026-Q2' });
      expect(comment.department).toBe('Org'); // the whole organisation, not Tiny's 3
      // The band is shown only because the organisation's detractors are 10 or more.
      expect(comment.band === null || (comment.band === 'detractor' && detractors >= 10)).toBe(true);
    }
    const narrowed = await get(`/api/analytics/comments?period=2026-Q2&q=ocelot&department=${ids.tiny}`);
    expect(narrowed).toMatchObject({ withheld: 'too_few', comments: [] });
    const csv = (await hr.get(`/api/analytics/export/comments.csv?period=2026-Q2&department=${ids.tiny}`).expect(200)).text;
    expect(csv.trim()).toBe('quarter,sentiment,band,department,comment');
    const [{ id }] = await t.db.query(`SELECT id FROM response WHERE comment LIKE '%ocelot%'`);
    expect(JSON.stringify(all)).not.toContain(id);
    expect(JSON.stringify(all)).not.toMatch(/2026-04-2\d/);
  });
});
