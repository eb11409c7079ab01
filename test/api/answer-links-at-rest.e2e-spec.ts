import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import type { DevMailPage } from '@ex-pulse/contracts';
import { AppSecret } from '../../apps/api/src/common/app-secret';
import { DeriveAnswerLinksWhenSending1765100000000 } from '../../apps/api/src/database/migrations/1765100000000-DeriveAnswerLinksWhenSending';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { ANSWER_LINK_PURPOSE, AnswerLinks, hashLegacyAnswerToken } from '../../apps/api/src/responses/answer-token';
import { SurveyService } from '../../apps/api/src/responses/survey.service';
import { InvitationPlannerService } from '../../apps/api/src/scheduling/invitation-planner.service';
import {
  installedProgramme, markDemoSeeded, newDepartment, newEmployee, newLegacyInvitation, newUser, signIn,
} from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

/*
 * Issue 16, tokens at rest: whoever reads the database (a dump, a backup, HR in the dev mailbox)
 * must not find anything that opens a survey, and without APP_SECRET must not be able to make a
 * link from what is there. Links sent before tokens were derived keep working until they expire.
 */

const MONDAY = '2026-11-09T08:30:00Z'; // 10:30 in Tallinn: the day-7 check-ins of people who started on 2 November
const THURSDAY = '2026-11-12T08:30:00Z'; // their reminders are due
const PUBLIC_URL = 'https://pulse.example.test';
const LINK = /\/s#([A-Za-z0-9_-]+)/;

/** Every value of every text-like and bytea column of every table, as the strings someone could try as a token. */
async function candidateTokens(t: TestApp): Promise<{ values: string[]; bytes: Buffer[]; tokens: Set<string> }> {
  const columns: { table: string; column: string; type: string }[] = await t.db.query(
    `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type
       FROM information_schema.columns c JOIN information_schema.tables tb USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')`,
  );
  expect(columns.map((c) => `${c.table}.${c.column}`)).toEqual(expect.arrayContaining(['outbox.to_address', 'dev_mail.text_body']));
  const values: string[] = [];
  const bytes: Buffer[] = [];
  for (const { table, column, type } of columns) {
    const rows: { v: string }[] = await t.db.query(
      `SELECT DISTINCT ${type === 'bytea' ? `encode("${column}", 'hex')` : `"${column}"::text`} AS v FROM "${table}" WHERE "${column}" IS NOT NULL`,
    );
    for (const { v } of rows) {
      if (type === 'bytea') bytes.push(Buffer.from(v, 'hex'));
      else values.push(v);
    }
  }
  const tokens = new Set<string>();
  const addText = (text: string) => {
    tokens.add(text.trim());
    for (const run of text.match(/[A-Za-z0-9_-]{20,}/g) ?? []) tokens.add(run);
  };
  values.forEach(addText);
  for (const b of bytes) {
    tokens.add(b.toString('base64url'));
    tokens.add(b.toString('hex'));
    addText(b.toString('utf8'));
  }
  return { values, bytes, tokens };
}

/** What the answer page gets for a token (the endpoint's service: the controller only passes the body's token on). */
async function statusOf(t: TestApp, token: string): Promise<number> {
  try {
    await t.app.get(SurveyService).view(token);
    return 200;
  } catch (error) {
    if (error instanceof HttpException) return error.getStatus();
    throw error;
  }
}

/** The tokens of all that the database holds that the answer page does not answer "unknown" (404). */
async function tokensThatOpen(t: TestApp): Promise<string[]> {
  const { tokens } = await candidateTokens(t);
  expect(tokens.size).toBeGreaterThan(50);
  const opening: string[] = [];
  for (const token of tokens) if (token.length <= 200 && (await statusOf(t, token)) !== 404) opening.push(token);
  return opening;
}

async function people(t: TestApp, n: number, o: { demo?: boolean } = {}) {
  const department = (await newDepartment(t.db, { name: 'Support' })).id;
  for (let i = 0; i < n; i++) {
    await newEmployee(t.db, { departmentId: department, startDate: '2026-11-02', language: i % 2 ? 'et' : 'en', demo: o.demo });
  }
}

