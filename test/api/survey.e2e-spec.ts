import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation } from '../support/factories';

describe('answer link: view and answer a pulse', () => {
  let t: TestApp;
  let department: string;
  let employee: string;
  let programme: string;
  let manager: string;

  const invite = (o: { expiresAt?: string; language?: 'en' | 'et' } = {}) =>
    newInvitation(t.db, { employeeId: employee, departmentId: department, programmeId: programme, ...o });
  const responses = async () => (await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n as number;
  const answer = (token: string, body: Record<string, unknown> = {}) =>
    t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 9, ...body });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    department = (await newDepartment(t.db, { name: 'Support' })).id;
    manager = (await newEmployee(t.db, { departmentId: department, name: 'Mari Manager' })).id;
    employee = (await newEmployee(t.db, { departmentId: department, managerId: manager, startDate: '2024-01-08', location: 'Tartu' })).id;
    programme = await installedProgramme(t.db, 'quarterly');
  });
  afterAll(() => t.close());

  it('shows the survey in the employee language', async () => {
    const en = await t.http.post('/api/survey/view').send({ token: await invite() }).expect(200);
    expect(en.body).toEqual({
      language: 'en',
      organisationName: 'Testorg',
      programmeName: 'Quarterly pulse',
      enpsQuestion: 'How likely are you to recommend Testorg as a place to work?',
      expiresOn: '2026-06-24',
    });
    const et = await t.http.post('/api/survey/view').send({ token: await invite({ language: 'et' }) }).expect(200);
    expect(et.body.language).toBe('et');
    expect(et.body.programmeName).toBe('Kvartaliküsitlus');
    expect(et.body.enpsQuestion).toContain('Testorg');
    expect(et.body.enpsQuestion).toMatch(/Kui tõenäoliselt/);
  });

  it('answers unknown, malformed and expired tokens with clear messages', async () => {
    const unknown = await t.http.post('/api/survey/view').send({ token: 'A'.repeat(43) }).expect(404);
    expect(unknown.body).toMatchObject({ problem: 'unknown', message: expect.stringMatching(/not valid/) });
    await t.http.post('/api/survey/view').send({ token: 'short' }).expect(404);
    await t.http.post('/api/survey/view').send({}).expect(400);

    const expired = await invite({ expiresAt: '2026-06-15T08:59:59Z' });
    const gone = await t.http.post('/api/survey/view').send({ token: expired }).expect(410);
    expect(gone.body).toMatchObject({ problem: 'expired', language: 'en', message: expect.stringMatching(/closed on 2026-06-15/) });
    await answer(expired).expect(410);
    expect(await responses()).toBe(0);
  });

  it('records one anonymous response with only its segment, and marks the invitation answered', async () => {
    const token = await invite();
    const before = await responses();
    const res = await answer(token, { score: 6, comment: '  More training please  ' }).expect(201);
    expect(res.body).toEqual({ status: 'recorded', language: 'en' });

    const [row] = await t.db.query(`SELECT * FROM response ORDER BY answered_on DESC LIMIT 1`);
    expect(await responses()).toBe(before + 1);
    expect(Object.keys(row).sort()).toEqual(
      ['answered_on', 'comment', 'department_id', 'id', 'location', 'manager_id', 'phase', 'programme_id', 'score', 'tenure_band'].sort(),
    );
    expect(row).toMatchObject({
      department_id: department, manager_id: manager, location: 'Tartu', phase: 'ongoing_development',
      tenure_band: '2_5y', score: 6, comment: 'More training please',
    });
    const [invitation] = await t.db.query(`SELECT answered FROM invitation WHERE answered`);
    expect(invitation.answered).toBe(true);

    const again = await t.http.post('/api/survey/view').send({ token }).expect(409);
    expect(again.body).toMatchObject({ problem: 'answered', language: 'en' });
    const unknownBody = (await t.http.post('/api/survey/view').send({ token: 'B'.repeat(43) })).body;
    expect(unknownBody.language).toBeUndefined();
  });

  it('refuses a second answer with 409 and changes nothing, but accepts a retry of the same submission', async () => {
    const token = await invite();
    const submissionId = randomUUID();
    await t.http.post('/api/survey/answer').send({ token, submissionId, score: 10 }).expect(201);
    const after = await responses();

    await t.http.post('/api/survey/answer').send({ token, submissionId, score: 10 }).expect(201);
    expect(await responses()).toBe(after);

    const second = await answer(token, { score: 0 }).expect(409);
    expect(second.body.message).toMatch(/already been answered/);
    expect(await responses()).toBe(after);
  });

  it('lets exactly one of two concurrent different submissions through', async () => {
    const token = await invite();
    const before = await responses();
    const results = await Promise.all([answer(token, { score: 3 }), answer(token, { score: 8 }), answer(token, { score: 9 })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await responses()).toBe(before + 1);
  });

  it('rejects bad answers with 400 and writes nothing', async () => {
    const token = await invite();
    const before = await responses();
    for (const bad of [{ score: 11 }, { score: -1 }, { score: 7.5 }, { score: '9' }, { comment: 'x'.repeat(2001) }, { isAdmin: true }]) {
      const res = await answer(token, bad);
      expect(res.status).toBe(400);
      expect(res.body.message).toBeDefined();
    }
    await t.http.post('/api/survey/answer').send({ token, score: 5 }).expect(400);
    expect(await responses()).toBe(before);
    await answer(token, { score: 7 }).expect(201);
  });
});
