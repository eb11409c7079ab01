import { newAnalyticsTree } from '../support/analytics-tree';
import { createTestApp, TestApp } from '../support/test-app';
import { newEmployee, newProgramme, newResponses, newUser, signIn } from '../support/factories';

type Client = Awaited<ReturnType<typeof signIn>>;

const scores = (promoters: number, passives: number, detractors: number) => [
  ...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(2),
];

/*
 * Expected figures computed independently (Python, math + scipy.stats.norm.ppf(0.975) = 1.959964):
 * eNPS = 100·(P − D)/n, Var = (P + D)/n − ((P − D)/n)², SE = 100·√(Var/n)·√((N − n)/(N − 1)).
 *   Sales Q2 (18/7/5 of N = 37): 43.3, SE 6.1254, z·SE = 12.0
 *   Support Q2 (4/6/10 of N = 30): −30.0, SE 10.2554, z·SE = 20.1
 *   Organisation Q2 (25/16/18 of N = 79): 11.864, SE 5.5733, z·SE = 10.9
 * A gap (current − target) is beyond chance when |gap| > z·SE.
 */
describe('eNPS goals: CRUD, scope, and progress beside the figures', () => {
  let t: TestApp;
  let hr: Client;
  let leader: Client;
  let manager: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-20T09:00:00Z' });
    const programme = await newProgramme(t.db);
    const tree = await newAnalyticsTree(t.db);
    Object.assign(ids, tree);
    const group = async (departmentId: string, s: number[], day: string, invited: number) => {
      await newResponses(t.db, { programmeId: programme, departmentId, scores: s, answeredOn: day });
      const employee = await newEmployee(t.db, { departmentId });
      await t.db.query(
        `INSERT INTO invitation (employee_id, programme_id, occurrence_key, token_hash, language, department_id, phase, sent_on, expires_at)
         SELECT $1, $2, $3 || i, decode(md5($3 || i), 'hex'), 'en', $4, 'ongoing_development', $5::date, $5::date + 14
           FROM generate_series(1, $6) i`,
        [employee.id, programme, `goal-${departmentId}-`, departmentId, day, invited],
      );
    };
    await group(tree.sales, scores(18, 7, 5), '2026-04-15', 37);
    await group(tree.support, scores(4, 6, 10), '2026-04-20', 30);
    await group(tree.ops, scores(3, 3, 0), '2026-05-05', 8);
    await group(tree.tiny, [2, 2, 2], '2026-05-05', 4);

    const hrUser = await newUser(t.db, { role: 'admin' });
    hr = await signIn(t.app, hrUser.email, hrUser.password);
    const leaderUser = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, leaderUser.email, leaderUser.password);
    const managerUser = await newUser(t.db, { role: 'manager', scopeDepartmentId: tree.sales });
    manager = await signIn(t.app, managerUser.email, managerUser.password);
  });
  afterAll(() => t.close());

  const create = (client: Client, body: Record<string, unknown>) => client.post('/api/goals').send(body);

  describe('CRUD and validation', () => {
    it('creates, lists, changes and deletes a goal', async () => {
      const created = await create(hr, { department: ids.north, period: '2026-Q3', target: 25 }).expect(201);
      expect(created.body).toMatchObject({ department: ids.north, unitLabel: 'Sales North', period: '2026-Q3', target: 25 });
      const id = created.body.id;
      const list = await hr.get('/api/goals?period=2026-Q3').expect(200);
      expect(list.body.goals.map((g: { id: string }) => g.id)).toEqual([id]);
      const changed = await hr.patch(`/api/goals/${id}`).send({ target: -5 }).expect(200);
      expect(changed.body).toMatchObject({ id, target: -5 });
      expect(new Date(changed.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.body.updatedAt).getTime());
      await hr.delete(`/api/goals/${id}`).expect(204);
      await hr.delete(`/api/goals/${id}`).expect(404);
      expect((await hr.get('/api/goals?period=2026-Q3').expect(200)).body.goals).toEqual([]);
    });

    it('keeps one goal per unit and period, the organisation included (409)', async () => {
      const first = await create(leader, { period: '2026-H2', target: 10 }).expect(201);
      expect(first.body).toMatchObject({ department: null, unitLabel: 'Organisation', period: '2026-H2' });
      const again = await create(hr, { department: null, period: '2026-H2', target: 12 }).expect(409);
      expect(again.body.message).toBe('Organisation has a goal for 2026-H2 already: change its target (PATCH /api/goals/:id) instead.');
      await create(hr, { department: ids.north, period: '2026-H2', target: 12 }).expect(201);
      await create(hr, { department: ids.north, period: '2026-H2', target: 14 }).expect(409);
    });

    it.each([
      ['a target above 100', { period: '2026', target: 101 }, /target must be a whole number from -100 to 100/],
      ['a target below −100', { period: '2026', target: -101 }, /target must be a whole number from -100 to 100/],
      ['a fractional target', { period: '2026', target: 12.5 }, /target must be a whole number/],
      ['a target as text', { period: '2026', target: '30' }, /target must be a whole number/],
      ['no target', { period: '2026' }, /target must be a whole number/],
      ['a period that does not exist', { period: '2026-Q5', target: 10 }, /The period "2026-Q5" is not one we know/],
      ['a month 13', { period: '2026-13', target: 10 }, /is not one we know; give a year \(2026\), a half/],
      ['no period', { target: 10 }, /period must be a year/],
      ['a department that is not an id', { department: 'sales', period: '2026', target: 10 }, /department must be a department id/],
      ['an unknown field', { period: '2026', target: 10, unit: 'x' }, /property unit should not exist/],
    ])('refuses %s with 400 and says why', async (_what, body, message) => {
      const res = await create(hr, body).expect(400);
      expect([res.body.message].flat().join(' ')).toMatch(message);
    });

    it('answers 404 for an unknown department or goal, and 400 for a malformed goal id', async () => {
      const res = await create(hr, { department: '00000000-0000-4000-8000-000000000000', period: '2026', target: 10 }).expect(404);
      expect(res.body.message).toBe('Department 00000000-0000-4000-8000-000000000000 does not exist.');
      await hr.patch('/api/goals/00000000-0000-4000-8000-000000000000').send({ target: 1 }).expect(404);
      await hr.patch('/api/goals/not-an-id').send({ target: 1 }).expect(400);
    });

    it('lets a manager set goals for their own departments only (403 elsewhere and for the organisation)', async () => {
      const own = await create(manager, { department: ids.north, period: '2026-Q4', target: 20 }).expect(201);
      const outside = await create(manager, { department: ids.support, period: '2026-Q4', target: 20 }).expect(403);
      expect(outside.body.message).toBe(`Department ${ids.support} is outside your part of the organisation: you can see and set figures for your own departments only.`);
      const organisation = await create(manager, { period: '2026-Q4', target: 20 }).expect(403);
      expect(organisation.body.message).toMatch(/The organisation as a whole is outside your part/);
      // A goal HR set outside the manager's part can be neither read, changed nor deleted by them.
      const support = await create(hr, { department: ids.support, period: '2026-Q4', target: 5 }).expect(201);
      await manager.patch(`/api/goals/${support.body.id}`).send({ target: 50 }).expect(403);
      await manager.delete(`/api/goals/${support.body.id}`).expect(403);
      await manager.get(`/api/goals?department=${ids.support}`).expect(403);
      const mine = await manager.get('/api/goals?period=2026-Q4').expect(200);
      expect(mine.body.goals.map((g: { id: string }) => g.id)).toEqual([own.body.id]);
      const all = await hr.get('/api/goals?period=2026-Q4').expect(200);
      expect(all.body.goals.map((g: { id: string }) => g.id).sort()).toEqual([own.body.id, support.body.id].sort());
      await manager.patch(`/api/goals/${own.body.id}`).send({ target: 22 }).expect(200);
    });

    it('needs a session', async () => {
      await t.http.get('/api/goals').expect(401);
    });
  });

  describe('progress', () => {
    const goals: Record<string, string> = {};

    beforeAll(async () => {
      goals.org = (await create(hr, { period: '2026-Q2', target: 20 }).expect(201)).body.id;
      goals.sales = (await create(hr, { department: ids.sales, period: '2026-Q2', target: 30 }).expect(201)).body.id;
      goals.support = (await create(hr, { department: ids.support, period: '2026', target: -20 }).expect(201)).body.id;
      goals.tiny = (await create(hr, { department: ids.tiny, period: '2026-Q2', target: 0 }).expect(201)).body.id;
    });

    it('puts the gap beside the overview and calls it beyond chance only past z·SE', async () => {
      const sales = (await leader.get(`/api/analytics/overview?period=2026-Q2&department=${ids.sales}`).expect(200)).body;
      expect(sales.overall).toMatchObject({ n: 30, invited: 37, enps: 43.3 });
      expect(sales.goal).toMatchObject({
        unitKey: ids.sales, period: '2026-Q2', withheld: null,
        current: 43.3, gap: 13.3, threshold: 12, beyondChance: true, indicative: true,
        goal: { id: goals.sales, department: ids.sales, unitLabel: 'Sales', period: '2026-Q2', target: 30 },
      });
      const org = (await leader.get('/api/analytics/overview?period=2026-Q2').expect(200)).body;
      expect(org.goal).toMatchObject({ unitKey: 'organisation', current: 11.9, gap: -8.1, threshold: 10.9, beyondChance: false });
    });

    it("measures a quarter against the year's goal when the quarter has none, and a month against its quarter's", async () => {
      const support = (await leader.get(`/api/analytics/overview?period=2026-Q2&department=${ids.support}`).expect(200)).body;
      expect(support.goal).toMatchObject({ period: '2026-Q2', current: -30, gap: -10, threshold: 20.1, beyondChance: false, goal: { period: '2026', target: -20 } });
      const april = (await leader.get(`/api/analytics/overview?period=2026-04&department=${ids.sales}`).expect(200)).body;
      expect(april.goal).toMatchObject({ period: '2026-04', current: 43.3, gap: 13.3, goal: { period: '2026-Q2' } });
      const q3 = (await leader.get(`/api/analytics/overview?period=2026-Q3&department=${ids.sales}`).expect(200)).body;
      expect(q3.goal).toBeNull();
    });

    it('ranks units with their progress, withheld with the unit where the unit is withheld', async () => {
      const u = (await leader.get('/api/analytics/units?period=2026-Q2').expect(200)).body;
      expect(u.units.map((c: { label: string; withheld: string | null }) => [c.label, c.withheld])).toEqual([
        ['Sales', null], ['Support', null], ['Ops', 'subtraction'], ['Tiny', 'too_few'],
      ]);
      const byUnit = Object.fromEntries(u.goals.map((g: { unitKey: string }) => [g.unitKey, g]));
      expect(Object.keys(byUnit).sort()).toEqual(['organisation', ids.sales, ids.support, ids.tiny].sort());
      expect(byUnit[ids.sales]).toMatchObject({ gap: 13.3, beyondChance: true });
      expect(byUnit[ids.support]).toMatchObject({ gap: -10, beyondChance: false });
      expect(byUnit.organisation).toMatchObject({ gap: -8.1, beyondChance: false });
      expect(byUnit[ids.tiny]).toEqual({
        unitKey: ids.tiny, goal: expect.objectContaining({ target: 0 }), period: '2026-Q2', withheld: 'too_few',
        current: null, gap: null, threshold: null, beyondChance: null, indicative: false,
      });
    });

    it('follows a changed target: a gap of −18.1 against 30 is beyond chance (10.9)', async () => {
      await hr.patch(`/api/goals/${goals.org}`).send({ target: 30 }).expect(200);
      const org = (await leader.get('/api/analytics/overview?period=2026-Q2').expect(200)).body;
      expect(org.goal).toMatchObject({ current: 11.9, gap: -18.1, threshold: 10.9, beyondChance: true, goal: { target: 30 } });
    });

    it('shows a manager the goals of their own part, and no goal against a segment of a unit', async () => {
      const own = (await manager.get('/api/analytics/units?period=2026-Q2').expect(200)).body;
      expect(own.reference.label).toBe('Sales');
      expect(own.goals.map((g: { unitKey: string }) => g.unitKey)).toEqual([ids.sales]);
      const tallinn = (await leader.get(`/api/analytics/overview?period=2026-Q2&department=${ids.sales}&location=Tallinn`).expect(200)).body;
      expect(tallinn.goal).toBeNull();
    });
  });
});
