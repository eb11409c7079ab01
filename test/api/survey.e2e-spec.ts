import { randomUUID } from 'node:crypto';
import { DRIVER_TEXTS, driverFor, LEAVING_REASON_KEYS } from '@ex-pulse/domain';
import { commentSentiment, SENTIMENT_VALUE } from '@ex-pulse/domain/sentiment';
import { createTestApp, TestApp } from '../support/test-app';
import { answerToken, installedProgramme, newDepartment, newEmployee, newInvitation } from '../support/factories';

/** The employee's start date: with the occurrence it places a driver pulse on the calendar. */
const START = '2024-01-08';

describe('answer link: view and answer a pulse', () => {
  let t: TestApp;
  let department: string;
  let employee: string;
  let programme: string;
  let manager: string;

  const invite = async (o: { expiresAt?: string; language?: 'en' | 'et' } = {}) =>
    (await newInvitation(t, { employeeId: employee, departmentId: department, programmeId: programme, ...o })).token;
  // Answers are held until their day ends (AnswerInbox); the tests write them at once.
  const responses = async () => {
    await t.writeHeldAnswers();
    return (await t.db.query(`SELECT count(*)::int AS n FROM response`))[0].n as number;
  };
  const answer = (token: string, body: Record<string, unknown> = {}) =>
    t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 9, ...body });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    department = (await newDepartment(t.db, { name: 'Support' })).id;
    manager = (await newEmployee(t.db, { departmentId: department, name: 'Mari Manager' })).id;
    employee = (await newEmployee(t.db, { departmentId: department, managerId: manager, startDate: START, location: 'Tartu' })).id;
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
      extraQuestion: expect.objectContaining({ kind: 'scale', lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' }),
      askComment: true,
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

    await t.writeHeldAnswers();
    const [row] = await t.db.query(`SELECT * FROM response ORDER BY answered_on DESC LIMIT 1`);
    expect(await responses()).toBe(before + 1);
    expect(Object.keys(row).sort()).toEqual(
      ['answered_on', 'comment', 'department_id', 'id', 'location', 'manager_id', 'phase', 'programme_id', 'score', 'tenure_band',
        'item_key', 'item_score', 'leaving_reason', 'sentiment'].sort(),
    );
    expect(row).toMatchObject({
      department_id: department, manager_id: manager, location: 'Tartu', phase: 'ongoing_development',
      tenure_band: '2_5y', score: 6, comment: 'More training please', item_key: null, item_score: null, leaving_reason: null,
    });
    expect(row.sentiment).toBe(SENTIMENT_VALUE[commentSentiment('More training please', 'en')]);
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

  describe('the question besides eNPS', () => {
    // Each test's own answers make up the next batch written, so "the last response" is theirs.
    beforeEach(() => t.writeHeldAnswers());
    /** An invitation of a default programme with a chosen occurrence key, as the scheduler would write it. */
    const inviteTo = async (programmeKey: string, occurrenceKey: string, language: 'en' | 'et' = 'en') => {
      const [{ id }] = await t.db.query(
        `INSERT INTO invitation (employee_id, programme_id, occurrence_key, language, department_id, phase, sent_on, expires_at)
         VALUES ($1, $2, $3, $4, $5, 'ongoing_development', '2026-06-10', '2026-06-24T10:00:00Z') RETURNING id`,
        [employee, await installedProgramme(t.db, programmeKey), occurrenceKey, language, department],
      );
      return answerToken(t, id);
    };
    const view = async (token: string) => (await t.http.post('/api/survey/view').send({ token }).expect(200)).body;
    const lastResponse = async () =>
      (await t.writeHeldAnswers(), await t.db.query(`SELECT item_key, item_score, leaving_reason, sentiment, comment, score FROM response ORDER BY xmin::text::bigint DESC LIMIT 1`))[0]; // written by the last flush

    it('asks the onboarding statement on a 1–5 scale, in the employee language', async () => {
      expect((await view(await inviteTo('onboarding', 'day-7'))).extraQuestion).toEqual({
        kind: 'scale', key: 'tools', text: 'I have what I need to do my job well.', lowLabel: 'Strongly disagree', highLabel: 'Strongly agree',
      });
      const et = await view(await inviteTo('onboarding', 'day-30', 'et'));
      expect(et.extraQuestion).toMatchObject({ kind: 'scale', key: 'tools', text: expect.stringMatching(/^Mul on olemas/), lowLabel: 'Ei nõustu üldse' });
      expect(et.askComment).toBe(true);
    });

    it("asks the driver of the invitation's occurrence, rotating from one pulse to the next", async () => {
      const asked: string[] = [];
      for (const day of [361, 451, 541, 631, 721, 811]) {
        const q = (await view(await inviteTo('quarterly', `day-${day}`))).extraQuestion;
        expect(q).toMatchObject({ kind: 'scale', key: driverFor(`day-${day}`, { intervalDays: 90, startDate: START }) });
        expect(q.text).toBe(DRIVER_TEXTS[q.key as keyof typeof DRIVER_TEXTS].en);
        asked.push(q.key);
      }
      expect(new Set(asked).size).toBe(6);
      const development = (await view(await inviteTo('development', 'day-151', 'et'))).extraQuestion;
      expect(development).toMatchObject({ kind: 'scale', key: driverFor('day-151', { intervalDays: 30, startDate: START }) });
      expect(development.text).toBe(DRIVER_TEXTS[development.key as keyof typeof DRIVER_TEXTS].et);
    });

    it('asks the exit survey for the reason for leaving, with the eight options', async () => {
      const q = (await view(await inviteTo('exit', 'exit'))).extraQuestion;
      expect(q).toMatchObject({ kind: 'choice', key: 'leaving_reason', text: 'What is the main reason you are leaving?' });
      expect(q.options.map((o: { key: string }) => o.key)).toEqual([...LEAVING_REASON_KEYS]);
      expect(q.options[2]).toEqual({ key: 'manager', label: 'My manager' });
      const et = (await view(await inviteTo('exit', 'exit-2', 'et'))).extraQuestion;
      expect(et.options[2]).toEqual({ key: 'manager', label: 'Minu juht' });
    });

    it('stores the statement answer, the driver answer and the comment sentiment on the response', async () => {
      await answer(await inviteTo('onboarding', 'day-60'), { score: 9, itemScore: 4, comment: 'Great team, everyone helps each other out.' })
        .expect(201);
      expect(await lastResponse()).toEqual({
        item_key: 'tools', item_score: 4, leaving_reason: null, sentiment: SENTIMENT_VALUE.positive,
        comment: 'Great team, everyone helps each other out.', score: 9,
      });

      const driver = driverFor('day-901', { intervalDays: 90, startDate: START });
      await answer(await inviteTo('quarterly', 'day-901'), { score: 3, itemScore: 1 }).expect(201);
      expect(await lastResponse()).toEqual({ item_key: driver, item_score: 1, leaving_reason: null, sentiment: null, comment: null, score: 3 });

      // Skipping the statement is fine: no item on the row.
      await answer(await inviteTo('quarterly', 'day-991'), { score: 8 }).expect(201);
      expect(await lastResponse()).toMatchObject({ item_key: null, item_score: null });
      const [rollup] = await t.db.query(`SELECT n, total FROM item_month_rollup WHERE item_key = $1`, [driver]);
      expect(rollup).toEqual({ n: 1, total: 1 });
    });

    it('stores the reason for leaving, or none when it is skipped', async () => {
      await answer(await inviteTo('exit', 'exit-3'), { score: 2, leavingReason: 'manager', comment: 'Nobody listened.' }).expect(201);
      expect(await lastResponse()).toMatchObject({ leaving_reason: 'manager', item_key: null, item_score: null, score: 2 });
      await answer(await inviteTo('exit', 'exit-4'), { score: 5 }).expect(201);
      expect(await lastResponse()).toMatchObject({ leaving_reason: null, score: 5 });
    });

    it('refuses answers the survey does not ask, with a message in the employee language, and writes nothing', async () => {
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ['onboarding', { itemScore: 0 }, /whole number from 1/],
        ['onboarding', { itemScore: 6 }, /whole number from 1/],
        ['quarterly', { itemScore: 2.5 }, /whole number from 1/],
        ['quarterly', { itemScore: '4' }, /whole number from 1/],
        ['exit', { itemScore: 3 }, /no 1–5 statement/],
        ['exit', { leavingReason: 'boredom' }, /Choose the reason for leaving from the list/],
        ['exit', { leavingReason: 7 }, /Choose the reason for leaving/],
        ['quarterly', { leavingReason: 'manager' }, /does not ask for a reason for leaving/],
      ];
      const before = await responses();
      let n = 0;
      for (const [programmeKey, body, message] of cases) {
        const token = await inviteTo(programmeKey, `refused-${++n}`);
        const res = await answer(token, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body).toMatchObject({ statusCode: 400, language: 'en' });
        expect(res.body.message.join(' ')).toMatch(message);
        const [invitation] = await t.db.query(`SELECT answered FROM invitation WHERE occurrence_key = $1`, [`refused-${n}`]);
        expect(invitation.answered).toBe(false);
      }
      const etToken = await inviteTo('onboarding', 'refused-et', 'et');
      const et = await answer(etToken, { itemScore: 9 }).expect(400);
      expect(et.body).toMatchObject({ language: 'et', message: [expect.stringMatching(/^Vasta väitele täisarvuga 1/)] });
      expect(await responses()).toBe(before);
      // The refused invitation can still be answered properly.
      await answer(etToken, { itemScore: 5 }).expect(201);
    });
  });
});
