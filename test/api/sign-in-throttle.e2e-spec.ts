import { Logger } from '@nestjs/common';
import { newUser, signIn } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

type Login = (email: string, password: string, o?: { from?: string; cookie?: string }) => Promise<import('supertest').Response>;

function loginWith(t: TestApp): Login {
  return (email, password, o = {}) => {
    let req = t.http.post('/api/auth/login');
    if (o.from) req = req.set('X-Forwarded-For', o.from);
    if (o.cookie) req = req.set('Cookie', o.cookie);
    return req.send({ email, password });
  };
}

function deviceCookie(res: import('supertest').Response): string {
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('expulse_device='));
  if (!cookie) throw new Error('no device cookie');
  return cookie;
}

describe('sign-in throttle: per address and account, counted before the password is checked', () => {
  let t: TestApp;
  let login: Login;

  beforeAll(async () => {
    t = await createTestApp();
    login = loginWith(t);
  });
  afterAll(() => t.close());

  it('checks only 5 of 30 concurrent wrong guesses; the others get 429 without a password check', async () => {
    const victim = await newUser(t.db, { role: 'leader' });
    const results = await Promise.all(Array.from({ length: 30 }, () => login(victim.email, 'guess')));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(25);
    expect(limited[0].headers['retry-after']).toBe('30');
    expect(limited[0].body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many failed sign-ins to this account from your address. Wait 30 seconds and try again.',
      limit: 'client',
      retryAfterSeconds: 30,
    });
  });

  it('makes each further guess wait twice as long, the right password too, and starts over after a sign-in', async () => {
    t.clock.set('2026-06-15T09:00:00Z');
    const user = await newUser(t.db, { role: 'leader' });
    for (let i = 0; i < 5; i++) await login(user.email, 'guess').expect(401);
    const first = await login(user.email, user.password).expect(429);
    expect(first.headers['retry-after']).toBe('30');
    t.clock.advanceMinutes(0.5);
    await login(user.email, 'guess').expect(401);
    const second = await login(user.email, 'guess').expect(429);
    expect(second.headers['retry-after']).toBe('60');
    expect(second.body.message).toMatch(/Wait 1 minute and try again/);
    t.clock.advanceMinutes(1);
    await login(user.email, 'guess').expect(401);
    const third = await login(user.email, 'guess').expect(429);
    expect(third.headers['retry-after']).toBe('120');
    t.clock.advanceMinutes(2);
    await login(user.email, user.password).expect(200);
    await login(user.email, 'guess').expect(401);
    t.clock.set('2026-06-15T09:00:00Z');
  });

  it('caps the delay at LOGIN_BACKOFF_MAX_MINUTES (15)', async () => {
    t.clock.set('2026-06-16T09:00:00Z');
    const user = await newUser(t.db, { role: 'leader' });
    await login(user.email, 'guess').expect(401);
    await t.db.query(`UPDATE sign_in_throttle SET failures = 40 WHERE kind = 'client' AND last_failure_at = $1`, [t.clock.now()]);
    const capped = await login(user.email, 'guess').expect(429);
    expect(capped.headers['retry-after']).toBe('900');
    expect(capped.body.message).toMatch(/Wait 15 minutes/);
    t.clock.set('2026-06-15T09:00:00Z');
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', async () => {
    const user = await newUser(t.db, { role: 'leader' });
    for (let i = 1; i <= 5; i++) await login(user.email, 'guess', { from: `198.51.100.${i}` }).expect(401);
    await login(user.email, 'guess', { from: '198.51.100.6' }).expect(429);
  });
});

