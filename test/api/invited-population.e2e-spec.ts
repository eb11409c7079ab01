import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newProgramme, newResponses, newUser, signIn } from '../support/factories';

/**
 * `count` invitations to a department, sent on one day and open 14 days (to the send hour, 10:00
 * in the organisation's Europe/Tallinn), as the scheduler writes them.
 */
async function invitations(db: DataSource, departmentId: string, programmeId: string, count: number, sentOn: string): Promise<void> {
  const employee = await newEmployee(db, { departmentId });
  await db.query(
    `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
     SELECT $1, $2, $3 || i, decode(md5($3 || i), 'hex'), 'en', $4, 'ongoing_development', $5::date,
            (($5::date + 14)::timestamp + interval '10 hours') AT TIME ZONE 'Europe/Tallinn'
       FROM generate_series(1, $6) i`,
    [employee.id, programmeId, `${sentOn}-${departmentId}-${programmeId}-`, departmentId, sentOn, count],
  );
}

const scores = (promoters: number, passives: number, detractors: number) => [
  ...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(2),
];

/*
 * The population N of a period is the invitations whose answer window overlaps it (sent in it, or
 * sent before it and still open on its first day), so that it matches the answers.
 * Expected figures computed with python3 (math module) from PRODUCT.md with z = 1.959963984540054:
 * eNPS = 100·(P − D)/n, SE = 100·√(((P + D)/n − ((P − D)/n)²)/n)·√((N − n)/(N − 1)), CI = eNPS ± z·SE.
 *   Late (4/2/1 in February, N = 10 sent 26 January and open to 9 February): 42.9 [11.7, 74.0]
 *     (with N = max(invited in February, n) = 7, as before: 42.9 [42.9, 42.9], a false census)
 *   Census (3/2/1 of N = 6 in March): 33.3 [33.3, 33.3], everyone invited answered
 *   Moved (3/2/1 from N = 5: one answered after moving in): no correction, 33.3 [−26.3, 93.0]
 *   Organisation Q1 (10/6/3 of N = 10 + 6 + 5 + 4 = 25): 36.8 [20.2, 53.5]
 *   Organisation February (4/2/1 of N = 10 + 4: Silent's invitations count though none answered): 42.9 [3.3, 82.5]
 *   Organisation March (6/4/2, N = 11 < n = 12): no correction, 33.3 [−8.8, 75.5]
 */
