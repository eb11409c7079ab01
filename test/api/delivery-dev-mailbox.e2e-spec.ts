import type { DevMailPage } from '@ex-pulse/contracts';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { LINK_WITHHELD } from '../../apps/api/src/delivery/dev-mailbox.service';
import { installedProgramme, markDemoSeeded, newDepartment, newEmployee, newInvitation, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

const NO_JOBS = { DELIVERY_INTERVAL_SECONDS: '0', SCHEDULER_INTERVAL_MINUTES: '0', PUBLIC_URL: 'https://pulse.example.test' };

/** An invitation email waiting in the outbox; returns the address and the link it should carry. */
async function queue(t: TestApp, o: { language?: 'en' | 'et'; demo?: boolean } = {}) {
  const language = o.language ?? 'en';
  const department = (await newDepartment(t.db)).id;
  const programme = await installedProgramme(t.db, 'quarterly');
  const employee = await newEmployee(t.db, { departmentId: department, language, demo: o.demo ?? true });
  const expiresAt = new Date(t.clock.now().getTime() + 14 * 86_400_000).toISOString();
  const { id, token } = await newInvitation(t, { employeeId: employee.id, departmentId: department, programmeId: programme, language, expiresAt });
  const [{ to }] = await t.db.query(
    `INSERT INTO outbox (invitation_id, kind, to_address, next_attempt_at)
     SELECT i.id, 'invitation', e.work_email, $2 FROM invitation i JOIN employee e ON e.id = i.employee_id
      WHERE i.id = $1 RETURNING to_address AS "to"`,
    [id, t.clock.now()],
  );
  return { to: to as string, token, link: `https://pulse.example.test/s#${token}` };
}

describe('delivery without SMTP: the dev mailbox of the demo', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({ env: NO_JOBS });
    await markDemoSeeded(t.db);
    const account = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t?.close());

  it('delivers to the dev mailbox, which shows admins the messages newest first, with the links of demo employees', async () => {
    const first = await queue(t, { language: 'et' });
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
    await t.http.post('/api/survey/view').send({ token: first.token }).expect(200);
    const rows = await t.db.query(`SELECT status FROM outbox WHERE to_address = ANY($1)`, [[first.to, second.to]]);
    expect(rows).toEqual([{ status: 'sent' }, { status: 'sent' }]);
    // The link is put back as the page is read: the stored message has none.
    const stored = await t.db.query(`SELECT text_body, html_body FROM dev_mail WHERE to_address = ANY($1)`, [[first.to, second.to]]);
    for (const mail of stored) {
      for (const body of [mail.text_body, mail.html_body]) {
        expect(body).toContain('{{answer-link}}');
        expect(body).not.toMatch(/\/s#/);
        for (const m of [first, second]) expect(body).not.toContain(m.token);
      }
    }
  });

  it('never shows the working link of someone who is not a demo employee', async () => {
    const real = await queue(t, { demo: false });
    expect(await t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 1 });
    const page: DevMailPage = (await admin.get('/api/dev-mailbox').expect(200)).body;
    const [mail] = page.items.filter((m) => m.to === real.to);
    expect(mail.text).toContain(`Answer here: ${LINK_WITHHELD}`);
    expect(mail.text).not.toContain(real.token);
    expect(mail.html).not.toContain(real.token);
    expect(mail.html).toContain('href="#"');
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
    expect(second.total).toBe(58);
    expect(second.items).toHaveLength(8);
    expect(second.items.at(-1)?.to).toBe('bulk55@example.test');
    for (const page of ['0', '-1', 'abc', '1.5']) {
      const res = await admin.get(`/api/dev-mailbox?page=${page}`).expect(400);
      expect(res.body.message).toMatch(/page must be a whole number/);
    }
  });
});

describe('the dev mailbox outside the demo', () => {
  it('answers 404 where the demo was not seeded, and where SEED_DEMO is off', async () => {
    for (const env of [{}, { SEED_DEMO: 'false' }] as Record<string, string>[]) {
      const t = await createTestApp({ env: { ...NO_JOBS, ...env } });
      try {
        const account = await newUser(t.db, { role: 'admin' });
        const admin = await signIn(t.app, account.email, account.password);
        // Mail is still delivered into dev_mail (without its link), but no one is shown it.
        const message = await queue(t);
        expect(await t.app.get(DeliveryService).deliverDue()).toMatchObject({ sent: 1 });
        if (env.SEED_DEMO) await markDemoSeeded(t.db); // seeded, but the installation is not run as the demo
        const res = await admin.get('/api/dev-mailbox').expect(404);
        expect(res.body.message).toMatch(/belongs to the demo/);
        expect(JSON.stringify(res.body)).not.toContain(message.token);
      } finally {
        await t.close();
      }
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
