import request from 'supertest';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { newDepartment, newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { TestSmtpServer } from './delivery-smtp-server';

const PUBLIC_URL = 'https://pulse.example.test';
const PASSWORD = 'a long enough password';

describe('accounts: invitations, set-password links, reset, roles, deactivation', () => {
  const smtp = new TestSmtpServer();
  let t: TestApp;
  let hr: Awaited<ReturnType<typeof signIn>>;
  let hrId: string;
  let hrEmail: string;
  let hrPassword: string;
  let sales: string;
  let salesNorth: string;
  let support: string;

  const publicPost = (path: string) => request(t.app.getHttpServer()).post(path).set('Origin', PUBLIC_URL);
  const deliver = () => t.app.get(DeliveryService).deliverDue();
  /** The token of the last link mailed to this address. */
  async function linkTo(address: string): Promise<string> {
    await deliver();
    const mail = smtp.to(address).at(-1);
    const link = mail?.text.match(/https:\/\/pulse\.example\.test\/set-password#([A-Za-z0-9_-]{64})/);
    if (!link) throw new Error(`No set-password link mailed to ${address}: ${JSON.stringify(mail)}`);
    return link[1];
  }
  const invite = (body: Record<string, unknown>) => hr.post('/api/users').set('Origin', PUBLIC_URL).send(body);

  beforeAll(async () => {
    await smtp.start(0);
    t = await createTestApp({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'EX Pulse <pulse@example.test>', PUBLIC_URL },
    });
    sales = (await newDepartment(t.db, { name: 'Sales' })).id;
    salesNorth = (await newDepartment(t.db, { name: 'Sales North', parentId: sales })).id;
    support = (await newDepartment(t.db, { name: 'Support' })).id;
    const admin = await newUser(t.db, { role: 'admin' });
    hrId = admin.id;
    hrEmail = admin.email;
    hrPassword = admin.password;
    hr = await signIn(t.app, admin.email, admin.password);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('invites a manager, who sets a password from the emailed link and signs in to their subtree', async () => {
    const res = await invite({ email: 'Mari.Manager@example.test', name: 'Mari Maasikas', role: 'manager', scopeDepartmentId: sales, language: 'et' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'invited', role: 'manager', scopeDepartmentId: sales, scopeDepartmentName: 'Sales', language: 'et' });
    expect(res.body.invitationExpiresAt).toBe(new Date(t.clock.now().getTime() + 72 * 3600_000).toISOString());

    const token = await linkTo('Mari.Manager@example.test');
    const mail = smtp.to('Mari.Manager@example.test').at(-1)!;
    expect(mail.subject).toMatch(/Sind on kutsutud EX Pulse'i/);
    // The outbox and the token table hold no usable link.
    const [row] = await t.db.query(`SELECT text_body, html_body FROM outbox WHERE kind = 'account' ORDER BY id DESC LIMIT 1`);
    expect(row.text_body).not.toContain(token);
    expect(row.text_body).toContain('{{account-link}}');

    // Before a password is set, no sign-in works.
    await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'mari.manager@example.test', password: PASSWORD }).expect(401);

    const check = await publicPost('/api/auth/password/check').send({ token }).expect(200);
    expect(check.body).toMatchObject({ purpose: 'invite', email: 'Mari.Manager@example.test' });
    await publicPost('/api/auth/password').send({ token, password: 'short' }).expect(400);
    await publicPost('/api/auth/password').send({ token, password: PASSWORD }).expect(204);

    const manager = await signIn(t.app, 'mari.manager@example.test', PASSWORD);
    expect(manager.user).toMatchObject({ role: 'manager', scopeDepartmentId: sales });
    const departments = await manager.get('/api/departments').expect(200);
    expect(departments.body.map((d: { name: string }) => d.name)).toEqual(['Sales', 'Sales North']);

    // The same link a second time is refused.
    const again = await publicPost('/api/auth/password').send({ token, password: 'another long password' }).expect(410);
    expect(again.body.message).toMatch(/used already/);

    const list = await hr.get('/api/users').expect(200);
    expect(list.body.find((u: { email: string }) => u.email === 'Mari.Manager@example.test')).toMatchObject({ status: 'active', invitationExpiresAt: null });
  });

  it('refuses an expired invitation link, and a resent invitation replaces the old link', async () => {
    const { body } = await invite({ email: 'late@example.test', name: 'Late Leader', role: 'leader' }).expect(201);
    const first = await linkTo('late@example.test');
    t.clock.advanceMinutes(72 * 60 + 1);
    hr = await signIn(t.app, hrEmail, hrPassword); // the session ended meanwhile (idle)
    const expired = await publicPost('/api/auth/password').send({ token: first, password: PASSWORD }).expect(410);
    expect(expired.body.message).toMatch(/expired.*new invitation/);

    await hr.post(`/api/users/${body.id}/invitation`).set('Origin', PUBLIC_URL).expect(200);
    const second = await linkTo('late@example.test');
    expect(second).not.toBe(first);
    await publicPost('/api/auth/password').send({ token: second, password: PASSWORD }).expect(204);
    await signIn(t.app, 'late@example.test', PASSWORD);
    await publicPost('/api/auth/password/check').send({ token: 'x'.repeat(64) }).expect(404);
  });

  it('resets a password by email, answers an unknown address the same way, and ends the old sessions', async () => {
    const user = await newUser(t.db, { role: 'leader' });
    const before = await signIn(t.app, user.email, user.password);
    const known = await publicPost('/api/auth/password-reset').send({ email: user.email.toUpperCase() });
    const unknown = await publicPost('/api/auth/password-reset').send({ email: 'nobody@example.test' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const token = await linkTo(user.email);
    expect(smtp.to('nobody@example.test')).toHaveLength(0);
    expect(smtp.to(user.email).at(-1)!.subject).toMatch(/Reset your EX Pulse password/);
    await publicPost('/api/auth/password').send({ token, password: 'my brand new password' }).expect(204);
    await before.get('/api/auth/me').expect(401);
    await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    await signIn(t.app, user.email, 'my brand new password');
  });

  it('deactivation ends a live session at once and stops sign-in', async () => {
    const user = await newUser(t.db, { role: 'leader' });
    const session = await signIn(t.app, user.email, user.password);
    await session.get('/api/auth/me').expect(200);
    const res = await hr.post(`/api/users/${user.id}/deactivate`).set('Origin', PUBLIC_URL).expect(200);
    expect(res.body.status).toBe('deactivated');
    const after = await session.get('/api/auth/me').expect(401);
    expect(after.body.message).toMatch(/session has ended/);
    await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    // No reset mail for a deactivated account.
    await publicPost('/api/auth/password-reset').send({ email: user.email }).expect(202);
    await deliver();
    expect(smtp.to(user.email)).toHaveLength(0);
  });

  it('a change of role or scope takes effect on the next request', async () => {
    const user = await newUser(t.db, { role: 'manager', scopeDepartmentId: sales });
    const session = await signIn(t.app, user.email, user.password);
    const names = async () => (await session.get('/api/departments').expect(200)).body.map((d: { name: string }) => d.name);
    expect(await names()).toEqual(['Sales', 'Sales North']);

    await hr.patch(`/api/users/${user.id}`).set('Origin', PUBLIC_URL).send({ scopeDepartmentId: support }).expect(200);
    expect(await names()).toEqual(['Support']);
    await session.get(`/api/departments`).expect(200);

    await hr.patch(`/api/users/${user.id}`).set('Origin', PUBLIC_URL).send({ role: 'leader', scopeDepartmentId: null }).expect(200);
    expect(await names()).toEqual(['Sales', 'Sales North', 'Support']);
    await session.get('/api/users').expect(403);
    await hr.patch(`/api/users/${user.id}`).set('Origin', PUBLIC_URL).send({ role: 'admin' }).expect(200);
    await session.get('/api/users').expect(200);
  });

  it('refuses bad input with a message a person can act on', async () => {
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ email: 'x@example.test', name: 'X', role: 'owner' }, 400, /role must be one of admin, leader, manager/],
      [{ email: 'not-an-email', name: 'X', role: 'leader' }, 400, /email must be an email address/],
      [{ email: 'x@example.test', name: 'X', role: 'manager' }, 400, /A manager needs a scope/],
      [{ email: 'x@example.test', name: 'X', role: 'manager', scopeDepartmentId: '00000000-0000-4000-8000-000000000000' }, 400, /does not exist/],
      [{ email: 'x@example.test', name: 'X', role: 'manager', scopeDepartmentId: 'sales' }, 400, /department id \(a UUID\)/],
      [{ email: 'x@example.test', name: 'X', role: 'leader', scopeDepartmentId: sales }, 400, /Only a manager has a scope/],
      [{ email: 'MARI.MANAGER@example.test', name: 'X', role: 'leader' }, 409, /exists already/],
    ];
    for (const [body, status, message] of cases) {
      const res = await invite(body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    const leader = await newUser(t.db, { role: 'leader' });
    const asLeader = await signIn(t.app, leader.email, leader.password);
    await asLeader.post('/api/users').set('Origin', PUBLIC_URL).send({ email: 'y@example.test', name: 'Y', role: 'leader' }).expect(403);
  });

  it('never leaves the organisation without an active admin', async () => {
    // Only the test's HR admin and the promoted leader of the role test are admins: deactivate that one first.
    const others: { id: string }[] = await t.db.query(`SELECT id FROM app_user WHERE role = 'admin' AND id <> $1`, [hrId]);
    for (const o of others) await hr.post(`/api/users/${o.id}/deactivate`).set('Origin', PUBLIC_URL).expect(200);
    const demote = await hr.patch(`/api/users/${hrId}`).set('Origin', PUBLIC_URL).send({ role: 'leader' }).expect(409);
    expect(demote.body.message).toMatch(/You are the last active admin/);
    const deactivate = await hr.post(`/api/users/${hrId}/deactivate`).set('Origin', PUBLIC_URL).expect(409);
    expect(deactivate.body.message).toMatch(/last active admin/);
    await hr.get('/api/auth/me').expect(200);
  });

  it('records every change in the audit log, newest first, for HR only', async () => {
    const log = await hr.get('/api/audit-log').expect(200);
    expect(log.body).toMatchObject({ page: 1, pageSize: 50 });
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.invited', 'user.password_set', 'user.invitation_resent', 'user.deactivated', 'user.updated', 'user.password_reset_requested']));
    const times = log.body.items.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const invited = log.body.items.find((e: { action: string; targetLabel: string }) => e.action === 'user.invited' && e.targetLabel === 'Mari.Manager@example.test');
    expect(invited).toMatchObject({ actorId: hrId, targetType: 'user', details: { role: 'manager', scope: 'Sales', scopeDepartmentId: sales } });
    const scopeChanges = log.body.items
      .filter((e: { action: string; details: Record<string, unknown> }) => e.action === 'user.updated' && 'scope' in e.details)
      .map((e: { details: Record<string, unknown> }) => e.details.scope);
    // Newest first: the manager moved from Sales to Support, then made a leader (no scope).
    expect(scopeChanges).toEqual([{ from: 'Support', to: null }, { from: 'Sales', to: 'Support' }]);
    await hr.get('/api/audit-log?page=0').expect(400);
    const manager = await signIn(t.app, 'mari.manager@example.test', PASSWORD);
    await manager.get('/api/audit-log').expect(403);
  });
});
