import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/** `count` invitations to a department, sent on one day. */
export async function invitations(db: DataSource, departmentId: string, programmeId: string, count: number, sentOn: string): Promise<void> {
  const employee = await newEmployee(db, { departmentId });
  await db.query(
    `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
     SELECT $1, $2, $3 || i, decode(md5($3 || i), 'hex'), 'en', $4, 'ongoing_development', $5::date, $5::date + 14
       FROM generate_series(1, $6) i`,
    [employee.id, programmeId, `${sentOn}-${departmentId}-`, departmentId, sentOn, count],
  );
}

const scores = (promoters: number, passives: number, detractors: number) => [
  ...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(2),
];

/*
 * Expected figures computed independently with python3 (math module) from PRODUCT.md:
 * eNPS = 100·(P − D)/n, Var = (P + D)/n − ((P − D)/n)², SE = 100·√(Var/n)·√((N − n)/(N − 1)),
 * 95% CI = eNPS ± 1.96·SE; a change is significant when |Δ| > 1.96·√(SE₁² + SE₂²).
 *   Sales Q2 (18/7/5 of N = 37): 43.3 [31.3, 55.3];  Sales Q1 (5/5/10 of N = 25): −25.0 [−41.6, −8.4]
 *   Δ = 68.3 > 20.5: significant
 *   Support Q2 (4/6/10 of N = 30): −30.0 [−50.1, −9.9];  Support Q1 (10/6/4 of N = 25): 30.0 [14.4, 45.6]
 *   Δ = −60.0, threshold 25.5: a significant drop
 *   Organisation Q2 (25/16/18 of N = 79): 11.9 [0.9, 22.8]
 */