describe('answer links at rest: sent over SMTP, one refused, reminders waiting', () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp({
      now: MONDAY,
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_MAX_ATTEMPTS: '1', PUBLIC_URL },
    });
    await people(t, 4);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('keeps no value in any table that opens a survey, before and after the reminders go out', async () => {
    expect(await t.app.get(InvitationPlannerService).planDue()).toMatchObject({ ran: true, invitations: 4, reminders: 4 });
    const delivery = t.app.get(DeliveryService);
    smtp.refuse = '451 4.3.0 Mailbox temporarily unavailable';
    expect(await delivery.deliverDue(1)).toMatchObject({ failed: 1 }); // failed for good (DELIVERY_MAX_ATTEMPTS=1)
    smtp.refuse = null;
    expect(await delivery.deliverDue()).toMatchObject({ sent: 3, failed: 0 });
    const statuses = await t.db.query(`SELECT kind, status, count(*)::int AS n FROM outbox GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(statuses).toEqual([
      { kind: 'invitation', status: 'failed', n: 1 }, { kind: 'invitation', status: 'sent', n: 3 },
      { kind: 'reminder', status: 'pending', n: 4 },
    ]);

    // The links the employees got work (so the scan below would find one if it were stored).
    const received = smtp.received.map((m) => LINK.exec(m.text)![1]);
    expect(received).toHaveLength(3);
    for (const token of received) {
      expect(token).toHaveLength(64);
      await t.http.post('/api/survey/view').send({ token }).expect(200);
    }
    expect(await t.db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'outbox' AND column_name = 'token'`)).toEqual([]);
    expect(await tokensThatOpen(t)).toEqual([]);

    // Thursday: the four reminders (the one whose invitation email failed too) carry the same links.
    t.clock.set(THURSDAY);
    expect(await delivery.deliverDue()).toMatchObject({ sent: 4, failed: 0 });
    const reminders = smtp.received.filter((m) => m.subject.startsWith('Reminder') || m.subject.startsWith('Meeldetuletus'));
    expect(reminders).toHaveLength(4);
    expect(received.every((token) => reminders.some((m) => m.text.includes(`${PUBLIC_URL}/s#${token}`)))).toBe(true);
    expect(await tokensThatOpen(t)).toEqual([]);
  });

  it('gives whoever holds the database without APP_SECRET no way to make a link', async () => {
    const ids: string[] = (await t.db.query(`SELECT id::text AS id FROM invitation`)).map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(4);
    const { values, bytes } = await candidateTokens(t);
    // The secret and the key the links are signed with are nowhere in the database.
    const secret = t.config.appSecret!;
    const key = new AppSecret(Buffer.from(secret, 'utf8')).key(ANSWER_LINK_PURPOSE);
    const forms = [secret, key.toString('hex'), key.toString('base64'), key.toString('base64url')];
    for (const value of values) for (const form of forms) expect(value.includes(form)).toBe(false);
    for (const b of bytes) expect(b.includes(key) || b.includes(Buffer.from(secret))).toBe(false);

    // What can be made from the ids without it: the link's shape with a guessed or no key.
    const organisation = (await t.db.query(`SELECT name FROM organisation`))[0].name as string;
    const guesses = [organisation, t.databaseUrl, 'ex-pulse', 'answer-link', secret.slice(0, -1) + '?'.repeat(1)];
    for (const id of ids) {
      const idBytes = Buffer.from(id.replace(/-/g, ''), 'hex');
      const forged = [
        ...guesses.map((guess) => new AnswerLinks(new AppSecret(Buffer.from(guess.padEnd(32, '.')))).tokenOf(id)),
        Buffer.concat([idBytes, Buffer.alloc(32)]).toString('base64url'),
        Buffer.concat([idBytes, hashLegacyAnswerToken(`answer-link:${id}`)]).toString('base64url'),
      ];
      for (const token of forged) expect({ token, status: await statusOf(t, token) }).toEqual({ token, status: 404 });
    }
    // With the secret (the API), the same id opens its survey.
    expect(await statusOf(t, t.app.get(AnswerLinks).tokenOf(ids[0]))).toBe(200);
  });
});

describe('answer links at rest: the demo dev mailbox', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: MONDAY, env: { ALLOW_SIMULATED_DAYS: 'true', PUBLIC_URL } });
    await markDemoSeeded(t.db);
    await people(t, 3, { demo: true });
  });
  afterAll(() => t?.close());

  it('shows the demo employees working links, derived as it shows them, and keeps none in dev_mail', async () => {
    const account = await newUser(t.db, { role: 'admin' });
    const admin = await signIn(t.app, account.email, account.password);
    expect((await admin.post('/api/admin/simulate-day').send({ date: '2026-11-09' }).expect(200)).body).toMatchObject({ sent: 3 });
    const page: DevMailPage = (await admin.get('/api/dev-mailbox').expect(200)).body;
    expect(page.total).toBe(3);
    for (const mail of page.items) {
      const token = LINK.exec(mail.text)![1];
      expect(mail.html).toContain(`href="${PUBLIC_URL}/s#${token}"`);
      expect(await statusOf(t, token)).toBe(200);
    }
    expect(await tokensThatOpen(t)).toEqual([]);
  });
});

