import { loadAppConfig } from './app-config';

describe('loadAppConfig: single sign-on and LOCAL_PASSWORDS', () => {
  const sso = { OIDC_ISSUER_URL: 'https://id.acme.example/', OIDC_CLIENT_ID: 'ex-pulse', OIDC_CLIENT_SECRET: 's3cret' };

  it('has no single sign-on and keeps passwords on by default', () => {
    const config = loadAppConfig({});
    expect(config.oidc).toBeNull();
    expect(config.localPasswords).toBe(true);
  });

  it('derives the redirect URL from PUBLIC_URL and labels the button', () => {
    expect(loadAppConfig({ ...sso, PUBLIC_URL: 'https://pulse.acme.example/' }).oidc).toEqual({
      issuerUrl: 'https://id.acme.example', clientId: 'ex-pulse', clientSecret: 's3cret',
      redirectUrl: 'https://pulse.acme.example/api/auth/oidc/callback', buttonLabel: 'single sign-on',
    });
    expect(loadAppConfig({ ...sso, OIDC_BUTTON_LABEL: 'Acme ID' }).oidc?.buttonLabel).toBe('Acme ID');
  });

  it('refuses half a configuration, plain http away from localhost, and no way to sign in', () => {
    expect(() => loadAppConfig({ OIDC_ISSUER_URL: sso.OIDC_ISSUER_URL })).toThrow(/missing: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/);
    expect(() => loadAppConfig({ ...sso, OIDC_ISSUER_URL: 'http://id.acme.example' })).toThrow(/OIDC_ISSUER_URL must be an https:\/\/ URL/);
    expect(loadAppConfig({ ...sso, OIDC_ISSUER_URL: 'http://127.0.0.1:9000' }).oidc?.issuerUrl).toBe('http://127.0.0.1:9000');
    expect(() => loadAppConfig({ LOCAL_PASSWORDS: 'false' })).toThrow(/LOCAL_PASSWORDS=false needs single sign-on/);
    expect(() => loadAppConfig({ LOCAL_PASSWORDS: 'maybe' })).toThrow(/LOCAL_PASSWORDS must be true or false/);
    expect(loadAppConfig({ ...sso, LOCAL_PASSWORDS: 'false' }).localPasswords).toBe(false);
  });
});
