import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@ex-pulse/contracts';
import { adminGuard } from './admin.guard';

@Component({ template: 'page' })
class PageComponent {}

describe('adminGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'dashboard', component: PageComponent },
          { path: 'programmes', component: PageComponent, canActivate: [adminGuard] },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function visitAs(role: Role): Promise<string> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/programmes');
    await new Promise((resolve) => setTimeout(resolve, 0));
    http.expectOne('/api/auth/me').flush({ id: 'u', email: 'a@b.c', name: 'A', role, scopeDepartmentId: null });
    await navigation;
    return TestBed.inject(Router).url;
  }

  it('lets admins open the HR pages', async () => {
    expect(await visitAs('admin')).toBe('/programmes');
  });

  it.each<Role>(['leader', 'manager'])('sends a %s to the dashboard', async (role) => {
    expect(await visitAs(role)).toBe('/dashboard');
  });
});