describe('answer links sent before tokens were derived', () => {
  let t: TestApp;
  let programme: string;
  let department: string;

  beforeAll(async () => {
    t = await createTestApp({ now: MONDAY, env: { PUBLIC_URL } });
    department = (await newDepartment(t.db)).id;
    programme = await installedProgramme(t.db, 'quarterly');
  });
  afterAll(() => t?.close());

  const legacy = async (expiresAt = '2026-11-20T08:00:00Z') => {
    const employee = await newEmployee(t.db, { departmentId: department, demo: true });
    return newLegacyInvitation(t.db, { employeeId: employee.id, departmentId: department, programmeId: programme, sentOn: '2026-11-06', expiresAt });
  };

  it('keep working until they expire: viewed, answered once, then refused', async () => {
    const { token } = await legacy();
    expect(token).toHaveLength(43);
    await t.http.post('/api/survey/view').send({ token }).expect(200);
    await t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 8 }).expect(201);
    await t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 3 }).expect(409);
    const expired = await legacy('2026-11-09T08:00:00Z');
    expect((await t.http.post('/api/survey/view').send({ token: expired.token }).expect(410)).body.problem).toBe('expired');
    // A 43-character token that no invitation's hash matches, and an old token padded to the new length.
    await t.http.post('/api/survey/view').send({ token: 'B'.repeat(43) }).expect(404);
    await t.http.post('/api/survey/view').send({ token: `${token}${'A'.repeat(21)}` }).expect(404);
  });

  it('survive the migration, which empties the outbox of tokens and the dev mailbox of links', async () => {
    // The database as the previous version left it: an invitation email sent, its reminder waiting
    // with the token, a failed message keeping it, and the dev mailbox's copy with the working link.
    const migration = new DeriveAnswerLinksWhenSending1765100000000();
    const runner = t.db.createQueryRunner();
    let id: string;
    try {
      await migration.down(runner);
      const sent = await legacy();
      id = sent.id;
      const token = sent.token;
      const link = `${PUBLIC_URL}/s#${token}`;
      await t.db.query(
        `INSERT INTO outbox (invitation_id, kind, to_address, token, status, attempts, next_attempt_at, sent_at)
         SELECT $1, k.kind, 'someone@example.test', k.token, k.status, 0, $3::timestamptz + k.later, NULL
           FROM (VALUES ('invitation', NULL, 'sent', interval '0'), ('reminder', $2, 'pending', interval '3 days')) AS k(kind, token, status, later)`,
        [id, token, t.clock.now()],
      );
      const other = await legacy();
      await t.db.query(
        `INSERT INTO outbox (invitation_id, kind, to_address, token, status, attempts, next_attempt_at, last_error)
         VALUES ($1, 'invitation', 'other@example.test', $2, 'failed', 8, $3, '550 no such user')`,
        [other.id, other.token, t.clock.now()],
      );
      await t.db.query(
        `INSERT INTO dev_mail (to_address, subject, text_body, html_body, delivered_at) VALUES ($1, 'Quarterly pulse – Testorg', $2, $3, $4)`,
        ['someone@example.test', `Answer here: ${link}\n\nThank you!`, `<p><a href="${link}" style="x">Answer the pulse</a></p>`, t.clock.now()],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await tokensThatOpen(t)).toEqual([]);
    const [mail] = await t.db.query(`SELECT invitation_id::text AS invitation_id, text_body, html_body FROM dev_mail`);
    expect(mail).toEqual({
      invitation_id: id,
      text_body: 'Answer here: {{answer-link}}\n\nThank you!',
      html_body: '<p><a href="{{answer-link}}" style="x">Answer the pulse</a></p>',
    });

    // The demo's mailbox shows the message with a link of the new kind; the reminder carries one too.
    await markDemoSeeded(t.db);
    const account = await newUser(t.db, { role: 'admin' });
    const admin = await signIn(t.app, account.email, account.password);
    const [shown] = ((await admin.get('/api/dev-mailbox').expect(200)).body as DevMailPage).items;
    const derived = LINK.exec(shown.text)![1];
    expect(derived).toBe(t.app.get(AnswerLinks).tokenOf(id));
    t.clock.set(THURSDAY);
    expect(await t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 1 });
    const again = await signIn(t.app, account.email, account.password); // three days on: a new session
    const [reminder] = (await again.get('/api/dev-mailbox').expect(200)).body.items as DevMailPage['items'];
    expect(reminder).toEqual(shown); // reminders are not kept in the mailbox
    await t.http.post('/api/survey/view').send({ token: derived }).expect(200);
  });
});
