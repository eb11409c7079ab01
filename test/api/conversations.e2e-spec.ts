import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newResponses, newUser, signIn } from '../support/factories';
import { TestSmtpServer } from './delivery-smtp-server';

/*
 * Anonymous conversations (issue 12): an employee answers with a comment and the secret of a private
 * link; the day's flush writes the response and its conversation; the follow-up item shows the thread,
 * HR replies, the employee reads it with the secret and answers back, and HR sees the answer. Then, as a
 * database administrator would look: no column of any table (xmin and ctid included) ties the
 * conversation to an invitation or an employee, and no outbox or dev_mail row holds the link.
 *
 * North and South (12 answers each in 2026-Q2) have comment lists of their own (COMMENT_K = 10).
 */
describe('Anonymous conversations', () => {
  let t: TestApp;
  const smtp = new TestSmtpServer();
  const secret = randomBytes(32).toString('base64url');
  const ids: Record<string, string> = {};
  let invitation = '';
  let employee = '';
  let itemKey = '';
  let accounts: { email: string; password: string }[] = [];
  let hr: Awaited<ReturnType<typeof signIn>>;
  let leader: Awaited<ReturnType<typeof signIn>>;
  let southManager: Awaited<ReturnType<typeof signIn>>;
  // Estonian, as the invitation: classified negative, so it is taken into North's queue.
  const COMMENT = 'Graafik on kohutav ja segane, see on väga halb';

  const at = async (instant: string) => {
    t.clock.set(instant);
    [hr, leader, southManager] = await Promise.all(accounts.map((a) => signIn(t.app, a.email, a.password)));
  };
  const employeeView = (s = secret) => t.http.post('/api/conversation/view').send({ secret: s });
  const employeeWrites = (body: string, s = secret) => t.http.post('/api/conversation/messages').send({ secret: s, body });

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp({
      now: '2026-06-02T07:00:00Z',
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'EX Pulse <pulse@example.test>', PUBLIC_URL: 'https://pulse.example.test' },
    });
    const programme = await installedProgramme(t.db, 'quarterly');
    const company = await newDepartment(t.db, { name: 'Company' });
    for (const name of ['North', 'South']) ids[name.toLowerCase()] = (await newDepartment(t.db, { name, parentId: company.id })).id;
    await newResponses(t.db, { programmeId: programme, departmentId: ids.north, answeredOn: '2026-06-01', scores: [9, 9, 9, 9, 9, 9, 2, 2, 2, 2, 2] });
    await newResponses(t.db, { programmeId: programme, departmentId: ids.south, answeredOn: '2026-06-01', scores: Array(12).fill(9) });
    employee = (await newEmployee(t.db, { departmentId: ids.north, language: 'et' })).id;
    const link = await newInvitation(t, { employeeId: employee, departmentId: ids.north, programmeId: programme, language: 'et', sentOn: '2026-06-01' });
    invitation = link.id;
    accounts = [
      await newUser(t.db, { role: 'admin' }), await newUser(t.db, { role: 'leader' }),
      await newUser(t.db, { role: 'manager', scopeDepartmentId: ids.south }),
    ];
    await t.http.post('/api/survey/answer').send({
      token: link.token, submissionId: randomUUID(), score: 3, comment: COMMENT,
      conversationSecret: secret, conversationEmail: 'me@private.example',
    }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('keeps nothing of the conversation before the day ends but the sealed answer, then writes it with the day and mails the link once', async () => {
    expect(await t.db.query(`SELECT count(*)::int AS n FROM conversation`)).toEqual([{ n: 0 }]);
    // Not open until the day's answers are written, and told exactly as a secret that will never open
    // and a malformed one are, for the view and for a message: no one learns whether it will exist.
    const notOpen = (await employeeView().expect(404)).body;
    expect(notOpen).toEqual({
      statusCode: 404, error: 'Not Found', problem: 'not_open',
      message: "If you answered today, this conversation opens tomorrow, once the day's answers are written. Otherwise this link is not valid: open the whole private link you kept.",
    });
    for (const other of [randomBytes(32).toString('base64url'), 'not-a-secret']) {
      expect((await employeeView(other).expect(404)).body).toEqual(notOpen);
      expect((await employeeWrites('hi', other).expect(404)).body).toEqual(notOpen);
    }
    expect((await employeeWrites('Hello?').expect(404)).body).toEqual(notOpen);
    expect(await t.writeHeldAnswers()).toBe(1);
    const [conversation] = await t.db.query(`SELECT language, item_id, xmin::text AS x FROM conversation`);
    expect(conversation).toMatchObject({ language: 'et', item_id: null });
    // Written by the transaction that wrote the day's responses.
    expect(await t.db.query(`SELECT DISTINCT xmin::text AS x FROM response WHERE comment IS NOT NULL`)).toEqual([{ x: conversation.x }]);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toBe('me@private.example');
    expect(smtp.received[0].text).toContain(`https://pulse.example.test/c#${secret}`);
    expect(smtp.received[0].subject).toBe('Sinu privaatse vestluse link');
    // Flushing again mails nothing more.
    await t.writeHeldAnswers();
    expect(smtp.received).toHaveLength(1);
    const view = (await employeeView().expect(200)).body;
    // Not in a queue yet: the comment is not shown back (the conversation is reached through its item).
    expect(view).toEqual({ language: 'et', comment: null, messages: [], waiting: [], canAnswer: false });
    // No one has replied: nothing to answer yet.
    expect((await employeeWrites('Hello?').expect(409)).body.message).toContain('Keegi pole veel vastanud');
  });

  it('shows the thread on the follow-up item; HR replies, the employee reads it and answers back, HR sees the answer', async () => {
    await at('2026-06-08T09:00:00Z');
    const queue = (await hr.get('/api/follow-ups?show=all').expect(200)).body;
    const item = queue.items.find((i: { text: string }) => i.text === COMMENT);
    expect(item).toBeDefined();
    itemKey = item.key;
    expect((await hr.get(`/api/follow-ups/${itemKey}/conversation`).expect(200)).body).toEqual({ available: true, messages: [], canReply: true });

    const replied = (await hr.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: '  Thank you. What would help most?  ' }).expect(201)).body;
    expect(replied.messages).toEqual([
      { fromStaff: true, body: 'Thank you. What would help most?', writtenOn: '2026-06-08', author: { id: hr.user.id, name: 'Test admin' }, writtenAt: '2026-06-08T09:00:00.000Z' },
    ]);

    const read = (await employeeView().expect(200)).body;
    expect(read).toEqual({
      language: 'et', comment: COMMENT, canAnswer: true, waiting: [],
      messages: [{ fromStaff: true, body: 'Thank you. What would help most?', writtenOn: '2026-06-08' }],
    });
    const answered = (await employeeWrites('A plan a week ahead.').expect(201)).body;
    expect(answered.waiting).toEqual([{ body: 'A plan a week ahead.', writtenOn: '2026-06-08' }]);
    // Held until the day ends: staff see nothing yet, and the inbox row says neither whose nor what.
    expect((await hr.get(`/api/follow-ups/${itemKey}/conversation`).expect(200)).body.messages).toHaveLength(1);
    const [held] = await t.db.query(`SELECT sealed FROM conversation_inbox`);
    expect(held.sealed.includes(Buffer.from('A plan a week ahead.'))).toBe(false);

    await t.writeHeldAnswers();
    expect(await t.db.query(`SELECT count(*)::int AS n FROM conversation_inbox`)).toEqual([{ n: 0 }]);
    const seen = (await hr.get(`/api/follow-ups/${itemKey}/conversation`).expect(200)).body;
    expect(seen.messages[1]).toEqual({ fromStaff: false, body: 'A plan a week ahead.', writtenOn: '2026-06-08', author: null, writtenAt: null });
    expect((await leader.get(`/api/follow-ups/${itemKey}/conversation`).expect(200)).body).toMatchObject({ available: true, canReply: false });
    expect((await employeeView().expect(200)).body.messages.map((m: { fromStaff: boolean }) => m.fromStaff)).toEqual([true, false]);
  });

  it('leaves no row, column, xmin or ctid that ties the conversation to an invitation or an employee, and no copy of the link', async () => {
    const tables: { name: string }[] = await t.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const [conversation] = await t.db.query(`SELECT id::text, xmin::text AS x, ctid::text AS c FROM conversation`);
    const employeeRow = (await t.db.query(`SELECT work_email AS email, external_id FROM employee WHERE id = $1`, [employee]))[0];
    const identifying = [invitation, employee, employeeRow.email, employeeRow.external_id, 'me@private.example'];
    const linkValues = [secret, Buffer.from(secret, 'base64url').toString('hex'), createHash('sha256').update(secret).digest('hex')];
    for (const { name } of tables) {
      const rows: { j: string }[] = await t.db.query(`SELECT row_to_json(x)::text AS j FROM "${name}" x`);
      for (const { j } of rows) {
        // The secret, in any encoding, is nowhere (outbox and dev_mail included).
        for (const v of linkValues) expect(`${name}: ${j}`).not.toContain(v);
        // The conversation's id appears only in its own rows and its messages.
        if (!['conversation', 'conversation_message'].includes(name)) expect(`${name}: ${j}`).not.toContain(conversation.id);
        // And its own rows name no invitation, employee or address.
        if (['conversation', 'conversation_message', 'conversation_inbox'].includes(name)) {
          for (const v of identifying) expect(`${name}: ${j}`).not.toContain(v);
        }
      }
    }
    // System columns: no invitation or employee row version shares a transaction with the conversation or its employee message.
    const shared = await t.db.query(
      `SELECT count(*)::int AS n FROM (SELECT xmin FROM conversation UNION ALL SELECT xmin FROM conversation_message WHERE NOT from_staff) c
        WHERE c.xmin IN (SELECT xmin FROM invitation UNION ALL SELECT xmin FROM employee UNION ALL SELECT xmin FROM outbox)`,
    );
    expect(shared).toEqual([{ n: 0 }]);
    // The employee's message has no time, and no id order that names the hour (the flush wrote it).
    expect(await t.db.query(`SELECT written_at, author_id FROM conversation_message WHERE NOT from_staff`)).toEqual([{ written_at: null, author_id: null }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM dev_mail`)).toEqual([{ n: 0 }]);
  });

  it('refuses bad input: an unknown secret 404, too long 400, NUL 400, another unit\'s manager 403, a leader\'s reply 403', async () => {
    await employeeView(randomBytes(32).toString('base64url')).expect(404);
    await employeeView('not-a-secret').expect(404);
    await employeeWrites('hi', randomBytes(32).toString('base64url')).expect(404);
    expect(JSON.stringify((await employeeWrites('x'.repeat(2001)).expect(400)).body.message)).toContain('1 to 2000');
    await employeeWrites('a\u0000b').expect(400);
    await employeeWrites('   ').expect(400);
    await hr.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: 'y'.repeat(2001) }).expect(400);
    await hr.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: 'a\u0000b' }).expect(400);
    await southManager.get(`/api/follow-ups/${itemKey}/conversation`).expect(403);
    await southManager.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: 'Hello from South' }).expect(403);
    await leader.post(`/api/follow-ups/${itemKey}/conversation`).send({ body: 'Hello' }).expect(403);
    await hr.get(`/api/follow-ups/${randomUUID()}/conversation`).expect(404);
    await t.http.post('/api/survey/answer').send({ token: 'x', submissionId: randomUUID(), score: 1, conversationSecret: 'short' }).expect(400);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM conversation_message`)).toEqual([{ n: 2 }]);
  });
});
