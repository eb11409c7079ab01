import { createTestApp, TestApp } from '../support/test-app';
import { newDepartment, newEmployee, newUser, signIn } from '../support/factories';

describe('auth: sessions, CSRF, security headers (sign-in limits: sign-in-throttle.e2e-spec.ts)', () => {
  let t: TestApp;
  let admin: { email: string; password: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newUser(t.db, { role: 'admin' });
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, Secure, SameSite=Strict session cookie and answers /me', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
    const session = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith('expulse_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(res.body).toMatchObject({ email: admin.email, role: 'admin' });
    expect(res.body.password_hash).toBeUndefined();

    const client = await signIn(t.app, admin.email, admin.password);
    await client.get('/api/auth/me').expect(200).expect((r) => expect(r.body.email).toBe(admin.email));
  });

  it('refuses a wrong password with a clear 401 and rejects unknown fields with 400', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ email: admin.email, password: 'nope' }).expect(401);
    expect(wrong.body.message).toBe('Email or password is incorrect.');
    const extra = await t.http.post('/api/auth/login').send({ email: admin.email, password: 'x', role: 'admin' }).expect(400);
    expect(JSON.stringify(extra.body.message)).toContain('role should not exist');
    expect(extra.body.stack).toBeUndefined();
  });

  it('ends the session on the server at logout', async () => {
    const client = await signIn(t.app, admin.email, admin.password);
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/auth/me').expect(401);
  });

  it('expires a session after 30 idle minutes and 12 hours after login', async () => {
    t.clock.set('2026-06-15T09:00:00Z');
    const idle = await signIn(t.app, admin.email, admin.password);
    t.clock.advanceMinutes(29);
    await idle.get('/api/auth/me').expect(200);
    t.clock.advanceMinutes(31);
    await idle.get('/api/auth/me').expect(401);

    t.clock.set('2026-06-15T09:00:00Z');
    const busy = await signIn(t.app, admin.email, admin.password);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      t.clock.advanceMinutes(20);
      await busy.get('/api/auth/me').expect(200);
    }
    t.clock.advanceMinutes(20);
    await busy.get('/api/auth/me').expect(401);
    t.clock.set('2026-06-15T09:00:00Z');
  });

  it('requires the CSRF header on writes', async () => {
    const client = await signIn(t.app, admin.email, admin.password);
    await t.http
      .post('/api/departments')
      .set('Cookie', client.cookie)
      .send({ name: 'No CSRF' })
      .expect(403)
      .expect((r) => expect(r.body.message).toMatch(/CSRF/));
    await client.post('/api/departments').send({ name: 'With CSRF' }).expect(201);
  });

  it('sends a CSP tighter than helmet defaults', async () => {
    const res = await t.http.get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('auth: a manager sees only their own part of the organisation', () => {
  let t: TestApp;
  let manager: Awaited<ReturnType<typeof signIn>>;
  let ids: { root: string; support: string; supportTeam: string; sales: string; outsider: string; insider: string };

  beforeAll(async () => {
    t = await createTestApp();
    const root = await newDepartment(t.db, { name: 'Company' });
    const support = await newDepartment(t.db, { name: 'Support', parentId: root.id });
    const supportTeam = await newDepartment(t.db, { name: 'Support Tier 2', parentId: support.id });
    const sales = await newDepartment(t.db, { name: 'Sales', parentId: root.id });
    const insider = await newEmployee(t.db, { departmentId: supportTeam.id, name: 'Ivo Insider' });
    const outsider = await newEmployee(t.db, { departmentId: sales.id, name: 'Olga Outsider' });
    ids = { root: root.id, support: support.id, supportTeam: supportTeam.id, sales: sales.id, outsider: outsider.id, insider: insider.id };
    const account = await newUser(t.db, { role: 'manager', scopeDepartmentId: support.id });
    manager = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t.close());

  it('lists only the departments and employees below the manager', async () => {
    const departments = await manager.get('/api/departments').expect(200);
    expect(departments.body.map((d: { name: string }) => d.name).sort()).toEqual(['Support', 'Support Tier 2']);
    const employees = await manager.get('/api/employees').expect(200);
    expect(employees.body.items.map((e: { name: string }) => e.name)).toEqual(['Ivo Insider']);
    await manager.get(`/api/employees/${ids.outsider}`).expect(404);
    await manager.get(`/api/employees/${ids.insider}`).expect(200);
  });

  it('cannot change the organisation', async () => {
    await manager.post('/api/departments').send({ name: 'Shadow IT' }).expect(403);
    await manager.delete(`/api/employees/${ids.insider}`).expect(403);
  });

  it('gets analytics for their part only', async () => {
    const res = await manager.get('/api/analytics/heatmap').expect(200);
    expect(res.body.rows.map((d: { label: string }) => d.label)).toEqual(['Support', 'Support Tier 2']);
    const options = await manager.get('/api/analytics/filter-options').expect(200);
    expect(options.body.departments.map((d: { label: string }) => d.label)).toEqual(['Support', 'Support Tier 2']);
  });

  it('needs a session for every non-public route', async () => {
    await t.http.get('/api/employees').expect(401);
    await t.http.get('/api/analytics/overview').expect(401);
  });
});
