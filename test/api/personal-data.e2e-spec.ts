import { randomBytes } from 'node:crypto';
import { RetentionService } from '../../apps/api/src/privacy/retention.service';
import { createTestApp, TestApp } from '../support/test-app';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newResponses, newUser, signIn } from '../support/factories';

/** How many rows of any table in the public schema mention one of the needles, per table (only those that do). */
async function mentions(t: TestApp, needles: string[]): Promise<Record<string, number>> {
  const tables: { tablename: string }[] = await t.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const found: Record<string, number> = {};
  for (const { tablename } of tables) {
    // Each row as text, bytea as hex: names, addresses, ids and (hex) keys all show.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM "${tablename}" r WHERE lower(r::text) LIKE ANY($1::text[])`,
      [needles.map((x) => `%${x.toLowerCase()}%`)],
    );
    if (n > 0) found[tablename] = n;
  }
  return found;
}

const rollups = (t: TestApp) => t.db.query(
  `SELECT (SELECT json_agg(r ORDER BY r::text) FROM invitation_year_rollup r)::text AS invited,
          (SELECT json_agg(r ORDER BY r::text) FROM enps_year_rollup r)::text AS enps`,
);

describe('personal data: export, erasure, retention', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let programme: string;
  let dept: string;
  const person = { name: 'Zebulon Quixote-Erasmus', personal: 'zeb.private@mail.test' };
  let zebulon: { id: string; externalId: string };
  let work: string;
  let report: { id: string };
  let other: { id: string };
  let invitations: { id: string; token: string }[];

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-06-15T09:00:00Z' });
    const user = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, user.email, user.password);
    programme = await installedProgramme(t.db, 'quarterly');
    dept = (await newDepartment(t.db, { name: 'Stores' })).id;
    zebulon = await newEmployee(t.db, { departmentId: dept, name: person.name });
    await t.db.query(`UPDATE employee SET personal_email = $2 WHERE id = $1`, [zebulon.id, person.personal]);
    work = (await t.db.query(`SELECT work_email FROM employee WHERE id = $1`, [zebulon.id]))[0].work_email;
    report = await newEmployee(t.db, { departmentId: dept, managerId: zebulon.id });
    other = await newEmployee(t.db, { departmentId: dept });
    invitations = [
      await newInvitation(t, { employeeId: zebulon.id, departmentId: dept, programmeId: programme, sentOn: '2026-06-10' }),
      await newInvitation(t, { employeeId: zebulon.id, departmentId: dept, programmeId: programme, sentOn: '2026-03-10', expiresAt: '2026-03-24T10:00:00Z' }),
    ];
    await newInvitation(t, { employeeId: other.id, departmentId: dept, programmeId: programme });
    // Emails of every state, to both addresses, and a copy in the dev mailbox.
    await t.db.query(
      `INSERT INTO outbox (invitation_id, kind, to_address, status, attempts, next_attempt_at, sent_at, planned_at, last_error)
       VALUES ($1, 'invitation', $3, 'sent', 1, '2026-06-10T07:00:00Z', '2026-06-10T07:00:05Z', '2026-06-10T07:00:00Z', NULL),
              ($1, 'reminder', $3, 'pending', 0, '2026-06-13T07:00:00Z', NULL, '2026-06-13T07:00:00Z', NULL),
              ($2, 'invitation', $4, 'failed', 8, '2026-03-11T07:00:00Z', NULL, '2026-03-10T07:00:00Z', 'mailbox full')`,
      [invitations[0].id, invitations[1].id, work, person.personal],
    );
    await t.db.query(
      `INSERT INTO dev_mail (invitation_id, to_address, subject, text_body, html_body, delivered_at)
       VALUES ($1, $2, 'Your pulse', 'Hello Zebulon Quixote-Erasmus', '<p>Hello Zebulon Quixote-Erasmus</p>', '2026-06-10T07:00:05Z'),
              (NULL, $2, 'An older one', 'Hello again', '<p>Hello again</p>', '2026-05-10T07:00:05Z')`,
      [invitations[0].id, work],
    );
    // Answers: his own, held for today; and his team's, written, counted under him as their manager.
    await t.http.post('/api/survey/answer').send({ token: invitations[0].token, submissionId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', score: 3 }).expect(201);
    await newResponses(t.db, { programmeId: programme, departmentId: dept, managerId: zebulon.id, scores: [9, 10, 7, 6, 8], answeredOn: '2026-06-01' });
  });
  afterAll(() => t.close());

  it('exports what is held about an employee: never whether they opened or answered, never an answer', async () => {
    const res = await admin.get(`/api/employees/${zebulon.id}/personal-data`).expect(200);
    expect(res.body.employee).toMatchObject({ name: person.name, workEmail: work, personalEmail: person.personal, externalId: zebulon.externalId, department: 'Stores' });
    expect(res.body.invitations).toHaveLength(2);
    const emails = res.body.invitations.flatMap((i: { emails: unknown[] }) => i.emails);
    expect(emails).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'invitation', to: work, status: 'sent' }),
      expect.objectContaining({ kind: 'reminder', to: work, status: null, sentAt: null }),
      expect.objectContaining({ kind: 'invitation', to: person.personal, status: 'failed' }),
    ]));
    expect(res.body.devMailbox).toHaveLength(2);
    expect(res.body.answers).toMatch(/no one, EX Pulse included, can tell which answers are theirs/);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/answered|opened|"score"/);
    // For HR only.
    const leader = await newUser(t.db, { role: 'leader' });
    await (await signIn(t.app, leader.email, leader.password)).get(`/api/employees/${zebulon.id}/personal-data`).expect(403);
  });

  it('erases an employee: nothing personal left in any table, every figure as it was, the anonymous answers kept', async () => {
    const needles = [person.name, 'Zebulon', work, person.personal, zebulon.externalId, zebulon.id, ...invitations.map((i) => i.id)];
    expect(Object.keys(await mentions(t, needles)).sort()).toEqual(['dev_mail', 'employee', 'invitation', 'outbox', 'response']);
    const figures = await rollups(t);
    const [{ responses: before }] = await t.db.query(`SELECT count(*)::int AS responses FROM response`);

    await admin.delete(`/api/employees/${zebulon.id}`).expect(204);

    expect(await mentions(t, needles)).toEqual({});
    expect(await rollups(t)).toEqual(figures);
    const [{ responses: after }] = await t.db.query(`SELECT count(*)::int AS responses FROM response`);
    expect(after).toBe(before);
    // His held answer is still written when its day ends, and counts.
    expect(await t.writeHeldAnswers()).toBe(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM response WHERE score = 3`))[0].n).toBe(1);
    // The others: his report has no manager now; another's invitation is untouched.
    expect((await t.db.query(`SELECT manager_id FROM employee WHERE id = $1`, [report.id]))[0].manager_id).toBeNull();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM invitation WHERE employee_id = $1`, [other.id]))[0].n).toBe(1);
    // The invitation rollup's triggers are on again: a new invitation counts.
    await newInvitation(t, { employeeId: other.id, departmentId: dept, programmeId: programme });
    expect(await rollups(t)).not.toEqual(figures);

    await admin.delete(`/api/employees/${zebulon.id}`).expect(404);
    await admin.get(`/api/employees/${zebulon.id}/personal-data`).expect(404);
  });

  it('prunes on schedule: old invitations and emails, ended sessions, old sign-in counters; keeps the figures', async () => {
    const someone = await newEmployee(t.db, { departmentId: dept });
    const old = await newInvitation(t, { employeeId: someone.id, departmentId: dept, programmeId: programme, sentOn: '2024-03-01', expiresAt: '2024-03-15T10:00:00Z' });
    const recent = await newInvitation(t, { employeeId: someone.id, departmentId: dept, programmeId: programme, sentOn: '2026-01-05', expiresAt: '2026-01-19T10:00:00Z' });
    await t.db.query(
      `INSERT INTO outbox (invitation_id, kind, to_address, status, attempts, next_attempt_at, sent_at)
       VALUES ($1, 'invitation', 'x@example.test', 'sent', 1, '2024-03-01T07:00:00Z', '2024-03-01T07:00:05Z'),
              ($2, 'invitation', 'x@example.test', 'sent', 1, '2026-05-05T07:00:00Z', '2026-05-05T07:00:05Z'),
              ($2, 'reminder', 'x@example.test', 'pending', 0, '2026-01-08T07:00:00Z', NULL)`,
      [old.id, recent.id],
    );
    const user = await newUser(t.db, { role: 'leader' });
    const session = (id: string, lastSeen: string, expires: string) => t.db.query(
      `INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, 'c', $3, $3, $4)`,
      [randomBytes(32), id, lastSeen, expires],
    );
    await session(user.id, '2026-06-15T08:55:00Z', '2026-06-15T20:00:00Z'); // live
    await session(user.id, '2026-06-15T07:00:00Z', '2026-06-15T19:00:00Z'); // idle too long
    await session(user.id, '2026-06-14T08:00:00Z', '2026-06-14T20:00:00Z'); // expired
    const [oldCounter, recentCounter] = [randomBytes(32), randomBytes(32)];
    await t.db.query(
      `INSERT INTO sign_in_throttle (key, kind, failures, window_started_at, last_failure_at, last_refused)
       VALUES ($1, 'client', 3, '2026-06-12T08:00:00Z', '2026-06-12T08:00:00Z', false), ($2, 'client', 1, '2026-06-15T08:00:00Z', '2026-06-15T08:00:00Z', false)`,
      [oldCounter, recentCounter],
    );
    const figures = await rollups(t);
    const liveBefore = (await t.db.query(`SELECT count(*)::int AS n FROM user_session`))[0].n;

    expect(await t.app.get(RetentionService).prune()).toMatchObject({ ran: true, invitations: 1, sessions: 2 });
    const left = await t.db.query(
      `SELECT (SELECT array_agg(id::text) FROM invitation WHERE employee_id = $1) AS invitations,
              (SELECT count(*)::int FROM outbox WHERE to_address = 'x@example.test') AS emails,
              (SELECT count(*)::int FROM sign_in_throttle WHERE key = ANY($2::bytea[])) AS counters,
              (SELECT count(*)::int FROM user_session) AS sessions`,
      [someone.id, [oldCounter, recentCounter]],
    );
    expect(left[0]).toEqual({ invitations: [recent.id], emails: 2, counters: 1, sessions: liveBefore - 2 });
    expect(await rollups(t)).toEqual(figures);
    // Emails tried more than OUTBOX_RETENTION_DAYS (90) ago go, a pending one stays.
    await t.db.query(`UPDATE outbox SET sent_at = '2026-03-01T07:00:00Z' WHERE to_address = 'x@example.test' AND status = 'sent'`);
    expect(await t.app.get(RetentionService).prune()).toMatchObject({ messages: 1 });
    expect((await t.db.query(`SELECT status FROM outbox WHERE to_address = 'x@example.test'`)).map((r: { status: string }) => r.status)).toEqual(['pending']);
  });
});
