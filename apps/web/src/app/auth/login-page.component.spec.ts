import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { SessionUser } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { settle, textOf } from '../core/testing/transloco-testing';
import { LoginPageComponent } from './login-page.component';

@Component({ template: 'target' })
class TargetComponent {}

const USER: SessionUser = { id: 'u1', email: 'hr@acme.test', name: 'Helen HR', role: 'admin', scopeDepartmentId: null };

describe('LoginPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
          { path: 'login', component: LoginPageComponent },
          { path: 'dashboard', component: TargetComponent },
          { path: 'employees', component: TargetComponent },
        ]);
  });

  afterEach(() => {
    // The page asks which sign-ins are on (login-page-sso.component.spec.ts); here: passwords only.
    http.match('/api/auth/sign-in-methods').filter((req) => !req.cancelled).forEach((req) => req.flush({ password: true, oidc: null }));
    http.verify();
  });

  async function signIn(url: string) {
    const harness = await RouterTestingHarness.create(url);
    const root = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = root.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('input[type="email"]', ' hr@acme.test ');
    type('input[type="password"]', 'secret');
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    const req = http.expectOne('/api/auth/login');
    return { harness, root, req };
  }

  it('signs in and goes to the returnUrl', async () => {
    const { harness, req } = await signIn('/login?returnUrl=%2Femployees%3Fpage%3D2');
    expect(req.request.body).toEqual({ email: 'hr@acme.test', password: 'secret' });
    req.flush(USER);
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/employees?page=2');
    expect(TestBed.inject(AuthService).user()).toEqual(USER);
  });

  it('goes to the dashboard when returnUrl points elsewhere', async () => {
    const { harness, req } = await signIn('/login?returnUrl=https:%2F%2Fevil.test');
    req.flush(USER);
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard');
  });

  it('says so on wrong credentials (401)', async () => {
    const { harness, root, req } = await signIn('/login');
    req.flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('Wrong email or password.');
  });

  it('says to wait after too many failed attempts (429)', async () => {
    const { harness, root, req } = await signIn('/login');
    req.flush({ statusCode: 429, message: 'ThrottlerException' }, { status: 429, statusText: 'Too Many Requests' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('Too many failed attempts, try again later.');
  });

  it('says which limit refused the sign-in and how long to wait', async () => {
    const { harness, root, req } = await signIn('/login');
    req.flush(
      { statusCode: 429, message: 'This account has had many failed sign-ins…', limit: 'account', retryAfterSeconds: 3600 },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe(
      'This account has had many failed sign-ins, so for now it accepts only browsers that have signed in to it before. Use one of those, or wait 1 hour and try again.',
    );
  });

  it('says the limit and the wait in Estonian too', async () => {
    TestBed.inject(TranslocoService).setActiveLang('et');
    const { harness, root, req } = await signIn('/login');
    req.flush(
      { statusCode: 429, message: 'Too many failed sign-ins…', limit: 'client', retryAfterSeconds: 30 },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe(
      'Sellele kontole on sinu aadressilt liiga palju ebaõnnestunud sisselogimisi. Oota 30 sekundit ja proovi uuesti.',
    );
  });

  it('does not call the API while the form is incomplete', async () => {
    const harness = await RouterTestingHarness.create('/login');
    const root = harness.routeNativeElement as HTMLElement;
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    http.expectNone('/api/auth/login');
    expect(textOf(root)).toContain('Enter your email address.');
  });
});
