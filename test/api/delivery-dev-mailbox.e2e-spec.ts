import type { DevMailPage } from '@ex-pulse/contracts';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { hashAnswerToken } from '../../apps/api/src/responses/answer-token';
import { installedProgramme, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

const NO_JOBS = { DELIVERY_INTERVAL_SECONDS: '0', SCHEDULER_INTERVAL_MINUTES: '0', PUBLIC_URL: 'https://pulse.example.test' };

/** An invitation email waiting in the outbox; returns the address and the link it should carry. */
async function queue(t: TestApp, language: 'en' | 'et' = 'en') {
  const department = (await newDepartment(t.db)).id;
  const programme = await installedProgramme(t.db, 'quarterly');
  const employee = await newEmployee(t.db, { departmentId: department, language });
  const expiresAt = new Date(t.clock.now().getTime() + 14 * 86_400_000).toISOString();
  const token = await newInvitation(t.db, { employeeId: employee.id, departmentId: department, programmeId: programme, language, expiresAt });
  const [{ to }] = await t.db.query(
    `INSERT INTO outbox (invitation_id, kind, to_address, token, next_attempt_at)
     SELECT i.id, 'invitation', e.work_email, $1, $2 FROM invitation i JOIN employee e ON e.id = i.employee_id
      WHERE i.token_hash = $3 RETURNING to_address AS "to"`,
    [token, t.clock.now(), hashAnswerToken(token)],
  );
  return { to: to as string, link: `https://pulse.example.test/s#${token}` };
}

describe('delivery without SMTP: the dev mailbox', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({ env: NO_JOBS });
    const account = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t?.close());

  it('delivers to the dev mailbox, which shows admins the messages newest first', async () => {
    const first = await queue(t, 'et');
    expect(await t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 1 });
    const firstAt = t.clock.now();
    t.clock.advanceMinutes(5);
    const second = await queue(t);
    expect(await t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 1 });

    const page: DevMailPage = (await admin.get('/api/dev-mailbox').expect(200)).body;
    expect(page).toMatchObject({ enabled: true, page: 1, pageSize: 50, total: 2 });
    expect(page.items.map((m) => m.to)).toEqual([second.to, first.to]);
    expect(page.items[1]).toEqual({
      id: expect.any(String),
      to: first.to,
      subject: 'Kvartaliküsitlus – Testorg',
      text: expect.stringContaining(first.link),
      html: expect.stringContaining(`href="${first.link}"`),
      deliveredAt: firstAt.toISOString(),
    });
    expect(page.items[0].text).toContain('Your answer is anonymous');
    const rows = await t.db.query(`SELECT status, token FROM outbox WHERE to_address = ANY($1)`, [[first.to, second.to]]);
    expect(rows).toEqual([{ status: 'sent', token: null }, { status: 'sent', token: null }]);
  });

  it('is for admins only', async () => {
    const leader = await newUser(t.db, { role: 'leader' });
    await (await signIn(t.app, leader.email, leader.password)).get('/api/dev-mailbox').expect(403);
    await t.http.get('/api/dev-mailbox').expect(401);
  });

  it('pages by 50 and refuses a page that is not a whole number from 1', async () => {
    await t.db.query(
      `INSERT INTO dev_mail (to_address, subject, text_body, html_body, delivered_at)
       SELECT 'bulk' || g || '@example.test', 'Bulk', 'text', '<p>html</p>', $1::timestamptz - g * interval '1 day'
         FROM generate_series(1, 55) g`,
      [t.clock.now()],
    );
    const second: DevMailPage = (await admin.get('/api/dev-mailbox?page=2').expect(200)).body;
    expect(second.total).toBe(57);
    expect(second.items).toHaveLength(7);
    expect(second.items.at(-1)?.to).toBe('bulk55@example.test');
    for (const page of ['0', '-1', 'abc', '1.5']) {
      const res = await admin.get(`/api/dev-mailbox?page=${page}`).expect(400);
      expect(res.body.message).toMatch(/page must be a whole number/);
    }
  });
});

describe('delivery job', () => {
  it('sends in the background every DELIVERY_INTERVAL_SECONDS', async () => {
    const t = await createTestApp({ env: { ...NO_JOBS, DELIVERY_INTERVAL_SECONDS: '1' } });
    try {
      const message = await queue(t);
      const deadline = Date.now() + 5000;
      let delivered = 0;
      while (delivered === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [{ delivered }] = await t.db.query(`SELECT count(*)::int AS delivered FROM dev_mail WHERE to_address = $1`, [message.to]);
      }
      expect(delivered).toBe(1);
    } finally {
      await t.close();
    }
  });
});