describe('sign-in throttle behind a proxy: per address across accounts, per account for new browsers', () => {
  let t: TestApp;
  let login: Login;
  let warn: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp({
      env: { TRUST_PROXY: '1', LOGIN_FREE_FAILURES: '2', LOGIN_MAX_FAILURES_PER_ADDRESS_PER_HOUR: '4', LOGIN_MAX_FAILURES_PER_HOUR: '5' },
    });
    login = loginWith(t);
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterAll(async () => {
    warn.mockRestore();
    await t.close();
  });

  it('limits one address across accounts, whatever the client puts in front of the proxy', async () => {
    t.clock.set('2026-06-15T09:00:00Z');
    for (let i = 0; i < 4; i++) {
      await login(`nobody${i}@example.test`, 'guess', { from: `10.0.0.${i}, 203.0.113.7` }).expect(401);
    }
    const user = await newUser(t.db, { role: 'leader' });
    const limited = await login(user.email, user.password, { from: '203.0.113.7' }).expect(429);
    expect(limited.body.message).toBe('Too many failed sign-ins from your network. Wait 1 hour and try again.');
    expect(limited.headers['retry-after']).toBe('3600');
    await login(user.email, user.password, { from: '203.0.113.8' }).expect(200);
    t.clock.advanceMinutes(60);
    await login(user.email, user.password, { from: '203.0.113.7' }).expect(200);
  });

  it('stops slow guessing from many addresses for new browsers, but not for a browser that signed in before', async () => {
    const owner = await newUser(t.db, { role: 'admin' });
    const other = await newUser(t.db, { role: 'leader' });
    const signedIn = await login(owner.email, owner.password, { from: '192.0.2.1' }).expect(200);
    const device = deviceCookie(signedIn);
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/SameSite=Strict/i);
    expect(device).toMatch(/Path=\/api\/auth/i);
    const cookie = device.split(';')[0];
    const otherDevice = deviceCookie(await login(other.email, other.password, { from: '192.0.2.2' }).expect(200)).split(';')[0];

    for (let i = 1; i <= 5; i++) await login(owner.email, 'guess', { from: `198.51.100.${i}` }).expect(401);
    const limited = await login(owner.email, 'guess', { from: '198.51.100.11' }).expect(429);
    expect(limited.body.message).toBe(
      'This account has had many failed sign-ins, so for now it accepts only browsers that have signed in to it before. ' +
        'Use one of those, or wait 1 hour and try again.',
    );
    expect(limited.headers['retry-after']).toBe('3600');
    await login(owner.email, owner.password, { from: '198.51.100.12' }).expect(429);
    const at = cookie.length - 10;
    const tampered = `${cookie.slice(0, at)}${cookie[at] === 'A' ? 'B' : 'A'}${cookie.slice(at + 1)}`;
    await login(owner.email, owner.password, { from: '198.51.100.13', cookie: tampered }).expect(429);
    await login(owner.email, owner.password, { from: '198.51.100.13', cookie: otherDevice }).expect(429);
    await login(owner.email, owner.password, { from: '198.51.100.14', cookie }).expect(200);
    // A known browser still has its own growing delays.
    for (let i = 0; i < 2; i++) await login(owner.email, 'guess', { cookie }).expect(401);
    const slowed = await login(owner.email, owner.password, { cookie }).expect(429);
    expect(slowed.body.message).toBe('Too many failed sign-ins to this account from this browser. Wait 30 seconds and try again.');
  });

  it('logs refused attempts without password or email, and shows them to HR only', async () => {
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines.some((line) => /refused by the address limit/.test(line) && line.includes('203.0.113.7'))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/guess|correct horse/);
      expect(line).not.toMatch(/[a-z0-9]+@example\.test/);
    }

    const hrAccount = await newUser(t.db, { role: 'admin' });
    const hr = await signIn(t.app, hrAccount.email, hrAccount.password);
    const res = await hr.get('/api/auth/blocked-sign-ins').expect(200);
    expect(res.body).toEqual(expect.arrayContaining([
      expect.objectContaining({
        limit: 'address', address: '203.0.113.7', attempts: 1,
        account: expect.objectContaining({ email: expect.stringMatching(/^leader\d+@example\.test$/) }),
      }),
      expect.objectContaining({ limit: 'account', address: '198.51.100.11', attempts: 1, account: expect.objectContaining({ role: 'admin' }) }),
      expect.objectContaining({ limit: 'device', attempts: 1 }),
    ]));
    for (const row of res.body) {
      expect(row).toEqual({
        limit: expect.stringMatching(/^(client|device|address|account)$/),
        account: row.account === null ? null : { id: expect.any(String), email: expect.any(String), name: expect.any(String), role: expect.any(String) },
        emailHint: expect.stringMatching(/^.•••@/),
        address: expect.any(String),
        attempts: expect.any(Number),
        firstAt: expect.any(String),
        lastAt: expect.any(String),
      });
    }

    const leaderAccount = await newUser(t.db, { role: 'leader' });
    const leader = await signIn(t.app, leaderAccount.email, leaderAccount.password);
    await leader.get('/api/auth/blocked-sign-ins').expect(403);
  });
});
