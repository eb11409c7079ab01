import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { DigestPlanner } from '../../apps/api/src/digest/digest-planner.service';
import { newDepartment, newProgramme, newResponses, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

/*
 * The weekly digest (issue 12), received by a real SMTP server from two app instances on one database.
 *
 * Company → Sales → North (20 answers in 2026-Q2, 20 detractors in Q1), South (8), Tiny (3). Tiny is
 * withheld (too few) and South with it (Sales − North − South would give Tiny away); North's comments
 * pass the comment threshold (10). The organisation is in Europe/Tallinn, sending at 10:00; the digest
 * day is Monday (DIGEST_WEEKDAY's default).
 */
describe('Weekly digest', () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  let second: INestApplication;
  let planners: DigestPlanner[];
  let workers: DeliveryService[];
  const people: Record<string, { id: string; email: string; password: string }> = {};
  let salesId = '';

  const planAndSend = async () => {
    const plans = await Promise.all(planners.map((p) => p.planDue()));
    await Promise.all(workers.map((w) => w.deliverDue()));
    return plans;
  };

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp({ now: '2026-06-12T09:00:00Z', env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register({ config: t.config, databaseUrl: t.databaseUrl, clock: t.clock })],
    }).compile();
    second = moduleRef.createNestApplication({ logger: false });
    await second.init();
    planners = [t.app.get(DigestPlanner), second.get(DigestPlanner)];
    workers = [t.app.get(DeliveryService), second.get(DeliveryService)];

    const programme = await newProgramme(t.db);
    const company = await newDepartment(t.db, { name: 'Company' });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: company.id });
    salesId = sales.id;
    const north = await newDepartment(t.db, { name: 'North', parentId: sales.id });
    const south = await newDepartment(t.db, { name: 'South', parentId: sales.id });
    const tiny = await newDepartment(t.db, { name: 'Tiny', parentId: sales.id });
    await newResponses(t.db, { programmeId: programme, departmentId: north.id, answeredOn: '2026-02-10', scores: Array(20).fill(3) });
    await newResponses(t.db, {
      programmeId: programme, departmentId: north.id, answeredOn: '2026-06-02', scores: Array(14).fill(10),
      comments: Array.from({ length: 14 }, (_, i) => `Great team spirit ${i}`), comment: { text: '', sentiment: 1 },
    });
    await newResponses(t.db, {
      programmeId: programme, departmentId: north.id, answeredOn: '2026-06-03', scores: Array(6).fill(3),
      comments: Array.from({ length: 6 }, (_, i) => `The rota is chaos <b>${i}</b>`), comment: { text: '', sentiment: -1 },
    });
    await newResponses(t.db, { programmeId: programme, departmentId: south.id, answeredOn: '2026-06-03', scores: Array(8).fill(7) });
    await newResponses(t.db, {
      programmeId: programme, departmentId: tiny.id, answeredOn: '2026-06-03', scores: [0, 0, 10],
      comments: ['Tiny secret one', 'Tiny secret two', 'Tiny secret three'], comment: { text: '', sentiment: 0 },
    });

    people.manager = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales.id });
    people.leader = await newUser(t.db, { role: 'leader' });
    people.quietLeader = await newUser(t.db, { role: 'leader' });
    people.admin = await newUser(t.db, { role: 'admin' });
    people.optedInAdmin = await newUser(t.db, { role: 'admin' });
    const quiet = await signIn(t.app, people.quietLeader.email, people.quietLeader.password);
    expect((await quiet.get('/api/digest/preferences').expect(200)).body).toEqual({ weeklyDigest: true, language: 'en', roleDefault: true });
    await quiet.put('/api/digest/preferences').send({ weeklyDigest: false }).expect(200);
    const admin = await signIn(t.app, people.optedInAdmin.email, people.optedInAdmin.password);
    expect((await admin.get('/api/digest/preferences').expect(200)).body.weeklyDigest).toBe(false);
    expect((await admin.put('/api/digest/preferences').send({ weeklyDigest: true, language: 'et' }).expect(200)).body)
      .toEqual({ weeklyDigest: true, language: 'et', roleDefault: false });
    await admin.put('/api/digest/preferences').send({ language: 'de' }).expect(400);
    await admin.put('/api/digest/preferences').send({ weeklyDigest: true, role: 'admin' }).expect(400);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await smtp.stop();
  });

  it('plans nothing on other days, nor on Monday before the send hour', async () => {
    for (const now of ['2026-06-12T09:00:00Z', '2026-06-14T12:00:00Z', '2026-06-15T06:30:00Z', '2026-06-16T08:00:00Z']) {
      t.clock.set(now);
      expect(await planAndSend()).toEqual([{ week: null, planned: 0 }, { week: null, planned: 0 }]);
    }
    expect(smtp.received).toHaveLength(0);
  });

  it('on Monday sends one digest to each recipient, from two instances at once', async () => {
    t.clock.set('2026-06-15T07:30:00Z');
    const [a, b] = await planAndSend();
    expect(a.planned + b.planned).toBe(3);
    expect([a.week, b.week]).toEqual(['2026-06-15', '2026-06-15']);
    expect(smtp.to(people.manager.email)).toHaveLength(1);
    expect(smtp.to(people.leader.email)).toHaveLength(1);
    expect(smtp.to(people.optedInAdmin.email)).toHaveLength(1);
    expect(smtp.to(people.quietLeader.email)).toHaveLength(0);
    expect(smtp.to(people.admin.email)).toHaveLength(0);
    // Again the same Monday, on both: nothing more.
    t.clock.set('2026-06-15T12:00:00Z');
    const again = await planAndSend();
    expect(again.map((p) => p.planned)).toEqual([0, 0]);
    expect(smtp.received).toHaveLength(3);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'digest' AND status = 'sent'`)).toEqual([{ n: 3 }]);
  });

  it('says what the dashboard shows: n and interval, the significant move, withheld units and why, never a group below k', async () => {
    const [mail] = smtp.to(people.manager.email);
    expect(mail.subject).toBe('Your weekly EX Pulse digest, 15 June 2026 – Testorg');
    const { text, html } = mail;
    expect(text).toMatch(/- Sales: eNPS \+[\d.]+ \(95% interval [^)]+, n = 31\); response rate [^;]+; indicative: fewer than 50 responses; significant rise/);
    expect(text).toMatch(/- North: eNPS \+40 \(95% interval [^)]+, n = 20\); response rate [^;]+; indicative: fewer than 50 responses; significant rise of \+140 points since 2026-Q1/);
    expect(text).toContain('- South: withheld: showing it would reveal a group smaller than 5 by subtraction');
    expect(text).toContain('- Tiny: withheld: fewer than 5 responses');
    expect(text).not.toMatch(/n = [1-4]\b|n = 8\b/);
    // Comments as the manager's lists show them: North's own list (20) and, in Sales' list, Tiny's 3
    // (Sales has enough answers for a list; the comments page shows them there too, under Sales).
    expect(text).toContain('23 new comments in your lists since last week.');
    const manager = await signIn(t.app, people.manager.email, people.manager.password);
    const page = (await manager.get(`/api/analytics/comments?period=2026-Q2&department=${salesId}`).expect(200)).body;
    expect(page.total).toBe(23);
    const units = (await manager.get(`/api/analytics/units?period=2026-Q2&department=${salesId}`).expect(200)).body;
    expect(units.units.map((u: { label: string; withheld: string | null; n: number | null }) => [u.label, u.withheld, u.n]))
      .toEqual([['North', null, 20], ['South', 'subtraction', null], ['Tiny', 'too_few', null]]);
    expect(text).toContain('Worth sharing with the team:');
    expect(text).toMatch(/“Great team spirit \d+”/);
    expect(text).toMatch(/“The rota is chaos <b>\d<\/b>”/);
    expect(html).toContain('The rota is chaos &lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(text).toContain('Follow-up: 6 open items, 0 overdue.');
    expect(text).toContain('Action plans: 0 overdue actions.');
    expect(text).toContain(`Open: ${t.config.publicUrl}/dashboard/overview?period=2026-Q2&department=`);
    expect(text).toContain(`${t.config.publicUrl}/follow-up`);
    expect(text).not.toContain('Nothing new this week');
  });

  it("writes in the recipient's language", () => {
    const [mail] = smtp.to(people.optedInAdmin.email);
    expect(mail.subject).toBe("Sinu iganädalane EX Pulse'i kokkuvõte, 15. juuni 2026 – Testorg");
    expect(mail.text).toContain('Tiny: varjatud: alla 5 vastuse');
    expect(mail.text).toContain('Eelmisest nädalast on sinu loendites 23 uut kommentaari.');
    expect(mail.text).toContain('oluline tõus +140 punkti võrreldes perioodiga 2026-Q1');
  });

  it('a week with nothing new says so, once', async () => {
    t.clock.set('2026-06-22T08:00:00Z');
    const plans = await planAndSend();
    expect(plans.reduce((s, p) => s + p.planned, 0)).toBe(3);
    await planAndSend();
    const mails = smtp.to(people.manager.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain('Nothing new this week: no new comments, and the figures are as they were last week.');
    expect(mails[1].text).toContain('0 new comments in your lists since last week.');
    expect(mails[1].text).toMatch(/- North: eNPS \+40 /);
    expect(smtp.to(people.optedInAdmin.email)[1].text).toContain('Sel nädalal uut ei ole');
    expect(smtp.to(people.quietLeader.email)).toHaveLength(0);
    expect(await t.db.query(`SELECT to_char(week, 'YYYY-MM-DD') AS week, count(*)::int AS n FROM weekly_digest GROUP BY 1 ORDER BY 1`))
      .toEqual([{ week: '2026-06-15', n: 3 }, { week: '2026-06-22', n: 3 }]);
  });

  it('prunes digest rows older than eight weeks on the digest day, and still plans each recipient once this week', async () => {
    // 2026-06-29 less 8 weeks is 2026-05-04: that row stays, the ones before it go (a quiet leader's too).
    const old = [[people.manager.id, '2026-04-27'], [people.manager.id, '2026-05-04'], [people.quietLeader.id, '2026-04-20'], [people.quietLeader.id, '2026-05-11']];
    for (const [user, week] of old) await t.db.query(`INSERT INTO weekly_digest (user_id, week) VALUES ($1, $2)`, [user, week]);
    t.clock.set('2026-06-26T08:00:00Z'); // a Friday: no digest, nothing pruned
    await planAndSend();
    expect(await t.db.query(`SELECT count(*)::int AS n FROM weekly_digest`)).toEqual([{ n: 10 }]);

    t.clock.set('2026-06-29T08:00:00Z');
    const [a, b] = await planAndSend();
    expect(a.planned + b.planned).toBe(3);
    await planAndSend();
    const weeks = await t.db.query(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, count(*)::int AS n, count(*) FILTER (WHERE user_id = $1)::int AS manager
         FROM weekly_digest GROUP BY 1 ORDER BY 1`, [people.manager.id],
    );
    expect(weeks).toEqual([
      { week: '2026-05-04', n: 1, manager: 1 },
      { week: '2026-05-11', n: 1, manager: 0 },
      { week: '2026-06-15', n: 3, manager: 1 },
      { week: '2026-06-22', n: 3, manager: 1 },
      { week: '2026-06-29', n: 3, manager: 1 },
    ]);
    expect(smtp.to(people.manager.email)).toHaveLength(3);
  });
});
