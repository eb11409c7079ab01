import { newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

/** The test app's PUBLIC_URL (PORT defaults to 3000). */
const SELF = 'http://localhost:3000';
const FOREIGN = 'https://evil.example';

describe('login CSRF and cross-site writes: JSON-only sign-in, Origin and Referer checks', () => {
  let t: TestApp;
  let account: { email: string; password: string };
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp();
    account = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t.close());

  const credentials = () => ({ email: account.email, password: account.password });

  it('takes the sign-in as JSON only: a form post gets 415 and no session', async () => {
    const form = await t.http.post('/api/auth/login').type('form')
      .send(`email=${encodeURIComponent(account.email)}&password=${encodeURIComponent(account.password)}`).expect(415);
    expect(form.body.message).toBe('Send the request body as JSON (Content-Type: application/json).');
    expect(form.headers['set-cookie']).toBeUndefined();
    const text = await t.http.post('/api/auth/login').set('Content-Type', 'text/plain')
      .send(JSON.stringify(credentials())).expect(415);
    expect(text.body.message).toBe('Send the request body as JSON (Content-Type: application/json).');
    expect(text.headers['set-cookie']).toBeUndefined();
    await t.http.post('/api/auth/login').send(credentials()).expect(200);
  });

  it('refuses a sign-in from another site by Origin or Referer with 403, and takes its own', async () => {
    const foreign = await t.http.post('/api/auth/login').set('Origin', FOREIGN).send(credentials()).expect(403);
    expect(foreign.body.message).toBe(
      `This request came from another site (${FOREIGN}), so it was refused. Open EX Pulse at ${SELF} and try again.`,
    );
    expect(foreign.headers['set-cookie']).toBeUndefined();
    await t.http.post('/api/auth/login').set('Origin', 'null').send(credentials()).expect(403);
    await t.http.post('/api/auth/login').set('Referer', `${FOREIGN}/phish`).send(credentials()).expect(403);
    await t.http.post('/api/auth/login').set('Origin', 'http://localhost:3000.evil.example').send(credentials()).expect(403);
    await t.http.post('/api/auth/login').set('Origin', SELF).send(credentials()).expect(200);
    await t.http.post('/api/auth/login').set('Referer', `${SELF}/login`).send(credentials()).expect(200);
  });

  it('refuses a cookie-authenticated write from another site even with the CSRF token', async () => {
    const refused = await admin.post('/api/departments').set('Origin', FOREIGN).send({ name: 'Forged' }).expect(403);
    expect(refused.body.message).toMatch(/came from another site/);
    await admin.delete('/api/departments/00000000-0000-4000-8000-000000000000').set('Referer', `${FOREIGN}/x`).expect(403);
    await admin.post('/api/auth/logout').set('Origin', FOREIGN).expect(403);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM department WHERE name = 'Forged'`);
    expect(n).toBe(0);
    // Reads are not writes, and the app's own origin writes.
    await admin.get('/api/departments').set('Origin', FOREIGN).expect(200);
    await admin.post('/api/departments').set('Origin', SELF).send({ name: 'Own' }).expect(201);
  });

  it('leaves API-key and answer-link endpoints to their own credentials', async () => {
    const { key } = (await admin.post('/api/cx/api-keys').send({ name: 'CX tool' }).expect(201)).body;
    await t.http.put('/api/cx/metrics').set('Origin', FOREIGN).set('Authorization', `Bearer ${key}`)
      .send({ rows: [] }).expect((r) => expect(r.status).not.toBe(403));
    await t.http.post('/api/survey/view').set('Origin', FOREIGN).send({ token: 'A'.repeat(43) }).expect(404);
  });
});
