import { createTestApp, TestApp } from '../support/test-app';
import { newUser, signIn } from '../support/factories';

const weekly = {
  nameEn: 'Team check',
  nameEt: 'Tiimi pulss',
  targetPhase: 'ongoing_development',
  triggerKind: 'every_n_days',
  triggerDays: [],
  intervalDays: 60,
  questions: [{ kind: 'enps' }, { kind: 'driver' }, { kind: 'comment' }],
  expiryDays: 14,
  reminderAfterDays: 3,
  catchUpDays: 7,
};

describe('programmes: HR defines who is asked, when and what', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  it('lists the five default programmes in English and Estonian', async () => {
    const res = await admin.get('/api/programmes').expect(200);
    const byKey = Object.fromEntries(res.body.map((p: { key: string }) => [p.key, p]));
    expect(Object.keys(byKey).sort()).toEqual(['development', 'exit', 'internal_service', 'onboarding', 'quarterly']);
    expect(byKey.onboarding).toMatchObject({
      nameEt: 'Sisseelamise küsitlus', triggerKind: 'days_after_start', triggerDays: [7, 30, 60, 90], active: true,
    });
    expect(byKey.exit).toMatchObject({ triggerKind: 'on_notice', targetPhase: 'separation', fatigueExempt: true });
    expect(byKey.quarterly).toMatchObject({ intervalDays: 90, targetPhase: 'ongoing_development' });
  });

  it('creates, edits, pauses and resumes a programme', async () => {
    const created = await admin.post('/api/programmes').send(weekly).expect(201);
    expect(created.body).toMatchObject({ nameEn: 'Team check', intervalDays: 60, active: true, invitations: 0 });
    const edited = await admin.put(`/api/programmes/${created.body.id}`).send({ ...weekly, intervalDays: 45 }).expect(200);
    expect(edited.body.intervalDays).toBe(45);
    expect((await admin.post(`/api/programmes/${created.body.id}/pause`).expect(200)).body.active).toBe(false);
    expect((await admin.post(`/api/programmes/${created.body.id}/resume`).expect(200)).body.active).toBe(true);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no eNPS question', { questions: [{ kind: 'driver' }] }, /asks the eNPS question/],
    ['more than three questions', { questions: [{ kind: 'enps' }, { kind: 'driver' }, { kind: 'driver' }, { kind: 'choice', key: 'x' }] }, /at most 3 questions/],
    ['days out of order', { triggerKind: 'days_after_start', triggerDays: [30, 7] }, /increasing order/],
    ['an unknown phase', { targetPhase: 'probation' }, /targetPhase must be one of/],
    ['an unknown field', { colour: 'red' }, /colour should not exist/],
  ])('rejects a programme with %s, writing nothing', async (_, change, message) => {
    const before = (await admin.get('/api/programmes')).body.length;
    const res = await admin.post('/api/programmes').send({ ...weekly, ...change }).expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(message);
    expect((await admin.get('/api/programmes')).body.length).toBe(before);
  });

  it('is for HR only', async () => {
    const l = await newUser(t.db, { role: 'leader' });
    const leader = await signIn(t.app, l.email, l.password);
    await leader.get('/api/programmes').expect(403);
    await leader.post('/api/programmes').send(weekly).expect(403);
  });
});
