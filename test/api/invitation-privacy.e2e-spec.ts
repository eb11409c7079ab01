import { randomUUID } from 'node:crypto';
import type { DevMailPage, EmployeeLifecycle } from '@ex-pulse/contracts';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { installedProgramme, markDemoSeeded, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

/*
 * PRODUCT.md, Anonymity: no user sees whether a named person opened or answered an invitation;
 * only group counts. Three people get the same day-7 check-in on a simulated Monday: Ann opens
 * and answers it (with a comment), Ben only opens it, Cat does neither. The reminders then run
 * (Thursday): the worker still skips Ann's. Every per-person view HR has, read before and after,
 * must be the same, and the same for the three of them: the employee page and the dev mailbox,
 * and, when reminders fail on a real SMTP server, the list of failed deliveries.
 */

const MONDAY = '2026-11-09';
const THURSDAY = '2026-11-12';
const FRIDAY = '2026-11-13';
const PEOPLE = ['Ann', 'Ben', 'Cat'] as const;
type Person = (typeof PEOPLE)[number];

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      keysOf(v, into);
    }
  }
  return into;
}

async function setUp(env: Record<string, string>) {
  const t = await createTestApp({ now: `${MONDAY}T08:30:00Z`, env: { ALLOW_SIMULATED_DAYS: 'true', ...env } });
  // The demo, whose dev mailbox shows its employees' links.
  await markDemoSeeded(t.db);
  const department = (await newDepartment(t.db, { name: 'Support' })).id;
  const ids = {} as Record<Person, string>;
  const addresses = {} as Record<Person, string>;
  for (const name of PEOPLE) {
    ids[name] = (await newEmployee(t.db, { departmentId: department, name, startDate: '2026-11-02', demo: true })).id;
    [{ address: addresses[name] }] = await t.db.query(`SELECT work_email AS address FROM employee WHERE id = $1`, [ids[name]]);
  }
  const account = await newUser(t.db, { role: 'admin' });
  const admin = await signIn(t.app, account.email, account.password);
  const simulate = async (date: string) => (await admin.post('/api/admin/simulate-day').send({ date }).expect(200)).body;
  const page = async (name: Person): Promise<EmployeeLifecycle> =>
    (await admin.get(`/api/lifecycle/employees/${ids[name]}`).expect(200)).body;
  const pages = async () => Object.fromEntries(await Promise.all(PEOPLE.map(async (n) => [n, await page(n)] as const)));
  const reminders = () =>
    t.db.query(
      `SELECT e.name, o.status, o.attempts, o.next_attempt_at AS "nextAttemptAt", o.planned_at AS "plannedAt"
         FROM outbox o JOIN invitation i ON i.id = o.invitation_id JOIN employee e ON e.id = i.employee_id
        WHERE o.kind = 'reminder' ORDER BY e.name`,
    );
  return { t, ids, addresses, admin, simulate, pages, reminders };
}

/** Ann opens and answers (with a comment), Ben only opens, Cat does nothing: as the public answer page does. */
async function actOn(t: TestApp, tokens: Record<Person, string>) {
  for (const name of ['Ann', 'Ben'] as const) await t.http.post('/api/survey/view').send({ token: tokens[name] }).expect(200);
  await t.http
    .post('/api/survey/answer')
    .send({ token: tokens.Ann, submissionId: randomUUID(), score: 3, itemScore: 2, comment: 'My manager never listens' })
    .expect(201);
  // As at the end of the day: Ann's answer is written and her invitation marked (AnswerInbox).
  await t.writeHeldAnswers();
  const opened = await t.db.query(
    `SELECT e.name, i.opened, i.answered FROM invitation i JOIN employee e ON e.id = i.employee_id ORDER BY e.name`,
  );
  expect(opened).toEqual([
    { name: 'Ann', opened: true, answered: true },
    { name: 'Ben', opened: true, answered: false },
    { name: 'Cat', opened: false, answered: false },
  ]);
}

/** The employee pages: unchanged, the same for all three (but for who they are), and nothing of opening or answering. */
function expectSamePages(before: Record<Person, EmployeeLifecycle>, after: Record<Person, EmployeeLifecycle>) {
  expect(after).toEqual(before);
  const { invitations } = after.Ann;
  expect(invitations).toEqual([
    {
      programmeKey: 'onboarding', programmeNameEn: 'Onboarding check-in', programmeNameEt: 'Sisseelamise küsitlus',
      occurrence: 'day-7', sentOn: MONDAY, expiresAt: '2026-11-23T08:00:00.000Z', delivery: 'sent',
      // Thursday 10:00 in Tallinn, whether or not it went out.
      reminderPlannedAt: `${THURSDAY}T08:00:00.000Z`,
    },
  ]);
  for (const name of PEOPLE) {
    expect(after[name].invitations).toEqual(invitations);
    const keys = keysOf(after[name]);
    for (const leak of ['opened', 'answered', 'reminder', 'status']) expect(keys).not.toContain(leak);
  }
}

