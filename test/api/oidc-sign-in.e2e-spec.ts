import { Logger } from '@nestjs/common';
import { createTestApp, TestApp } from '../support/test-app';
import { newUser } from '../support/factories';
import { startTestOidcProvider, TestIdentity, TestOidcProvider } from '../support/oidc-test-provider';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

/** One browser's cookies for one site: name → value (paths ignored; deletions honoured). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(setCookie: string[] | string | undefined): void {
    for (const line of ([] as string[]).concat(setCookie ?? [])) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

describe('single sign-on with OpenID Connect (README, "Single sign-on")', () => {
  let idp: TestOidcProvider;
  let t: TestApp;

  const oidcEnv = () => ({
    PUBLIC_URL, OIDC_ISSUER_URL: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_BUTTON_LABEL: 'Test IdP',
  });

  beforeAll(async () => {
    idp = await startTestOidcProvider(CALLBACK);
    t = await createTestApp({ env: oidcEnv() });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** A fresh browser: EX Pulse's start, the provider (signing in as `identity`), up to the callback URL. */
  async function toCallback(app: TestApp, identity: TestIdentity, returnTo = '/dashboard') {
    idp.signInAs(identity);
    const api = new CookieJar();
    const start = await app.http.get('/api/auth/oidc/start').query({ returnTo }).expect(303);
    api.take(start.headers['set-cookie']);
    const authorize = new URL(start.headers.location);
    const provider = new CookieJar();
    let location = authorize.href;
    for (let hops = 0; !location.startsWith(CALLBACK); hops++) {
      if (hops > 10) throw new Error(`The provider never sent the browser back (last at ${location})`);
      const res = await fetch(location, { redirect: 'manual', headers: { cookie: provider.header() } });
      provider.take(res.headers.getSetCookie());
      const next = res.headers.get('location');
      if (!next) throw new Error(`The provider answered ${res.status} at ${location}: ${await res.text()}`);
      location = new URL(next, location).href;
    }
    return { api, authorize, startCookie: start.headers['set-cookie'] as unknown as string[], callback: new URL(location) };
  }

  async function callback(app: TestApp, url: URL, api: CookieJar) {
    const res = await app.http.get(url.pathname + url.search).set('Cookie', api.header()).expect(303);
    api.take(res.headers['set-cookie']);
    return res;
  }

  it('tells the login page which sign-in methods are on', async () => {
    await t.http.get('/api/auth/sign-in-methods').expect(200, {
      password: true, oidc: { label: 'Test IdP', startUrl: '/api/auth/oidc/start' },
    });
  });

  it('signs in the user of the verified email (any case) with PKCE, state and nonce, in the same session as a password sign-in', async () => {
    const leader = await newUser(t.db, { role: 'leader' });
    const { api, authorize, startCookie, callback: url } = await toCallback(t, { sub: 'leader-1', email: leader.email.toUpperCase(), email_verified: true });

    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const transaction = startCookie.find((c) => c.startsWith('expulse_oidc='))!;
    expect(transaction).toMatch(/HttpOnly/i);
    expect(transaction).toMatch(/SameSite=Lax/i);
    expect(transaction).toMatch(/Path=\/api\/auth\/oidc/i);

    const res = await callback(t, url, api);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/dashboard`);
    const session = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith('expulse_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(api.get('expulse_oidc')).toBeUndefined();

    const me = await t.http.get('/api/auth/me').set('Cookie', api.header()).expect(200);
    expect(me.body).toMatchObject({ id: leader.id, email: leader.email, role: 'leader' });
    // The session is the password sign-in's: its CSRF token guards writes the same way.
    await t.http.post('/api/auth/logout').set('Cookie', api.header()).set('X-XSRF-TOKEN', api.get('XSRF-TOKEN')!).expect(204);
    await t.http.get('/api/auth/me').set('Cookie', api.header()).expect(401);
  });

  it('refuses an email no EX Pulse user has, and creates no user', async () => {
    const { api, callback: url } = await toCallback(t, { sub: 'stranger', email: 'stranger@example.test', email_verified: true });
    const res = await callback(t, url, api);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/login?sso=unknown-user`);
    expect(api.get('expulse_session')).toBeUndefined();
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM app_user WHERE lower(email) = 'stranger@example.test'`);
    expect(count).toBe(0);
  });

  it('refuses an email the provider does not say is verified', async () => {
    const admin = await newUser(t.db, { role: 'admin' });
    const { api, callback: url } = await toCallback(t, { sub: 'unverified', email: admin.email, email_verified: false });
    const res = await callback(t, url, api);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/login?sso=unverified-email`);
    expect(api.get('expulse_session')).toBeUndefined();
  });

  it('refuses a deactivated user, as a password sign-in does', async () => {
    const manager = await newUser(t.db, { role: 'leader' });
    await t.db.query(`UPDATE app_user SET deactivated_at = now() WHERE id = $1`, [manager.id]);
    const { api, callback: url } = await toCallback(t, { sub: 'gone', email: manager.email.toUpperCase(), email_verified: true });
    const res = await callback(t, url, api);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/login?sso=unknown-user`);
    expect(api.get('expulse_session')).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with, or that comes without its transaction cookie', async () => {
    const admin = await newUser(t.db, { role: 'admin' });
    const tampered = await toCallback(t, { sub: 'admin-tampered', email: admin.email, email_verified: true });
    tampered.callback.searchParams.set('state', 'an-attackers-state');
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const res = await callback(t, tampered.callback, tampered.api);
    expect(res.headers.location).toBe(`${PUBLIC_URL}/login?sso=failed`);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused \(failed\).*unexpected "state" response parameter value/));
    warn.mockRestore();
    expect(tampered.api.get('expulse_session')).toBeUndefined();

    const foreign = await toCallback(t, { sub: 'admin-foreign', email: admin.email, email_verified: true });
    const noCookie = await t.http.get(foreign.callback.pathname + foreign.callback.search).expect(303);
    expect(noCookie.headers.location).toBe(`${PUBLIC_URL}/login?sso=expired`);

    const forged = await toCallback(t, { sub: 'admin-forged', email: admin.email, email_verified: true });
    const sealed = forged.api.get('expulse_oidc')!;
    forged.api.set('expulse_oidc', sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'));
    const altered = await callback(t, forged.callback, forged.api);
    expect(altered.headers.location).toBe(`${PUBLIC_URL}/login?sso=expired`);
  });

  it('returns only to a path of this site', async () => {
    const admin = await newUser(t.db, { role: 'admin' });
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const { api, callback: url } = await toCallback(t, { sub: 'admin-return', email: admin.email, email_verified: true }, returnTo);
      expect((await callback(t, url, api)).headers.location).toBe(`${PUBLIC_URL}/`);
    }
  });

  describe('with LOCAL_PASSWORDS=false', () => {
    let sso: TestApp;
    beforeAll(async () => {
      sso = await createTestApp({ env: { ...oidcEnv(), LOCAL_PASSWORDS: 'false' } });
    });
    afterAll(() => sso?.close());

    it('refuses the password sign-in with a clear 403, and still signs in through the provider', async () => {
      const admin = await newUser(sso.db, { role: 'admin' });
      const refused = await sso.http.post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(403);
      expect(refused.body.message).toMatch(/password is turned off/);
      await sso.http.get('/api/auth/sign-in-methods').expect(200, {
        password: false, oidc: { label: 'Test IdP', startUrl: '/api/auth/oidc/start' },
      });

      const { api, callback: url } = await toCallback(sso, { sub: 'admin-sso', email: admin.email, email_verified: true });
      await callback(sso, url, api);
      await sso.http.get('/api/auth/me').set('Cookie', api.header()).expect(200).expect((r) => expect(r.body.role).toBe('admin'));
    });
  });
});
