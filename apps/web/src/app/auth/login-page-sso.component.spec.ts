import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { SignInMethods } from '@ex-pulse/contracts';
import { settle, textOf } from '../core/testing/transloco-testing';
import { LoginPageComponent } from './login-page.component';

describe('LoginPageComponent: single sign-on', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'login', component: LoginPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url: string, methods: SignInMethods) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/auth/sign-in-methods').flush(methods);
    await settle(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  it('offers "Sign in with <label>" beside the password form, keeping the returnUrl', async () => {
    const root = await open('/login?returnUrl=%2Femployees%3Fpage%3D2', {
      password: true, oidc: { label: 'Acme ID', startUrl: '/api/auth/oidc/start' },
    });
    const link = root.querySelector('a.login__sso') as HTMLAnchorElement;
    expect(textOf(link)).toBe('Sign in with Acme ID');
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start?returnTo=%2Femployees%3Fpage%3D2');
    expect(root.querySelector('input[type="password"]')).not.toBeNull();
  });

  it('hides the password form when local passwords are off', async () => {
    const root = await open('/login', { password: false, oidc: { label: 'Acme ID', startUrl: '/api/auth/oidc/start' } });
    expect(root.querySelector('form')).toBeNull();
    expect(textOf(root.querySelector('a.login__sso'))).toBe('Sign in with Acme ID');
    expect(textOf(root)).not.toContain('or with your email and password');
  });

  it('shows no button when single sign-on is not configured', async () => {
    const root = await open('/login', { password: true, oidc: null });
    expect(root.querySelector('a.login__sso')).toBeNull();
    expect(root.querySelector('input[type="email"]')).not.toBeNull();
  });

  it('says why the provider\'s sign-in was refused', async () => {
    const root = await open('/login?sso=unknown-user', { password: false, oidc: { label: 'Acme ID', startUrl: '/api/auth/oidc/start' } });
    expect(textOf(root.querySelector('[role="alert"]'))).toContain('no EX Pulse account has that email address');
  });

  it('words the refusal and the button in Estonian too', async () => {
    TestBed.inject(TranslocoService).setActiveLang('et');
    const root = await open('/login?sso=expired', { password: true, oidc: { label: 'Acme ID', startUrl: '/api/auth/oidc/start' } });
    expect(textOf(root.querySelector('[role="alert"]'))).toContain('võttis liiga kaua aega');
    expect(textOf(root.querySelector('a.login__sso'))).toBe('Logi sisse Acme ID kaudu');
  });

  it('ignores an unknown refusal code', async () => {
    const root = await open('/login?sso=<script>', { password: true, oidc: null });
    expect(root.querySelector('.login__sso-refusal')).toBeNull();
  });
});
