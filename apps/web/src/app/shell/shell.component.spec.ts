import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DevMailPage, Role } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { settle, textOf } from '../core/testing/transloco-testing';
import { ShellComponent } from './shell.component';

@Component({ template: '<p>dashboard page</p>' })
class PageComponent {}

describe('ShellComponent', () => {
  let http: HttpTestingController;

  const PAGES = ['dashboard', 'employees', 'lifecycle', 'linkage', 'follow-up', 'internal-service', 'programmes', 'programmes/:id', 'delivery', 'customer-scores', 'mailbox'];

  beforeEach(() => {
    http = configurePageTest([
      { path: 'login', component: PageComponent },
      { path: '', component: ShellComponent, children: PAGES.map((path) => ({ path, component: PageComponent })) },
    ]);
  });

  afterEach(() => {
    // The weekly digest toggle asks for the user's preferences (its own spec tests it).
    for (const r of http.match('/api/digest/preferences')) r.flush({ weeklyDigest: true, language: 'en', roleDefault: true });
    http.verify();
  });

  async function openSignedIn(role: Role = 'manager', mailboxEnabled?: boolean) {
    TestBed.inject(AuthService).login({ email: 'm@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'm@acme.test', name: 'Mari Maasikas', role, scopeDepartmentId: 'd1' });
    const harness = await RouterTestingHarness.create('/dashboard');
    if (mailboxEnabled !== undefined) {
      await settle(harness.fixture);
      http.expectOne((r) => r.url === '/api/dev-mailbox').flush(mailbox(mailboxEnabled));
      await settle(harness.fixture);
    }
    return { harness, root: harness.fixture.nativeElement as HTMLElement };
  }

  /** What a screen reader says for an element: its text without the aria-hidden parts (the ▾ of a menu button). */
  const spoken = (element: Element | null): string => {
    if (!element) return '';
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return textOf(copy);
  };
  const directLinks = (root: HTMLElement) => Array.from(root.querySelectorAll('nav a')).map((a) => textOf(a));
  const adminButton = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('nav button[data-testid="nav-admin-menu"]');
  const overlay = () => document.querySelector('.cdk-overlay-container');
  const menuItems = () => Array.from(overlay()?.querySelectorAll('[role="menuitem"]') ?? []) as HTMLAnchorElement[];
  const mailbox = (enabled: boolean): DevMailPage => ({ enabled, page: 1, pageSize: 50, total: 0, items: [] });

  async function openMenu(harness: RouterTestingHarness, button: HTMLButtonElement | null) {
    expect(button).not.toBeNull();
    button!.click();
    await settle(harness.fixture);
    return menuItems().map((item) => ({ label: textOf(item), href: item.getAttribute('href'), testId: item.dataset['testid'] }));
  }

  it('shows the product, the navigation with the current page, and who is signed in', async () => {
    const { root } = await openSignedIn();
    expect(textOf(root.querySelector('.bar__brand'))).toBe('EX Pulse');
    const links = Array.from(root.querySelectorAll('nav a'));
    expect(links.map((a) => textOf(a))).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Follow-up', 'Internal service']);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(links.slice(1).map((a) => a.getAttribute('aria-current'))).toEqual([null, null, null, null, null]);
    expect(textOf(root.querySelector('.bar__who'))).toBe('Mari Maasikas Manager');
  });

  it('gives HR admins the everyday pages as links and their set-up pages, with the dev mailbox, under Administration', async () => {
    const { harness, root } = await openSignedIn('admin', true);
    expect(directLinks(root)).toEqual(['Dashboard', 'Lifecycle', 'Employees & customers', 'Follow-up']);
    expect(Array.from(root.querySelectorAll('nav a')).map((a) => a.getAttribute('href'))).toEqual(['/dashboard', '/lifecycle', '/linkage', '/follow-up']);

    const button = adminButton(root);
    expect(spoken(button)).toBe('Administration');
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(menuItems()).toEqual([]);

    expect(await openMenu(harness, button)).toEqual([
      { label: 'Employees', href: '/employees', testId: 'nav-employees' },
      { label: 'Departments', href: '/departments', testId: 'nav-departments' },
      { label: 'Programmes', href: '/programmes', testId: 'nav-programmes' },
      { label: 'Delivery', href: '/delivery', testId: 'nav-delivery' },
      { label: 'Customer scores', href: '/customer-scores', testId: 'nav-customer-scores' },
      { label: 'Internal service', href: '/internal-service', testId: 'nav-internal-service' },
      { label: 'Users', href: '/users', testId: 'nav-users' },
      { label: 'Audit log', href: '/audit-log', testId: 'nav-audit-log' },
      { label: 'Mailbox', href: '/mailbox', testId: 'nav-mailbox' },
    ]);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks for the dev mailbox once and leaves it out of the menu when an SMTP server is configured', async () => {
    const { harness, root } = await openSignedIn('admin');
    await settle(harness.fixture);
    const req = http.expectOne((r) => r.url === '/api/dev-mailbox');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(mailbox(false));
    await settle(harness.fixture);
    const items = await openMenu(harness, adminButton(root));
    expect(items.map((item) => item.label)).toEqual(['Employees', 'Departments', 'Programmes', 'Delivery', 'Customer scores', 'Internal service', 'Users', 'Audit log']);
  });

  it('leaves the dev mailbox out of the menu where it is off (404: not a seeded demo)', async () => {
    const { harness, root } = await openSignedIn('admin');
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/dev-mailbox').flush({ statusCode: 404, message: 'The dev mailbox belongs to the demo' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);
    const items = await openMenu(harness, adminButton(root));
    expect(items.map((item) => item.label)).toEqual(['Employees', 'Departments', 'Programmes', 'Delivery', 'Customer scores', 'Internal service', 'Users', 'Audit log']);
  });

  it('marks Administration and the page in it as current while an admin is on one of its pages, below it too', async () => {
    const { harness, root } = await openSignedIn('admin', true);
    const button = adminButton(root)!;
    expect(button.classList).not.toContain('bar__link--active');

    await harness.navigateByUrl('/programmes/p1');
    await settle(harness.fixture);
    expect(button.classList).toContain('bar__link--active');
    expect(root.querySelector('nav a[aria-current="page"]')).toBeNull();
    await openMenu(harness, button);
    const current = menuItems().filter((item) => item.getAttribute('aria-current') === 'page');
    expect(current.map((item) => textOf(item))).toEqual(['Programmes']);
    expect(current[0].classList).toContain('bar__link--active');

    await harness.navigateByUrl('/lifecycle');
    await settle(harness.fixture);
    expect(button.classList).not.toContain('bar__link--active');
    expect(textOf(root.querySelector('nav a[aria-current="page"]'))).toBe('Lifecycle');
  });

  it('goes to a page chosen in the Administration menu and closes the menu', async () => {
    const { harness, root } = await openSignedIn('admin', true);
    await openMenu(harness, adminButton(root));
    menuItems().find((item) => textOf(item) === 'Delivery')!.click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/delivery');
    expect(menuItems()).toEqual([]);
    expect(adminButton(root)?.classList).toContain('bar__link--active');
  });

  it('shows leaders their pages as links, no Administration menu, and does not ask for the mailbox', async () => {
    const { harness, root } = await openSignedIn('leader');
    await settle(harness.fixture);
    http.expectNone((r) => r.url === '/api/dev-mailbox');
    expect(directLinks(root)).toEqual(['Dashboard', 'Employees', 'Lifecycle', 'Employees & customers', 'Follow-up', 'Internal service']);
    expect(adminButton(root)).toBeNull();
    expect(root.querySelectorAll('nav a[href="/programmes"], nav a[href="/delivery"], nav a[href="/customer-scores"], nav a[href="/mailbox"]')).toHaveLength(0);
  });

  it('puts the same pages behind the narrow-screen Menu button, per role', async () => {
    const { harness, root } = await openSignedIn('manager');
    const menuButton = root.querySelector<HTMLButtonElement>('nav button[data-testid="nav-menu"]');
    expect(spoken(menuButton)).toBe('Menu');
    expect(menuButton?.classList).toContain('bar__link--active'); // on the dashboard, one of its pages
    const items = await openMenu(harness, menuButton);
    expect(items.map((item) => [item.label, item.href])).toEqual([
      ['Dashboard', '/dashboard'],
      ['Employees', '/employees'],
      ['Lifecycle', '/lifecycle'],
      ['Employees & customers', '/linkage'],
      ['Follow-up', '/follow-up'],
      ['Internal service', '/internal-service'],
    ]);
    expect(menuItems()[0].getAttribute('aria-current')).toBe('page');
  });

  it('keeps the admin set-up pages out of the narrow-screen Menu (they are under Administration)', async () => {
    const { harness, root } = await openSignedIn('admin', true);
    const items = await openMenu(harness, root.querySelector<HTMLButtonElement>('nav button[data-testid="nav-menu"]'));
    expect(items.map((item) => item.label)).toEqual(['Dashboard', 'Lifecycle', 'Employees & customers', 'Follow-up']);
  });

  it('names the menus in Estonian', async () => {
    const { harness, root } = await openSignedIn('admin', false);
    TestBed.inject(LanguageService).use('et');
    await settle(harness.fixture);
    expect(spoken(adminButton(root))).toBe('Haldus');
    expect(spoken(root.querySelector('nav button[data-testid="nav-menu"]'))).toBe('Menüü');
    expect(directLinks(root)).toEqual(['Töölaud', 'Elutsükkel', 'Töötajad ja kliendid', 'Järeltegevused']);
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
