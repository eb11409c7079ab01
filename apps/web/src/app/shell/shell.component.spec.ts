import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DevMailPage, Role } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { settle, textOf } from '../core/testing/transloco-testing';
import { ShellComponent } from './shell.component';

@Component({ template: '<p>dashboard page</p>' })
class PageComponent {}

describe('ShellComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
          { path: 'login', component: PageComponent },
          { path: '', component: ShellComponent, children: [{ path: 'dashboard', component: PageComponent }, { path: 'employees', component: PageComponent }] },
        ]);
  });

  afterEach(() => http.verify());

  async function openSignedIn(role: Role = 'manager') {
    TestBed.inject(AuthService).login({ email: 'm@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'm@acme.test', name: 'Mari Maasikas', role, scopeDepartmentId: 'd1' });
    const harness = await RouterTestingHarness.create('/dashboard');
    return { harness, root: harness.fixture.nativeElement as HTMLElement };
  }

  const navLinks = (root: HTMLElement) => Array.from(root.querySelectorAll('nav a')).map((a) => textOf(a));
  const mailbox = (enabled: boolean): DevMailPage => ({ enabled, page: 1, pageSize: 50, total: 0, items: [] });

  it('shows the product, the navigation with the current page, and who is signed in', async () => {
    const { root } = await openSignedIn();
    expect(textOf(root.querySelector('.bar__brand'))).toBe('EX Pulse');
    const links = Array.from(root.querySelectorAll('nav a'));
    expect(links.map((a) => textOf(a))).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Internal service']);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(textOf(root.querySelector('.bar__who'))).toBe('Mari Maasikas Manager');
  });

  it('shows HR admins their pages, with the mailbox while email lands in the dev mailbox', async () => {
    const { harness, root } = await openSignedIn('admin');
    await settle(harness.fixture);
    const req = http.expectOne((r) => r.url === '/api/dev-mailbox');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(mailbox(true));
    await settle(harness.fixture);
    expect(navLinks(root)).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Internal service', 'Programmes', 'Delivery', 'Customer scores', 'Mailbox']);
  });

  it('leaves the mailbox out when an SMTP server is configured', async () => {
    const { harness, root } = await openSignedIn('admin');
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/dev-mailbox').flush(mailbox(false));
    await settle(harness.fixture);
    expect(navLinks(root)).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Internal service', 'Programmes', 'Delivery', 'Customer scores']);
  });

  it('shows leaders no HR pages and does not ask for the mailbox', async () => {
    const { harness, root } = await openSignedIn('leader');
    await settle(harness.fixture);
    http.expectNone((r) => r.url === '/api/dev-mailbox');
    expect(navLinks(root)).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Internal service']);
  });

  it('signs out and goes to the login page', async () => {
    const { harness, root } = await openSignedIn();
    const button = Array.from(root.querySelectorAll('button')).find((b) => textOf(b) === 'Sign out') as HTMLButtonElement;
    button.click();
    http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });
});
