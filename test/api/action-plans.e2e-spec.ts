import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newResponses, newUser, signIn } from '../support/factories';

/*
 * Action plans per unit (issue 12): focus areas, actions with owner, due date and status, progress
 * notes; scope and the audit; and "you said, we did": the actions a plan's owner chose to show reach
 * the SurveyView of that unit's next pulse, and no other unit's.
 */
describe('Action plans', () => {
  let t: TestApp;
  let programme: string;
  const ids: Record<string, string> = {};
  let hr: Awaited<ReturnType<typeof signIn>>;
  let leader: Awaited<ReturnType<typeof signIn>>;
  let salesManager: Awaited<ReturnType<typeof signIn>>;
  let salesManagerId = '';
  let hrId = '';
  let northItem = '';
  let companyItem = '';
  let planId = '';

  /** A North or South employee's next pulse, as the answer page reads it. */
  const pulse = async (department: string, language: 'en' | 'et' = 'en') => {
    const employee = await newEmployee(t.db, { departmentId: ids[department], language });
    const { token } = await newInvitation(t, {
      employeeId: employee.id, departmentId: ids[department], programmeId: programme, language, expiresAt: '2027-01-01T00:00:00Z',
    });
    return { token, view: (await t.http.post('/api/survey/view').send({ token }).expect(200)).body };
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    programme = await installedProgramme(t.db, 'quarterly');
    const company = await newDepartment(t.db, { name: 'Company' });
    ids.company = company.id;
    ids.sales = (await newDepartment(t.db, { name: 'Sales', parentId: company.id })).id;
    ids.north = (await newDepartment(t.db, { name: 'North', parentId: ids.sales })).id;
    ids.south = (await newDepartment(t.db, { name: 'South', parentId: ids.sales })).id;
    ids.support = (await newDepartment(t.db, { name: 'Support', parentId: company.id })).id;
    ids.legal = (await newDepartment(t.db, { name: 'Legal', parentId: company.id })).id;
    // Queue items: North's own list, and Support's comments in Company's list (Support and Legal are withheld together).
    const comments = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
    await newResponses(t.db, { programmeId: programme, departmentId: ids.north, answeredOn: '2026-05-04', scores: Array(12).fill(3), comments: comments('North rota', 12), comment: { text: '', sentiment: -1 } });
    await newResponses(t.db, { programmeId: programme, departmentId: ids.south, answeredOn: '2026-05-04', scores: Array(12).fill(9) });
    await newResponses(t.db, { programmeId: programme, departmentId: ids.support, answeredOn: '2026-05-04', scores: [2, 2, 2, 9], comments: comments('Support', 4), comment: { text: '', sentiment: -1 } });
    await newResponses(t.db, { programmeId: programme, departmentId: ids.legal, answeredOn: '2026-05-04', scores: Array(8).fill(8) });

    const admin = await newUser(t.db, { role: 'admin' });
    hrId = admin.id;
    hr = await signIn(t.app, admin.email, admin.password);
    const lead = await newUser(t.db, { role: 'leader' });
    leader = await signIn(t.app, lead.email, lead.password);
    const manager = await newUser(t.db, { role: 'manager', scopeDepartmentId: ids.sales });
    salesManagerId = manager.id;
    salesManager = await signIn(t.app, manager.email, manager.password);

    const queue = (await hr.get('/api/follow-ups?show=all').expect(200)).body;
    northItem = queue.items.find((i: { unitName: string }) => i.unitName === 'North').key;
    companyItem = queue.items.find((i: { unitName: string }) => i.unitName === 'Company').key;
  });
  afterAll(() => t.close());

  it('creates a plan with its focus areas and actions in one go, owned by its author', async () => {
    const res = await salesManager.post('/api/action-plans').send({
      unitId: ids.north,
      title: '  Calmer rotas  ',
      focus: [{ kind: 'driver', driver: 'wellbeing' }, { kind: 'theme', theme: 'Rota planning' }, { kind: 'item', itemKey: northItem }],
      actions: [
        { title: 'Publish the rota two weeks ahead', dueOn: '2026-07-01', shownToEmployees: true },
        { title: 'Review overtime with HR', ownerId: hrId, status: 'in_progress' },
      ],
    }).expect(201);
    planId = res.body.id;
    expect(res.body).toMatchObject({
      unitId: ids.north, unitName: 'North', title: 'Calmer rotas', owner: { id: salesManagerId }, status: 'open', canAct: true, isOwner: true,
      focus: [
        { kind: 'driver', driver: 'wellbeing', theme: null, item: null },
        { kind: 'theme', theme: 'Rota planning' },
        { kind: 'item', item: { key: northItem, quarter: '2026-Q2', text: expect.stringMatching(/^North rota/) } },
      ],
      actions: [
        { title: 'Publish the rota two weeks ahead', dueOn: '2026-07-01', status: 'planned', shownToEmployees: true, owner: null, progress: [] },
        { title: 'Review overtime with HR', status: 'in_progress', shownToEmployees: false, owner: { id: hrId, name: 'Test admin' } },
      ],
    });
    const history = (await salesManager.get(`/api/action-plans/${planId}/history`).expect(200)).body;
    expect(history.map((h: { change: string }) => h.change)).toEqual(['created', 'owner', 'focus_added', 'focus_added', 'focus_added', 'created', 'created']);
    expect(history.every((h: { user: { id: string } }) => h.user.id === salesManagerId)).toBe(true);
  });

  it("shows the unit's shown actions in its next pulse, and no other unit's", async () => {
    const { view } = await pulse('north');
    expect(view.teamActions).toEqual([{ title: 'Publish the rota two weeks ahead', status: 'planned' }]);
    expect((await pulse('south')).view.teamActions).toBeUndefined();
    // A plan of the parent unit is Sales', not North's or South's.
    await salesManager.post('/api/action-plans').send({ unitId: ids.sales, title: 'Sales offsite', actions: [{ title: 'Book the offsite', shownToEmployees: true }] }).expect(201);
    expect((await pulse('south')).view.teamActions).toBeUndefined();
  });

  it('moves an action along, keeps its progress notes and shows "done" on the next pulse until a quarter has passed', async () => {
    const plan = (await salesManager.get(`/api/action-plans/${planId}`).expect(200)).body;
    const [publish] = plan.actions;
    const progress = await salesManager.post(`/api/action-plans/${planId}/actions/${publish.id}/progress`).send({ body: 'First rota out on Monday' }).expect(201);
    expect(progress.body.actions[0].progress).toEqual([
      { id: expect.any(String), author: { id: salesManagerId, name: 'Test manager' }, body: 'First rota out on Monday', createdAt: '2026-06-15T09:00:00.000Z' },
    ]);
    const done = await salesManager.patch(`/api/action-plans/${planId}/actions/${publish.id}`).send({ status: 'done' }).expect(200);
    expect(done.body.actions[0]).toMatchObject({ status: 'done', doneOn: '2026-06-15' });

    // The employee answers this pulse; at the next one the block says what was done.
    const first = await pulse('north', 'et');
    expect(first.view.teamActions).toEqual([{ title: 'Publish the rota two weeks ahead', status: 'done' }]);
    await t.http.post('/api/survey/answer').send({ token: first.token, submissionId: randomUUID(), score: 7 }).expect(201);
    await t.writeHeldAnswers();
    expect((await pulse('north')).view.teamActions).toEqual([{ title: 'Publish the rota two weeks ahead', status: 'done' }]);

    t.clock.set('2026-09-13T09:00:00Z');
    expect((await pulse('north')).view.teamActions).toEqual([{ title: 'Publish the rota two weeks ahead', status: 'done' }]);
    t.clock.set('2026-09-14T09:00:00Z');
    expect((await pulse('north')).view.teamActions).toBeUndefined();
    t.clock.set('2026-06-15T09:00:00Z');

    const audit = await t.db.query(`SELECT change, from_value, to_value FROM follow_up_audit WHERE subject = 'action' AND subject_id = $1 ORDER BY at, id`, [publish.id]);
    expect(audit.map((a: { change: string }) => a.change)).toEqual(['created', 'progress', 'status']);
    expect(audit[2]).toMatchObject({ from_value: 'planned', to_value: 'done' });
  });

  it("lets only the plan's owner choose what employees see, and hides a closed plan's actions", async () => {
    const plan = (await hr.get(`/api/action-plans/${planId}`).expect(200)).body;
    const review = plan.actions[1];
    expect(plan.isOwner).toBe(false);
    const refused = await hr.patch(`/api/action-plans/${planId}/actions/${review.id}`).send({ shownToEmployees: true }).expect(403);
    expect(refused.body.message).toMatch(/Only the plan's owner/);
    // HR may change the rest, and may hand the plan over.
    await hr.patch(`/api/action-plans/${planId}/actions/${review.id}`).send({ dueOn: '2026-08-01' }).expect(200);
    await salesManager.patch(`/api/action-plans/${planId}/actions/${review.id}`).send({ shownToEmployees: true }).expect(200);
    expect((await pulse('north')).view.teamActions.map((a: { title: string }) => a.title)).toEqual(['Publish the rota two weeks ahead', 'Review overtime with HR']);

    await salesManager.patch(`/api/action-plans/${planId}`).send({ status: 'closed' }).expect(200);
    expect((await pulse('north')).view.teamActions).toBeUndefined();
    const closed = await salesManager.post(`/api/action-plans/${planId}/actions`).send({ title: 'One more' }).expect(409);
    expect(closed.body.message).toMatch(/reopen it/);
    await salesManager.patch(`/api/action-plans/${planId}`).send({ status: 'open' }).expect(200);
    expect((await pulse('north')).view.teamActions).toHaveLength(2);
  });

  it('keeps managers to their own units (403) and leaders to reading', async () => {
    await salesManager.post('/api/action-plans').send({ unitId: ids.support, title: 'Not mine' }).expect(403);
    await salesManager.get(`/api/action-plans?unit=${ids.company}`).expect(403);
    const supportPlan = (await hr.post('/api/action-plans').send({ unitId: ids.support, title: 'Staffing' }).expect(201)).body;
    await salesManager.get(`/api/action-plans/${supportPlan.id}`).expect(403);
    await salesManager.patch(`/api/action-plans/${supportPlan.id}`).send({ title: 'Mine now' }).expect(403);
    const visible = (await salesManager.get('/api/action-plans').expect(200)).body.plans.map((p: { unitName: string }) => p.unitName);
    expect(new Set(visible)).toEqual(new Set(['North', 'Sales']));
    expect((await leader.get('/api/action-plans').expect(200)).body.plans).toHaveLength(3);
    await leader.post('/api/action-plans').send({ unitId: ids.north, title: 'Leader plan' }).expect(403);
    await leader.patch(`/api/action-plans/${planId}`).send({ title: 'Renamed' }).expect(403);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const create = async (body: object, status = 400) => (await salesManager.post('/api/action-plans').send(body).expect(status)).body.message;
    expect(await create({ unitId: ids.north, title: '' })).toEqual(expect.arrayContaining([expect.stringMatching(/title holds 1 to 200/)]));
    expect(await create({ unitId: 'north', title: 'x' })).toEqual(expect.arrayContaining([expect.stringMatching(/unitId must be a department id/)]));
    expect(await create({ unitId: ids.north, title: 'x', focus: [{ kind: 'driver', driver: 'pay' }] })).toMatch(/"pay" is not a driver/);
    expect(await create({ unitId: ids.north, title: 'x', focus: [{ kind: 'theme', driver: 'growth' }] })).toMatch(/kind theme takes theme/);
    expect(await create({ unitId: ids.north, title: 'x', focus: [{ kind: 'item', itemKey: companyItem }] })).toMatch(/not to this plan's unit/);
    expect(await create({ unitId: ids.north, title: 'x', actions: [{ title: 'y', dueOn: '2026-06-14' }] })).toMatch(/in the past/);
    expect(await create({ unitId: ids.north, title: 'x', actions: [{ title: 'y', status: 'started' }] })).toEqual(expect.arrayContaining([expect.stringMatching(/status must be one of planned, in_progress, done/)]));
    expect(await create({ unitId: ids.north, title: 'x', ownerId: randomUUID() })).toMatch(/cannot own work of North/);
    await create({ unitId: randomUUID(), title: 'x' }, 404);
    // Nothing of the refused plans was written.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM action_plan WHERE title = 'x'`))[0].n).toBe(0);
    await salesManager.patch(`/api/action-plans/${planId}`).send({}).expect(400);
    await salesManager.patch(`/api/action-plans/${planId}/actions/${randomUUID()}`).send({ status: 'done' }).expect(404);
    await salesManager.delete(`/api/action-plans/${planId}/focus/${randomUUID()}`).expect(404);
    await salesManager.get('/api/action-plans/not-an-id').expect(400);
  });
});