describe('no per-person view tells whether someone opened or answered: the dev mailbox', () => {
  let s: Awaited<ReturnType<typeof setUp>>;

  beforeAll(async () => {
    s = await setUp({});
  });
  afterAll(() => s?.t.close());

  it('shows the same employee pages and mailbox before and after Ann answers and the reminders run', async () => {
    expect(await s.simulate(MONDAY)).toMatchObject({ invitations: 3, reminders: 3, sent: 3, failed: 0 });
    const mailbox = async (): Promise<DevMailPage> => (await s.admin.get('/api/dev-mailbox').expect(200)).body;
    const pagesBefore = await s.pages();
    const mailboxBefore = await mailbox();
    expect(mailboxBefore.total).toBe(3);
    const tokens = {} as Record<Person, string>;
    for (const name of PEOPLE) {
      const [mail] = mailboxBefore.items.filter((m) => m.to === s.addresses[name]);
      tokens[name] = /\/s#([A-Za-z0-9_-]{64})/.exec(mail.text)![1];
    }

    await actOn(s.t, tokens);
    expect(await s.pages()).toEqual(pagesBefore);
    expect(await mailbox()).toEqual(mailboxBefore);

    // Thursday: the worker sends Ben's and Cat's reminders and skips Ann's, as before.
    expect(await s.simulate(THURSDAY)).toMatchObject({ invitations: 0, sent: 2, failed: 0 });
    expect((await s.reminders()).map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Ann', 'skipped'], ['Ben', 'sent'], ['Cat', 'sent'],
    ]);

    expectSamePages(pagesBefore, await s.pages());
    // The mailbox keeps invitations only: a reminder there (or none) would say who had answered.
    const mailboxAfter = await mailbox();
    expect(mailboxAfter).toEqual(mailboxBefore);
    const seen = (name: Person) =>
      mailboxAfter.items.filter((m) => m.to === s.addresses[name]).map(({ subject, deliveredAt }) => ({ subject, deliveredAt }));
    expect(seen('Ann')).toEqual([{ subject: 'Onboarding check-in – Testorg', deliveredAt: expect.any(String) }]);
    for (const name of PEOPLE) expect(seen(name)).toEqual(seen('Ann'));
    for (const leak of ['opened', 'answered']) expect(keysOf(mailboxAfter)).not.toContain(leak);
  });

  it('sends an invitation email still queued when its link was already answered, as for anyone', async () => {
    // E.g. the invitation email kept failing while the reminder (same link) got through and was answered.
    const department = (await newDepartment(s.t.db)).id;
    const programme = await installedProgramme(s.t.db, 'quarterly');
    const expiresAt = new Date(s.t.clock.now().getTime() + 7 * 86_400_000).toISOString();
    const queued = async (name: string) => {
      const employee = await newEmployee(s.t.db, { departmentId: department, name });
      const { token } = await newInvitation(s.t, { employeeId: employee.id, departmentId: department, programmeId: programme, sentOn: MONDAY, expiresAt });
      await s.t.db.query(
        `INSERT INTO outbox (invitation_id, kind, to_address, next_attempt_at)
         SELECT i.id, 'invitation', e.work_email, $1 FROM invitation i JOIN employee e ON e.id = i.employee_id WHERE e.id = $2`,
        [s.t.clock.now(), employee.id],
      );
      return { id: employee.id, token };
    };
    const [dee, eve] = [await queued('Dee'), await queued('Eve')];
    await s.t.http.post('/api/survey/answer').send({ token: dee.token, submissionId: randomUUID(), score: 9 }).expect(201);
    expect(await s.t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 2, skipped: 0 });
    // The factory numbers occurrences; everything else must match.
    const invitationsOf = async (id: string) =>
      ((await s.admin.get(`/api/lifecycle/employees/${id}`).expect(200)).body as EmployeeLifecycle).invitations.map(
        ({ occurrence: _occurrence, ...rest }) => rest,
      );
    expect((await invitationsOf(dee.id)).map((i) => i.delivery)).toEqual(['sent']);
    expect(await invitationsOf(dee.id)).toEqual(await invitationsOf(eve.id));
  });
});

describe('no per-person view tells whether someone opened or answered: reminders refused by SMTP', () => {
  const smtp = new TestSmtpServer();
  let s: Awaited<ReturnType<typeof setUp>>;

  beforeAll(async () => {
    await smtp.start(0);
    s = await setUp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    await s?.t.close();
    await smtp.stop();
  });

  it('lists no failed reminder by name, and keeps the reminder as planned on the employee page', async () => {
    expect(await s.simulate(MONDAY)).toMatchObject({ invitations: 3, reminders: 3, sent: 3, failed: 0 });
    const failures = async () =>
      (await s.admin.get('/api/delivery/status?period=2026-11').expect(200)).body.failures;
    const pagesBefore = await s.pages();
    const failuresBefore = await failures();
    expect(failuresBefore).toEqual([]);
    const tokens = {} as Record<Person, string>;
    for (const name of PEOPLE) tokens[name] = /\/s#([A-Za-z0-9_-]{64})/.exec(smtp.to(s.addresses[name])[0].text)![1];

    await actOn(s.t, tokens);
    // The server now refuses everything: Ben's and Cat's reminders are retried, then given up;
    // Ann's is skipped without a try.
    smtp.refuse = '451 4.3.0 Mailbox temporarily unavailable';
    expect(await s.simulate(THURSDAY)).toMatchObject({ sent: 0, failed: 2 });
    expect(await s.simulate(FRIDAY)).toMatchObject({ sent: 0, failed: 2 });
    const rows = await s.reminders();
    expect(rows.map((r: { name: string; status: string; attempts: number }) => [r.name, r.status, r.attempts])).toEqual([
      ['Ann', 'skipped', 0], ['Ben', 'failed', 2], ['Cat', 'failed', 2],
    ]);
    // A retry moved the next attempt; the planned time stays, the same for all three.
    for (const r of rows) expect(r.plannedAt).toEqual(new Date(`${THURSDAY}T08:00:00Z`));
    expect(rows[1].nextAttemptAt).not.toEqual(rows[1].plannedAt);

    expect(await failures()).toEqual(failuresBefore);
    expectSamePages(pagesBefore, await s.pages());
  });
});
