import { randomUUID } from 'node:crypto';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { installedProgramme, markDemoSeeded, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

const PUBLIC_URL = 'https://pulse.example.test';
const minutes = (n: number) => n * 60_000;

describe('delivery: outbox to a real SMTP server', () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  let delivery: DeliveryService;
  let department: string;
  let programme: string;

  /** An invitation with its outbox rows, as the scheduler writes them: the email now, the reminder later. */
  async function invite(o: { language?: 'en' | 'et'; reminderInMinutes?: number; expiresInMinutes?: number } = {}) {
    const now = t.clock.now();
    const language = o.language ?? 'en';
    const employee = await newEmployee(t.db, { departmentId: department, language });
    const expiresAt = new Date(now.getTime() + minutes(o.expiresInMinutes ?? 14 * 24 * 60)).toISOString();
    const { id, token } = await newInvitation(t, { employeeId: employee.id, departmentId: department, programmeId: programme, language, expiresAt });
    const due: [string, Date][] = [['invitation', now]];
    if (o.reminderInMinutes) due.push(['reminder', new Date(now.getTime() + minutes(o.reminderInMinutes))]);
    let to = '';
    for (const [kind, at] of due) {
      [{ to }] = await t.db.query(
        `INSERT INTO outbox (invitation_id, kind, to_address, next_attempt_at)
         SELECT i.id, $2, e.work_email, $3 FROM invitation i JOIN employee e ON e.id = i.employee_id
          WHERE i.id = $1 RETURNING to_address AS "to"`,
        [id, kind, at],
      );
    }
    return { to, token, link: `${PUBLIC_URL}/s#${token}` };
  }
  const outbox = (to: string) =>
    t.db.query(
      `SELECT kind, status, attempts, last_error, next_attempt_at, sent_at FROM outbox WHERE to_address = $1 ORDER BY kind`,
      [to],
    );

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp({
      now: '2026-06-15T07:00:00Z',
      env: {
        SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'EX Pulse <pulse@example.test>',
        PUBLIC_URL, DELIVERY_INTERVAL_SECONDS: '0', SCHEDULER_INTERVAL_MINUTES: '0',
      },
    });
    delivery = t.app.get(DeliveryService);
    department = (await newDepartment(t.db, { name: 'Support' })).id;
    programme = await installedProgramme(t.db, 'quarterly');
  });
  afterEach(async () => {
    smtp.refuse = null;
    if (!smtp.running) await smtp.start(); // a test may have stopped it
    await t.db.query(`UPDATE outbox SET status = 'skipped' WHERE status = 'pending'`);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('sends the invitation once, in English, with its link (derived as it is sent); the row is sent', async () => {
    const m = await invite();
    expect(await delivery.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0, skipped: 0 });
    const [mail] = smtp.to(m.to);
    expect(smtp.to(m.to)).toHaveLength(1);
    expect(mail.subject).toBe('Quarterly pulse – Testorg');
    expect(mail.text.split(m.link)).toHaveLength(2);
    expect(mail.text).toContain('Your answer is anonymous');
    expect(mail.text).toContain('You can answer until 29 June 2026.');
    expect(mail.html).toContain(`href="${m.link}"`);
    const [row] = await outbox(m.to);
    expect(row).toMatchObject({ status: 'sent', attempts: 0, sent_at: t.clock.now() });

    t.clock.advanceMinutes(60);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0, skipped: 0 });
    expect(smtp.to(m.to)).toHaveLength(1);
  });

  it('writes to an Estonian employee in Estonian', async () => {
    const m = await invite({ language: 'et' });
    await delivery.deliverDue();
    const [mail] = smtp.to(m.to);
    expect(mail.subject).toBe('Kvartaliküsitlus – Testorg');
    expect(mail.text).toContain('Testorg soovib teada, kuidas sul tööl läheb (Kvartaliküsitlus).');
    expect(mail.text).toContain('Sinu vastus on anonüümne');
    expect(mail.text.split(m.link)).toHaveLength(2);
    expect(mail.html).toContain('<html lang="et">');
  });

  it('sends the reminder when it is due and not before; skips it once the invitation is answered', async () => {
    const open = await invite({ reminderInMinutes: 3 * 24 * 60 });
    const answered = await invite({ reminderInMinutes: 3 * 24 * 60 });
    expect(await delivery.deliverDue()).toMatchObject({ sent: 2 });
    await t.http.post('/api/survey/answer').send({ token: answered.token, submissionId: randomUUID(), score: 9 }).expect(201);
    // Not yet written (held until the day ends, AnswerInbox): the held answer counts as answered.

    t.clock.advanceMinutes(3 * 24 * 60 - 1);
    expect(await delivery.deliverDue()).toMatchObject({ sent: 0, skipped: 0 });
    t.clock.advanceMinutes(2);
    expect(await delivery.deliverDue()).toEqual({ sent: 1, failed: 0, retried: 0, skipped: 1 });

    expect(smtp.to(open.to).map((m) => m.subject)).toEqual(['Quarterly pulse – Testorg', 'Reminder: Quarterly pulse – Testorg']);
    expect(smtp.to(open.to)[1].text).toMatch(/^A reminder: /);
    expect(smtp.to(answered.to)).toHaveLength(1);
    expect((await outbox(answered.to))[1]).toMatchObject({ kind: 'reminder', status: 'skipped', sent_at: null });
  });

  it('skips an invitation that expired before it could be sent', async () => {
    const m = await invite({ expiresInMinutes: 10 });
    t.clock.advanceMinutes(10);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 0, skipped: 1 });
    expect(smtp.to(m.to)).toHaveLength(0);
    expect((await outbox(m.to))[0]).toMatchObject({ status: 'skipped' });
  });

  it('keeps every message through an SMTP outage, backing off, and sends each once when the server is back', async () => {
    await smtp.stop();
    const messages = await Promise.all([1, 2, 3].map(() => invite()));
    const started = t.clock.now().getTime();
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 3, skipped: 0 });
    for (const m of messages) {
      expect((await outbox(m.to))[0]).toMatchObject({
        status: 'pending', attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED/),
        next_attempt_at: new Date(started + 30_000),
      });
    }
    expect(await delivery.deliverDue()).toMatchObject({ retried: 0 }); // not due again yet
    t.clock.advanceMinutes(1);
    expect(await delivery.deliverDue()).toMatchObject({ retried: 3 });
    expect((await outbox(messages[0].to))[0]).toMatchObject({ attempts: 2, next_attempt_at: new Date(started + minutes(1) + 60_000) });

    await smtp.start();
    t.clock.advanceMinutes(2);
    expect(await delivery.deliverDue()).toEqual({ sent: 3, failed: 0, retried: 0, skipped: 0 });
    for (const m of messages) {
      expect(smtp.to(m.to)).toHaveLength(1);
      expect(smtp.to(m.to)[0].text).toContain(m.link);
      expect((await outbox(m.to))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    }
  });

  it('gives up after DELIVERY_MAX_ATTEMPTS refusals, keeping the reason', async () => {
    smtp.refuse = '451 4.3.0 Mailbox temporarily unavailable';
    const m = await invite();
    for (let attempt = 1; attempt < t.config.deliveryMaxAttempts; attempt++) {
      expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 0, retried: 1, skipped: 0 });
      t.clock.advanceMinutes(61);
    }
    expect(await delivery.deliverDue()).toEqual({ sent: 0, failed: 1, retried: 0, skipped: 0 });
    const [row] = await outbox(m.to);
    expect(row).toMatchObject({ status: 'failed', attempts: 8, sent_at: null });
    expect(row.last_error).toMatch(/451.*Mailbox temporarily unavailable/);
    t.clock.advanceMinutes(120);
    expect(await delivery.deliverDue()).toMatchObject({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.to(m.to)).toHaveLength(0);
  });

  it('tells HR of the demo that the dev mailbox is not in use when SMTP is configured (elsewhere it is off: 404)', async () => {
    const account = await newUser(t.db, { role: 'admin' });
    const admin = await signIn(t.app, account.email, account.password);
    await admin.get('/api/dev-mailbox').expect(404);
    await markDemoSeeded(t.db);
    const res = await admin.get('/api/dev-mailbox').expect(200);
    expect(res.body).toMatchObject({ enabled: false, total: 0, items: [] });
  });
});