describe('The invited population of a period: invitations whose answer window overlaps it', () => {
  let t: TestApp;
  let leader: Awaited<ReturnType<typeof signIn>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const org = await newDepartment(t.db, { name: 'Org' });
    const late = await newDepartment(t.db, { name: 'Late', parentId: org.id });
    const census = await newDepartment(t.db, { name: 'Census', parentId: org.id });
    const moved = await newDepartment(t.db, { name: 'Moved', parentId: org.id });
    const silent = await newDepartment(t.db, { name: 'Silent', parentId: org.id });
    Object.assign(ids, { org: org.id, late: late.id, census: census.id, moved: moved.id, silent: silent.id });
    const r = (departmentId: string, s: number[], answeredOn: string) =>
      newResponses(t.db, { programmeId: programme, departmentId, scores: s, answeredOn });

    await invitations(t.db, late.id, programme, 10, '2026-01-26');
    await r(late.id, scores(4, 2, 1), '2026-02-02');
    await invitations(t.db, census.id, programme, 6, '2026-03-02');
    await r(census.id, scores(3, 2, 1), '2026-03-05');
    await invitations(t.db, moved.id, programme, 5, '2026-03-02');
    await r(moved.id, scores(3, 2, 1), '2026-03-06');
    await invitations(t.db, silent.id, programme, 4, '2026-02-09'); // nobody in Silent answers all year
    // The internal service pulse asks no eNPS question: its invitations are no part of eNPS's N.
    await invitations(t.db, census.id, await installedProgramme(t.db, 'internal_service'), 8, '2026-03-02');

    const leaderUser = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, leaderUser.email, leaderUser.password);
  });
  afterAll(() => t.close());

  const get = async (path: string) => (await leader.get(path).expect(200)).body;

  it('counts January invitations still open in February in February’s population', async () => {
    const o = await get(`/api/analytics/overview?period=2026-02&department=${ids.late}`);
    expect(o.overall).toMatchObject({ withheld: null, n: 7, invited: 10, enps: 42.9, ciLow: 11.7, ciHigh: 74, census: false });
    expect(o.overall.responseRate).toBeCloseTo(0.7, 9);
    // The quarter counts each invitation once: sent in it (January), none open from December.
    const q = await get(`/api/analytics/overview?period=2026-Q1&department=${ids.late}`);
    expect(q.overall).toMatchObject({ n: 7, invited: 10, census: false });
  });

  it('says census, with a zero-width interval, only where everyone invited answered', async () => {
    // Census's 8 internal-service invitations of March are not counted: N = 6, not 14.
    const o = await get(`/api/analytics/overview?period=2026-03&department=${ids.census}`);
    expect(o.overall).toMatchObject({ n: 6, invited: 6, responseRate: 1, enps: 33.3, ciLow: 33.3, ciHigh: 33.3, census: true });
    const q = await get(`/api/analytics/overview?period=2026-Q1&department=${ids.census}`);
    expect(q.overall).toMatchObject({ n: 6, invited: 6, census: true });
  });

  it('uses no correction and no response rate where there are more answers than invitations', async () => {
    const o = await get(`/api/analytics/overview?period=2026-03&department=${ids.moved}`);
    expect(o.overall).toMatchObject({ n: 6, invited: 5, responseRate: null, enps: 33.3, ciLow: -26.3, ciHigh: 93, census: false });
    const org = await get('/api/analytics/overview?period=2026-03');
    expect(org.overall).toMatchObject({ n: 12, invited: 11, responseRate: null, ciLow: -8.8, ciHigh: 75.5, census: false });
  });

  it('adds up the organisation’s population over its departments, those where nobody answered too', async () => {
    const o = await get('/api/analytics/overview?period=2026-Q1');
    expect(o.overall).toMatchObject({ n: 19, invited: 25, enps: 36.8, ciLow: 20.2, ciHigh: 53.5, census: false });
    expect(o.overall.responseRate).toBeCloseTo(19 / 25, 9);
    const february = await get('/api/analytics/overview?period=2026-02');
    expect(february.overall).toMatchObject({ n: 7, invited: 14, enps: 42.9, ciLow: 3.3, ciHigh: 82.5, census: false });
  });

  it('shows no interval of zero width but a census, in any cell of any report', async () => {
    const cells: { n: number | null; ciLow: number | null; ciHigh: number | null; census?: boolean; label?: string }[] = [];
    for (const department of [null, ids.late, ids.census, ids.moved, ids.silent]) {
      const scope = department ? `&department=${department}` : '';
      for (const period of ['2026', '2026-H1', '2026-Q1', '2026-01', '2026-02', '2026-03']) {
        const o = await get(`/api/analytics/overview?period=${period}${scope}`);
        cells.push(o.overall, o.previous);
      }
      cells.push(...(await get(`/api/analytics/trend?period=2026-Q1${scope}`)).points);
      cells.push(...(await get(`/api/analytics/trend?period=2026-03&granularity=week${scope}`)).points);
    }
    cells.push(...(await get('/api/analytics/units?period=2026-Q1')).units);
    // The phase heatmap's cells too, and its CSV says which are a census.
    for (const period of ['2026-Q1', '2026-03']) {
      const heatmap = await get(`/api/analytics/heatmap?by=phase&period=${period}`);
      for (const row of heatmap.rows) cells.push(...row.cells.map((c: { value: number | null }) => ({ ...c, label: `${period} ${row.label}` })));
    }
    const csv = (await leader.get('/api/analytics/export/heatmap.csv?by=phase&period=2026-03').expect(200)).text.trim().split('\r\n');
    expect(csv[0]).toBe('department,depth,column,withheld,n,enps,ci_low,ci_high,census');
    const censusRows = csv.filter((line: string) => line.endsWith(',true'));
    expect(censusRows.length).toBeGreaterThan(0);
    for (const line of censusRows) expect(line).toMatch(/,(-?[\d.]+),\1,true$/); // a census has no width
    const shown = cells.filter((c) => c.ciLow !== null);
    expect(shown.length).toBeGreaterThan(20);
    for (const c of shown) expect({ label: c.label, zeroWidth: c.ciLow === c.ciHigh }).toEqual({ label: c.label, zeroWidth: c.census === true });
    expect(shown.filter((c) => c.census).length).toBeGreaterThan(0);
  });

  it('knows no population for a week, so gives it no correction and no rate', async () => {
    const weeks = await get(`/api/analytics/trend?period=2026-03&granularity=week&department=${ids.census}`);
    const first = weeks.points.find((p: { n: number | null }) => p.n === 6);
    expect(first).toMatchObject({ invited: null, responseRate: null, census: false, ciLow: -26.3, ciHigh: 93 });
  });
});