describe('Analytics dashboards: figures, rankings, comments and exports', () => {
  let t: TestApp;
  let leader: Awaited<ReturnType<typeof signIn>>;
  let manager: Awaited<ReturnType<typeof signIn>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const org = await newDepartment(t.db, { name: 'Org' });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: org.id });
    const north = await newDepartment(t.db, { name: 'Sales North', parentId: sales.id });
    const support = await newDepartment(t.db, { name: 'Support', parentId: org.id });
    const ops = await newDepartment(t.db, { name: 'Ops', parentId: org.id });
    const tiny = await newDepartment(t.db, { name: 'Tiny', parentId: org.id });
    Object.assign(ids, { org: org.id, sales: sales.id, north: north.id, support: support.id, ops: ops.id, tiny: tiny.id, programme });
    const r = (departmentId: string, s: number[], answeredOn: string, extra: Record<string, unknown> = {}) =>
      newResponses(t.db, { programmeId: programme, departmentId, scores: s, answeredOn, ...extra });

    await r(sales.id, scores(5, 5, 10), '2026-01-15');
    await invitations(t.db, sales.id, programme, 25, '2026-01-12');
    await r(sales.id, scores(12, 0, 0), '2026-04-15');
    await r(sales.id, [8, 8, 8, 8, 8], '2026-04-15', { comment: { text: 'Good team, fair pay', sentiment: 1 } });
    await r(sales.id, [3, 3, 3], '2026-04-15', { comment: { text: 'Too much overtime in the warehouse', sentiment: -1 } });
    await r(north.id, [9, 9, 9, 9, 9, 9, 7, 7], '2026-04-16');
    await r(north.id, [0, 0], '2026-04-16', { comment: { text: 'The zanzibar process wastes our mornings', sentiment: -1 } });
    await invitations(t.db, sales.id, programme, 25, '2026-04-06');
    await invitations(t.db, north.id, programme, 12, '2026-04-06');
    await r(support.id, scores(10, 6, 4), '2026-02-10', { location: 'Tartu' });
    await invitations(t.db, support.id, programme, 25, '2026-02-02');
    await r(support.id, scores(4, 6, 10), '2026-04-20', { location: 'Tartu' });
    await invitations(t.db, support.id, programme, 30, '2026-04-13');
    await r(ops.id, scores(3, 3, 0), '2026-05-05');
    await invitations(t.db, ops.id, programme, 8, '2026-05-04');
    await r(tiny.id, [2, 2, 2], '2026-05-05', { comment: { text: 'My ocelot-shaped desk is broken', sentiment: -1 } });
    await invitations(t.db, tiny.id, programme, 4, '2026-05-04');

    const leaderUser = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, leaderUser.email, leaderUser.password);
    const managerUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales.id });
    manager = await signIn(t.app, managerUser.email, managerUser.password);
  });
  afterAll(() => t.close());

  const get = async (path: string, client = leader) => (await client.get(path).expect(200)).body;

  it('gives the selection eNPS with n, response rate and the interval with the finite-population correction', async () => {
    const o = await get(`/api/analytics/overview?period=2026-Q2&department=${ids.sales}`);
    expect(o.period).toEqual({ key: '2026-Q2', kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(o.overall).toMatchObject({ withheld: null, n: 30, invited: 37, enps: 43.3, ciLow: 31.3, ciHigh: 55.3, promoters: 18, passives: 7, detractors: 5, indicative: true });
    expect(o.overall.responseRate).toBeCloseTo(30 / 37, 6);
    expect(o.previousPeriod.key).toBe('2026-Q1');
    expect(o.previous).toMatchObject({ n: 20, enps: -25, ciLow: -41.6, ciHigh: -8.4 });
    expect(o.change).toEqual({ delta: 68.3, threshold: 20.5, significant: true });
  });

  it('gives the organisation figure without a department, and a manager only their own part', async () => {
    const org = await get('/api/analytics/overview?period=2026-Q2');
    expect(org.overall).toMatchObject({ n: 59, enps: 11.9, ciLow: 0.9, ciHigh: 22.8 });
    const own = await get('/api/analytics/overview?period=2026-Q2', manager);
    expect(own.overall).toMatchObject({ label: 'Sales', n: 30, enps: 43.3 });
    const outside = await manager.get(`/api/analytics/overview?department=${ids.support}`).expect(404);
    expect(outside.body.message).toMatch(/outside your part of the organisation/);
  });

  it('draws the trend by month and by week, withholding the points that would give a small group away', async () => {
    const months = await get(`/api/analytics/trend?period=2026-H1&department=${ids.support}`);
    expect(months.points.map((p: { key: string }) => p.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(months.points[1]).toMatchObject({ n: 20, enps: 30 });
    expect(months.points[3]).toMatchObject({ n: 20, enps: -30 });
    expect(months.points[0]).toMatchObject({ withheld: 'too_few', n: null });
    const weeks = await get(`/api/analytics/trend?period=2026-04&granularity=week&department=${ids.support}`);
    expect(weeks.points.map((p: { from: string; to: string }) => `${p.from}/${p.to}`)).toEqual([
      '2026-04-01/2026-04-07', '2026-04-08/2026-04-14', '2026-04-15/2026-04-21', '2026-04-22/2026-04-30',
    ]);
    expect(weeks.points[2]).toMatchObject({ n: 20, enps: -30 });
    expect(weeks.points.some((p: { partial: boolean }) => p.partial)).toBe(false);
  });

  it('ends the trend with the month or week that holds today, marked partial, and lists none not begun', async () => {
    // The clock is 20 June 2026: June is running, July to December have not begun.
    const year = await get(`/api/analytics/trend?period=2026&department=${ids.support}`);
    expect(year.points.map((p: { key: string }) => p.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(year.points.map((p: { partial: boolean }) => p.partial)).toEqual([false, false, false, false, false, true]);
    const june = await get(`/api/analytics/trend?period=2026-06&granularity=week&department=${ids.support}`);
    expect(june.points.map((p: { from: string; partial: boolean }) => [p.from, p.partial])).toEqual([
      ['2026-06-01', false], ['2026-06-08', false], ['2026-06-15', true],
    ]);
    const csv = (await leader.get('/api/analytics/export/trend.csv?period=2026').expect(200)).text;
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 6);
  });

  it('ranks units by eNPS with the selection as the reference, withheld units last', async () => {
    const u = await get('/api/analytics/units?period=2026-Q2');
    expect(u.reference).toMatchObject({ label: 'Organisation', n: 59 });
    expect(u.units.map((c: { label: string; withheld: string | null }) => [c.label, c.withheld])).toEqual([
      ['Sales', null], ['Support', null], ['Ops', 'subtraction'], ['Tiny', 'too_few'],
    ]);
  });

  it('lays departments × phases and departments × drivers out as heatmaps in tree order', async () => {
    const h = await get('/api/analytics/heatmap?period=2026-Q2&by=phase');
    expect(h.rows.map((r: { label: string; depth: number }) => `${r.depth}:${r.label}`)).toEqual([
      '0:Org', '1:Ops', '1:Sales', '2:Sales North', '1:Support', '1:Tiny',
    ]);
    const sales = h.rows.find((r: { label: string }) => r.label === 'Sales');
    expect(sales.cells.find((c: { column: string }) => c.column === 'ongoing_development')).toMatchObject({ n: 30, value: 43.3 });
    expect(sales.cells.find((c: { column: string }) => c.column === 'onboarding')).toMatchObject({ withheld: 'too_few', value: null });
    const drivers = await get('/api/analytics/heatmap?period=2026-Q2&by=driver');
    expect(drivers.columns.map((c: { key: string }) => c.key)).toContain('recognition');
  });

  it('pools phase reports over the calendar window that ends the period', async () => {
    const p = await get('/api/analytics/phases?period=2026-05&pool=6');
    expect(p.period).toMatchObject({ key: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    const ongoing = p.phases.find((c: { phase: string }) => c.phase === 'ongoing_development');
    expect(ongoing.n).toBe(20 + 20 + 59);
  });

  it('lists a significant drop and a low response rate as alerts', async () => {
    const a = await get('/api/analytics/alerts?period=2026-Q2&responseRateBelow=0.7');
    const support = a.alerts.filter((x: { unit: { label: string } }) => x.unit.label === 'Support').map((x: { kind: string }) => x.kind);
    expect(support.sort()).toEqual(['enps_drop', 'low_response_rate']);
    const drop = a.alerts.find((x: { kind: string }) => x.kind === 'enps_drop');
    expect(drop.change).toEqual({ delta: -60, threshold: 25.5, significant: true });
    expect(a.alerts.some((x: { unit: { label: string } }) => x.unit.label === 'Sales' && x.change?.delta < 0)).toBe(false);
  });

  it('lists comments by department and quarter, with their band and department only where 10 or more answered, and finds them by word', async () => {
    // At the comment threshold Sales' quarters are withheld together with Support's (Support's Q1
    // alone in its half would follow from the organisation's Q1 otherwise): Sales has no list of its own.
    const sales = await get(`/api/analytics/comments?period=2026&department=${ids.sales}`);
    expect(sales).toMatchObject({ commentK: 10, withheld: 'subtraction', total: 0, comments: [] });
    // The year is the lists of its quarters: Q1 and Q2 pass, Q3 and Q4 hold too few.
    const c = await get(`/api/analytics/comments?period=2026&department=${ids.org}`);
    expect(c).toMatchObject({ commentK: 10, withheld: null, total: 13 });
    expect(c.quarters).toEqual([
      { key: '2026-Q4', withheld: 'too_few' }, { key: '2026-Q3', withheld: 'too_few' },
      { key: '2026-Q2', withheld: null }, { key: '2026-Q1', withheld: null },
    ]);
    for (const comment of c.comments) {
      expect(Object.keys(comment).sort()).toEqual(['band', 'department', 'quarter', 'sentiment', 'text']);
      expect(comment).toMatchObject({ quarter: '2026-Q2', department: null });
    }
    // Org's Q2 (no department below it has a list): its passives and detractors each reach 10, so each comment shows its own.
    expect(new Set(c.comments.map((x: { band: string | null }) => x.band))).toEqual(new Set(['passive', 'detractor']));
    const found = await get(`/api/analytics/comments?period=2026&q=zanzibar`);
    expect(found.comments).toHaveLength(2);
    // Sales North's and Sales' lists are withheld: the comment says no more than Org's list does.
    expect(found.comments[0]).toMatchObject({ department: 'Org', sentiment: 'negative', band: 'detractor' });
    const positive = await get(`/api/analytics/comments?period=2026&sentiment=positive`);
    expect(positive.comments.map((x: { text: string }) => x.text)).toEqual(Array(5).fill('Good team, fair pay'));
  });

  it('exports each table as CSV with the same figures and withholding', async () => {
    const res = await leader.get('/api/analytics/export/units.csv?period=2026-Q2').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('ex-pulse-units-2026-Q2.csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('unit,withheld,n,invited,response_rate,enps,ci_low,ci_high,promoters,passives,detractors,indicative,census');
    expect(lines[2]).toMatch(/^"Sales",,30,37,0\.811,43\.3,31\.3,55\.3,18,7,5,true,false$/);
    expect(lines.find((l: string) => l.startsWith('"Tiny",'))).toBe('"Tiny","too_few",,,,,,,,,,,');
    for (const table of ['overview', 'trend', 'heatmap', 'phases', 'comments', 'alerts']) {
      await leader.get(`/api/analytics/export/${table}.csv?period=2026-Q2`).expect(200).expect('Content-Type', /text\/csv/);
    }
    await leader.get('/api/analytics/export/salaries.csv').expect(404);
  });

  it('refuses bad filters with a message a person can act on', async () => {
    const cases: [string, RegExp][] = [
      ['/api/analytics/overview?period=2026-04-02', /give a year \(2026\), a half/],
      ['/api/analytics/overview?period=Q3', /not one we know/],
      ['/api/analytics/overview?phase=retired', /phase must be one of/],
      ['/api/analytics/overview?department=nope', /department must be a department id/],
      ['/api/analytics/trend?granularity=day', /granularity must be month or week/],
      ['/api/analytics/phases?pool=5', /pool must be 3, 6 or 12/],
      ['/api/analytics/comments?page=0', /page must be a whole number/],
      ['/api/analytics/overview?colour=red', /colour should not exist/],
    ];
    for (const [path, message] of cases) {
      const res = await leader.get(path).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    await leader.get('/api/analytics/overview?department=00000000-0000-4000-8000-000000000000').expect(404);
  });
});
