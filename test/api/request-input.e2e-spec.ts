import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { newUser, signIn } from '../support/factories';

/** `[[[…]]]` nested `levels` deep, as JSON text: class-transformer used to overflow its stack on it. */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('request input: caching, nesting, NUL, reserved keys, body sizes', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;
  /** The NUL, nesting and size checks come before the token is looked up. */
  const token = 'A'.repeat(43);

  beforeAll(async () => {
    t = await createTestApp();
    const account = await newUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, account.email, account.password);
  });
  afterAll(() => t.close());

  it('marks every API response Cache-Control: no-store, errors included', async () => {
    const answers = [
      await t.http.get('/api/health').expect(200),
      await t.http.get('/api/auth/me').expect(401),
      await t.http.get('/api/no-such-endpoint').expect(404),
      await t.http.post('/api/auth/login').send({ email: 'nobody@example.test', password: 'x' }).expect(401),
      await admin.get('/api/departments').expect(200),
    ];
    // The health check's own header (Terminus) says more, no-store among it.
    for (const res of answers) expect(res.headers['cache-control']).toMatch(/(^|, )no-store(,|$)/);
  });

  it('refuses JSON nested deeper than 20 levels with 400, before validation, signed in or not', async () => {
    const login = await t.http.post('/api/auth/login').set('Content-Type', 'application/json')
      .send(`{"email":"a@example.test","password":${nestedArrays(20_000)}}`).expect(400);
    expect(login.body.message).toBe('The request nests objects or arrays more than 20 levels deep; send a flatter body.');
    expect(login.body.stack).toBeUndefined();
    await admin.post('/api/departments').set('Content-Type', 'application/json')
      .send(`{"name":${nestedArrays(21)}}`).expect(400)
      .expect((r) => expect(r.body.message).toMatch(/more than 20 levels deep/));
    // 20 levels (the body itself and 19 inside it) reach validation as usual.
    const twenty = await admin.post('/api/departments').set('Content-Type', 'application/json')
      .send(`{"name":${nestedArrays(19)}}`).expect(400);
    expect(JSON.stringify(twenty.body.message)).toMatch(/name/);
  });

  it('refuses a NUL character anywhere in a text with 400, not 500', async () => {
    const name = await admin.post('/api/departments').send({ name: 'Ops\u0000' }).expect(400);
    expect(name.body.message).toBe('The request contains a NUL character (\\u0000), which no text may hold; remove it.');
    await t.http.post('/api/survey/answer')
      .send({ token, submissionId: randomUUID(), score: 9, comment: 'fine\u0000then' }).expect(400)
      .expect((r) => expect(r.body.message).toMatch(/NUL/));
    await t.http.post('/api/auth/login').send({ email: 'a\u0000@example.test', password: 'x' }).expect(400);
    await admin.post('/api/departments').send({ name: 'Ops', ['key\u0000']: 1 }).expect(400)
      .expect((r) => expect(r.body.message).toMatch(/NUL/));
    await admin.get('/api/employees?search=a%00b').expect(400)
      .expect((r) => expect(r.body.message).toMatch(/NUL/));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM department WHERE name LIKE 'Ops%'`);
    expect(n).toBe(0);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere in a body with 400', async (key) => {
    const top = await t.http.post('/api/auth/login').set('Content-Type', 'application/json')
      .send(`{"email":"a@example.test","password":"x","${key}":{"role":"admin"}}`).expect(400);
    expect(top.body.message).toBe(`The request uses the reserved key "${key}"; rename or remove it.`);
    await admin.post('/api/departments').set('Content-Type', 'application/json')
      .send(`{"name":"Ops","extra":[{"${key}":1}]}`).expect(400)
      .expect((r) => expect(r.body.message).toContain(`"${key}"`));
  });

  it('limits JSON bodies to 100 kB with a 413 that says so, on public and signed-in endpoints', async () => {
    const big = 'x'.repeat(101 * 1024);
    const login = await t.http.post('/api/auth/login').send({ email: 'a@example.test', password: big }).expect(413);
    expect(login.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'The request body is larger than the 100 kB this endpoint accepts.' });
    expect(login.headers['content-type']).toMatch(/application\/json/);
    await t.http.post('/api/survey/answer').send({ token, submissionId: randomUUID(), score: 9, comment: big }).expect(413);
    await admin.post('/api/departments').send({ name: big }).expect(413);
    const broken = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(broken.body.message).toBe('The request body is not valid JSON.');
  });

  it('limits CSV uploads to 20 MB, as a raw body and as a file', async () => {
    const csv = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    const raw = await admin.post('/api/cx/metrics/import').set('Content-Type', 'text/csv').send(csv).expect(413);
    expect(raw.body.message).toBe('The request body is larger than the 20 MB this endpoint accepts.');
    const file = await admin.post('/api/employees/import').attach('file', csv, 'employees.csv').expect(413);
    expect(file.body.message).toBe('File too large');
    expect(file.body.stack).toBeUndefined();
  });
});
