import { newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('accounts: the last active admin stays, also when two admins act at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('of two admins demoting each other at the same moment, one succeeds and one gets 409', async () => {
    const a = await newUser(t.db, { role: 'admin' });
    const b = await newUser(t.db, { role: 'admin' });
    const [asA, asB] = await Promise.all([signIn(t.app, a.email, a.password), signIn(t.app, b.email, b.password)]);
    const results = await Promise.all([
      asA.patch(`/api/users/${b.id}`).send({ role: 'leader' }),
      asB.patch(`/api/users/${a.id}`).send({ role: 'leader' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.message).toMatch(/last active admin/);
    const [{ admins }] = await t.db.query(`SELECT count(*)::int AS admins FROM app_user WHERE role = 'admin'`);
    expect(admins).toBe(1);
  });

  it('an invited admin who never set a password does not count', async () => {
    const [{ id }] = await t.db.query(`SELECT id, email FROM app_user WHERE role = 'admin'`);
    const [{ email }] = await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [id]);
    const admin = await signIn(t.app, email, 'correct horse battery staple');
    await admin.post('/api/users').send({ email: 'new.admin@example.test', name: 'New Admin', role: 'admin' }).expect(201);
    const res = await admin.post(`/api/users/${id}/deactivate`).expect(409);
    expect(res.body.message).toBe(
      'You are the last active admin, so EX Pulse cannot deactivate the account. Invite another admin and let them set a password first, then try again.',
    );
  });
});
