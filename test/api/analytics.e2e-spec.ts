import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee, newProgramme, newResponses, newUser, signIn } from '../support/factories';
import { newAnswerToken } from '../../apps/api/src/responses/answer-token';

/** `count` invitations of a department sent on one day (the population behind the response rate). */
async function invitations(db: DataSource, departmentId: string, programmeId: string, count: number): Promise<void> {
  const employee = await newEmployee(db, { departmentId });
  for (let i = 0; i < count; i++) {
    await db.query(
      `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
       VALUES ($1, $2, $3, $4, 'en', $5, 'ongoing_development', '2026-05-04', '2026-05-18T10:00:00Z')`,
      [employee.id, programmeId, `o${i}`, newAnswerToken().hash, departmentId],
    );
  }
}

const scores = (promoters: number, passives: number, detractors: number) => [
  ...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(2),
];

describe('eNPS dashboard: statistics and anonymity at k = 5', () => {
  let t: TestApp;
  let dashboard: Record<string, any>;
  const row = (label: string) => dashboard.byDepartment.find((d: { label: string }) => d.label === label);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const org = await newDepartment(t.db, { name: 'Org' });
    const alpha = await newDepartment(t.db, { name: 'Alpha', parentId: org.id });
    const beta = await newDepartment(t.db, { name: 'Beta', parentId: org.id });
    const beta1 = await newDepartment(t.db, { name: 'Beta One', parentId: beta.id });
    const gamma = await newDepartment(t.db, { name: 'Gamma', parentId: org.id });
    const gamma1 = await newDepartment(t.db, { name: 'Gamma One', parentId: gamma.id });
    const delta = await newDepartment(t.db, { name: 'Delta', parentId: org.id });

    // Alpha: 8 promoters, 6 passives, 6 detractors in May (3 of them in onboarding); 25 invited.
    await newResponses(t.db, { programmeId: programme, departmentId: alpha.id, scores: scores(8, 6, 3), answeredOn: '2026-05-10' });
    await newResponses(t.db, { programmeId: programme, departmentId: alpha.id, scores: scores(0, 0, 3), answeredOn: '2026-05-10', phase: 'onboarding' });
    await invitations(t.db, alpha.id, programme, 25);
    // Beta: all 7 in its one sub-team (nothing derivable: Beta − Beta One = 0).
    await newResponses(t.db, { programmeId: programme, departmentId: beta1.id, scores: scores(5, 2, 0), answeredOn: '2026-06-02' });
    await invitations(t.db, beta1.id, programme, 7);
    // Gamma: k + 3 = 8 in all, 7 of them in Gamma One: Gamma One would reveal Gamma's 1 direct member.
    await newResponses(t.db, { programmeId: programme, departmentId: gamma1.id, scores: scores(2, 2, 3), answeredOn: '2026-06-02' });
    await newResponses(t.db, { programmeId: programme, departmentId: gamma.id, scores: scores(0, 0, 1), answeredOn: '2026-06-02' });
    await invitations(t.db, gamma.id, programme, 8);
    // Delta: 4 < k.
    await newResponses(t.db, { programmeId: programme, departmentId: delta.id, scores: scores(0, 0, 4), answeredOn: '2026-06-03' });
    await invitations(t.db, delta.id, programme, 4);

    const admin = await newUser(t.db, { role: 'leader' });
    const client = await signIn(t.app, admin.email, admin.password);
    dashboard = (await client.get('/api/analytics/enps?from=2026-01-01&to=2026-06-20').expect(200)).body;
  });
  afterAll(() => t.close());

  // Expected values computed independently with python3 (math module) from PRODUCT.md's formula:
  // Var = p_pro + p_det − (p_pro − p_det)², SE = 100·√(Var/n)·√((N − n)/(N − 1)), CI = eNPS ± 1.96·SE.
  it('computes eNPS, interval with the finite-population correction, and response rate', () => {
    expect(row('Alpha')).toMatchObject({ withheld: null, n: 20, invited: 25, enps: 10, ciLow: -6.6, ciHigh: 26.6, responseRate: 0.8, indicative: true });
    expect(dashboard.overall).toMatchObject({ withheld: null, n: 39, invited: 44, enps: 2.6, ciLow: -6.7, ciHigh: 11.8 });
    expect(dashboard.overall.promoters + dashboard.overall.passives + dashboard.overall.detractors).toBe(39);
  });

  it('withholds groups under k, and a sub-group that would reveal fewer than k by subtraction', () => {
    expect(row('Delta')).toMatchObject({ withheld: 'too_few', n: null, enps: null });
    expect(row('Gamma')).toMatchObject({ withheld: null, n: 8 });
    expect(row('Gamma One')).toMatchObject({ withheld: 'subtraction', n: null, enps: null });
    // Delta (4) alone could be derived as Org − Alpha − Beta − Gamma: the smallest shown sibling goes too.
    expect(row('Beta')).toMatchObject({ withheld: 'subtraction', n: null });
    expect(row('Beta One').withheld).not.toBeNull();
    expect(row('Org')).toMatchObject({ withheld: null, n: 39 });
  });

  it('withholds a small phase and the phase that would give it away', () => {
    const phase = (p: string) => dashboard.byPhase.find((c: { phase: string }) => c.phase === p);
    expect(phase('onboarding')).toMatchObject({ withheld: 'too_few', n: null });
    expect(phase('ongoing_development')).toMatchObject({ withheld: 'subtraction', n: null });
    expect(phase('separation').withheld).toBe('too_few');
  });

  it('reports months in the window, empty months withheld', () => {
    expect(dashboard.byMonth.map((m: { month: string }) => m.month)).toEqual([
      '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01',
    ]);
    const may = dashboard.byMonth.find((m: { month: string }) => m.month === '2026-05-01');
    const june = dashboard.byMonth.find((m: { month: string }) => m.month === '2026-06-01');
    expect([may.n, june.n]).toEqual([20, 19]);
    expect(dashboard.byMonth.filter((m: { withheld: string | null }) => m.withheld === 'too_few')).toHaveLength(4);
  });

  it('never returns a shown group below k anywhere in the answer', () => {
    const cells = [dashboard.overall, ...dashboard.byPhase, ...dashboard.byMonth, ...dashboard.byDepartment];
    for (const cell of cells) if (cell.withheld === null) expect(cell.n).toBeGreaterThanOrEqual(5);
  });

  it('rejects a bad window with a clear 400', async () => {
    const admin = await newUser(t.db, { role: 'admin' });
    const client = await signIn(t.app, admin.email, admin.password);
    const bad = await client.get('/api/analytics/enps?from=2026-13-01').expect(400);
    expect(bad.body.message).toMatch(/from must be a date/);
    await client.get('/api/analytics/enps?from=2026-06-01&to=2026-01-01').expect(400);
  });
});
