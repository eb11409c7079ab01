import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { authGuard } from './auth.guard';
import { safeReturnUrl } from './return-url';
import { unauthorizedInterceptor } from './unauthorized.interceptor';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

@Component({ template: 'page' })
class PageComponent {}

describe('auth guard and 401 handling', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: PageComponent },
          { path: 'dashboard', component: PageComponent, canActivate: [authGuard] },
          { path: 'public', component: PageComponent },
        ]),
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lets a signed-in user through after asking /api/auth/me', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/dashboard');
    await tick();
    http.expectOne('/api/auth/me').flush({ id: 'u', email: 'a@b.c', name: 'A', role: 'admin', scopeDepartmentId: null });
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/dashboard');
  });

  it('sends anyone else to /login with the returnUrl', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/dashboard?from=2025-01-01');
    await tick();
    http.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fdashboard%3Ffrom%3D2025-01-01');
  });

  it('sends the user to /login?returnUrl=… on a 401 from any other call', async () => {
    const harness = await RouterTestingHarness.create('/public');
    TestBed.inject(HttpClient).get('/api/employees').subscribe({ error: () => undefined });
    http.expectOne('/api/employees').flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fpublic');
  });

  it('leaves a wrong-password 401 to the login page', async () => {
    const harness = await RouterTestingHarness.create('/public');
    TestBed.inject(HttpClient).post('/api/auth/login', {}).subscribe({ error: () => undefined });
    http.expectOne('/api/auth/login').flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/public');
  });

  it.each([
    ['/employees?page=2', '/employees?page=2'],
    ['//evil.test/x', '/dashboard'],
    ['/\\evil.test', '/dashboard'],
    ['https://evil.test', '/dashboard'],
    ['/login?returnUrl=/x', '/dashboard'],
    [null, '/dashboard'],
  ])('accepts only in-app return URLs: %s → %s', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
