import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';

describe('manual campaigns: count first, then send to a segment', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let stores: string;
  let quarterly: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T08:30:00Z' }); // Monday 11:30 in Tallinn
    stores = (await newDepartment(t.db, { name: 'Stores' })).id;
    const tallinn = (await newDepartment(t.db, { name: 'Tallinn Store', parentId: stores })).id;
    const tartu = (await newDepartment(t.db, { name: 'Tartu Store', parentId: stores })).id;
    const sales = (await newDepartment(t.db, { name: 'Sales' })).id;
    for (let i = 0; i < 4; i++) await newEmployee(t.db, { departmentId: tallinn, location: 'Tallinn', startDate: '2023-01-02' });
    await newEmployee(t.db, { departmentId: tartu, location: 'Tartu', startDate: '2026-05-04' }); // onboarding
    await newEmployee(t.db, { departmentId: tartu, location: 'Tartu', startDate: '2023-01-02' });
    const recent = await newEmployee(t.db, { departmentId: tartu, location: 'Tartu', startDate: '2023-01-02' });
    await newEmployee(t.db, { departmentId: tartu, location: 'Tartu', startDate: '2022-01-03', endDate: '2026-03-31' }); // departed
    for (let i = 0; i < 2; i++) await newEmployee(t.db, { departmentId: sales, startDate: '2023-01-02' });
    quarterly = await installedProgramme(t.db, 'quarterly');
    await newInvitation(t, { employeeId: recent.id, departmentId: tartu, programmeId: quarterly, sentOn: '2026-06-10' });
    const a = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  it('counts who a segment reaches, holding back those invited in the last 14 days', async () => {
    const subtree = await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({ departmentId: stores }).expect(200);
    expect(subtree.body).toEqual({ recipients: 6, heldBackByFatigue: 1, minimumRecipients: 5 });
    const tartu = await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({ location: 'tartu' }).expect(200);
    expect(tartu.body).toEqual({ recipients: 2, heldBackByFatigue: 1, minimumRecipients: 5 });
    const onboarding = await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({ phase: 'onboarding' }).expect(200);
    expect(onboarding.body).toEqual({ recipients: 1, heldBackByFatigue: 0, minimumRecipients: 5 });
    const everyone = await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({}).expect(200);
    expect(everyone.body).toEqual({ recipients: 8, heldBackByFatigue: 1, minimumRecipients: 5 });
  });

  it('refuses a campaign that would reach fewer than k people, and writes nothing', async () => {
    // Issue 16: answers of a pulse sent to 2 people would be a group below k from the start.
    const tartu = await admin.post(`/api/programmes/${quarterly}/campaign`).send({ location: 'Tartu' }).expect(400);
    expect(tartu.body.message).toMatch(/reaches 2 people now; a campaign goes to at least 5/);
    await admin.post(`/api/programmes/${quarterly}/campaign`).send({ phase: 'onboarding' }).expect(400);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM invitation WHERE occurrence_key LIKE 'campaign-%'`);
    expect(row.n).toBe(0);
  });

  it('sends to exactly the counted people once, with their emails queued', async () => {
    const launched = await admin.post(`/api/programmes/${quarterly}/campaign`).send({ departmentId: stores }).expect(201);
    expect(launched.body).toEqual({ invitations: 6, reminders: 6 });
    const [row] = await t.db.query(
      `SELECT count(*)::int AS invitations, (SELECT count(*)::int FROM outbox WHERE kind = 'invitation') AS emails
         FROM invitation WHERE occurrence_key = 'campaign-2026-06-15'`,
    );
    expect(row).toEqual({ invitations: 6, emails: 6 });
    // Everyone of the segment was just invited: the same campaign again would reach nobody.
    const again = await admin.post(`/api/programmes/${quarterly}/campaign`).send({ departmentId: stores }).expect(400);
    expect(again.body.message).toMatch(/reaches 0 people/);
  });

  it('refuses paused programmes, unknown departments and bad segments', async () => {
    const exit = await installedProgramme(t.db, 'internal_service'); // paused by default
    const paused = await admin.post(`/api/programmes/${exit}/campaign/count`).send({}).expect(400);
    expect(paused.body.message).toMatch(/paused/);
    await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({ departmentId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await admin.post(`/api/programmes/${quarterly}/campaign/count`).send({ phase: 'departed' }).expect(400);
    const l = await newUser(t.db, { role: 'leader' });
    const leader = await signIn(t.app, l.email, l.password);
    await leader.post(`/api/programmes/${quarterly}/campaign`).send({}).expect(403);
  });
});

describe('manual campaigns at a weekend', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-13T09:00:00Z' }); // Saturday noon in Tallinn
    const department = (await newDepartment(t.db, { name: 'Weekend' })).id;
    for (let i = 0; i < 5; i++) await newEmployee(t.db, { departmentId: department, startDate: '2023-01-02' });
  });
  afterAll(() => t.close());

  it('go out on Monday at the send hour, never at the weekend', async () => {
    const a = await newUser(t.db, { role: 'admin' });
    const admin = await signIn(t.app, a.email, a.password);
    const quarterly = await installedProgramme(t.db, 'quarterly');
    await admin.post(`/api/programmes/${quarterly}/campaign`).send({}).expect(201);
    const rows = await t.db.query(
      `SELECT to_char(i.sent_on, 'YYYY-MM-DD') AS sent_on, i.occurrence_key, o.next_attempt_at
         FROM invitation i JOIN outbox o ON o.invitation_id = i.id AND o.kind = 'invitation'`,
    );
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).toMatchObject({ sent_on: '2026-06-15', occurrence_key: 'campaign-2026-06-15' });
      expect(row.next_attempt_at.toISOString()).toBe('2026-06-15T07:00:00.000Z'); // Monday 10:00 EEST
    }
  });
});
