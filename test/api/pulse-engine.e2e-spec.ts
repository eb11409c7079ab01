import { createTestApp, TestApp } from '../support/test-app';
import { markDemoSeeded, newDepartment, newEmployee, newUser, signIn } from '../support/factories';

/**
 * The whole loop on one instance, as a demo user drives it: simulate a day, the invitations go to
 * the dev mailbox, an employee opens and answers one, HR sees it counted.
 */
describe('pulse engine end to end: simulate a day, mail, answer, count', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-09T08:30:00Z', env: { ALLOW_SIMULATED_DAYS: 'true' } });
    await markDemoSeeded(t.db); // the dev mailbox is the demo's
    const department = (await newDepartment(t.db, { name: 'Support' })).id;
    for (let i = 0; i < 6; i++) {
      await newEmployee(t.db, { departmentId: department, startDate: '2026-11-02', language: i % 2 ? 'et' : 'en', demo: true });
    }
    const a = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  it('plans and mails the day-7 check-ins of a simulated Monday, and counts the answer', async () => {
    expect((await admin.get('/api/admin/simulation').expect(200)).body).toEqual({ enabled: true });
    const saturday = await admin.post('/api/admin/simulate-day').send({ date: '2026-11-07' }).expect(200);
    expect(saturday.body).toMatchObject({ skipped: 'weekend', invitations: 0 });

    const monday = await admin.post('/api/admin/simulate-day').send({ date: '2026-11-09' }).expect(200);
    expect(monday.body).toMatchObject({ date: '2026-11-09', skipped: null, invitations: 6, reminders: 6, sent: 6, failed: 0 });

    const mailbox = await admin.get('/api/dev-mailbox').expect(200);
    expect(mailbox.body.total).toBe(6);
    const token = /\/s#([A-Za-z0-9_-]{64})/.exec(mailbox.body.items[0].text)![1];

    await t.http.post('/api/survey/view').send({ token }).expect(200);
    await t.http.post('/api/survey/answer').send({ token, submissionId: crypto.randomUUID(), score: 9 }).expect(201);

    const onboardingStatus = async () => {
      const status = await admin.get('/api/delivery/status?period=2026-11').expect(200);
      expect(status.body.failures).toEqual([]);
      return status.body.rows.find((r: { programmeName: string }) => r.programmeName === 'Onboarding check-in');
    };
    // The answer is held until its day ends: not counted yet.
    expect(await onboardingStatus()).toMatchObject({ month: '2026-11-01', invited: 6, emailed: 6, opened: 1, answered: 0 });

    // Thursday: the day's answers are written first; then the reminders to the five who have not
    // answered, and none to the one who did. The dev mailbox keeps invitations only (a reminder
    // there would say who had not answered).
    const thursday = await admin.post('/api/admin/simulate-day').send({ date: '2026-11-12' }).expect(200);
    expect(thursday.body).toMatchObject({ invitations: 0, sent: 5 });
    expect((await admin.get('/api/dev-mailbox').expect(200)).body.total).toBe(6);
    const onboarding = await onboardingStatus();
    expect(onboarding).toMatchObject({ invited: 6, emailed: 6, pending: 0, failed: 0, opened: 1, answered: 1 });
    expect(onboarding.responseRate).toBeCloseTo(1 / 6, 10);
  });

  it('previews a programme as the employee will see it, in both languages', async () => {
    const programmes = (await admin.get('/api/programmes').expect(200)).body;
    const quarterly = programmes.find((p: { key: string }) => p.key === 'quarterly');
    const et = (await admin.get(`/api/programmes/${quarterly.id}/preview?language=et`).expect(200)).body;
    expect(et.survey).toMatchObject({ language: 'et', programmeName: 'Kvartaliküsitlus', organisationName: 'Testorg' });
    expect(et.email.subject).toContain('Kvartaliküsitlus');
    expect(et.email.text).toMatch(/anonüümne/);
    await admin.get(`/api/programmes/${quarterly.id}/preview?language=de`).expect(400);
  });

  it('refuses bad dates, and simulation where it is not allowed', async () => {
    await admin.post('/api/admin/simulate-day').send({ date: '2026-02-30' }).expect(400);
    await admin.get('/api/delivery/status?from=yesterday').expect(400);
    await admin.get('/api/delivery/status?period=yesterday').expect(400);
    const plain = await createTestApp({ env: { ALLOW_SIMULATED_DAYS: 'false' } });
    try {
      const a = await newUser(plain.db, { role: 'admin' });
      const client = await signIn(plain.app, a.email, a.password);
      expect((await client.get('/api/admin/simulation').expect(200)).body).toEqual({ enabled: false });
      await client.post('/api/admin/simulate-day').send({ date: '2026-11-09' }).expect(404);
    } finally {
      await plain.close();
    }
  });
});
