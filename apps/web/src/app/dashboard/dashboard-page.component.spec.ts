import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { DashboardPageComponent } from './dashboard-page.component';
import { dashboardFixture } from './dashboard-fixtures';

describe('DashboardPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard', component: DashboardPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard') {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/enps');
    req.flush(dashboardFixture());
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  it('shows the headline with its interval, n and response rate', async () => {
    const { root, req } = await open();
    expect(req.request.params.keys()).toEqual([]); // the API's default: the last 12 months
    expect(textOf(root.querySelector('exp-enps-headline'))).toBe('+18 (95% CI +11 to +25), n = 412, response rate 64%');
    expect(textOf(root.querySelector('exp-enps-split'))).toContain('Promoters (9–10) 44% (180)');
  });

  it('shows "fewer than 5 responses" in place of the numbers of a withheld group, keeping its row', async () => {
    const { root } = await open();
    const rows = Array.from(root.querySelectorAll('exp-department-enps-table tbody tr'));
    const tiny = rows.find((row) => textOf(row.querySelector('th')) === 'Tiny team');
    expect(tiny).toBeDefined();
    expect(textOf(tiny!.querySelector('td'))).toBe('fewer than 5 responses');
    const south = rows.find((row) => textOf(row.querySelector('th')) === 'Sales South');
    expect(textOf(south!.querySelector('td'))).toBe('withheld to protect a smaller group');

    const phases = textOf(root.querySelector('exp-enps-phase-chart exp-enps-table'));
    expect(phases).toContain('Separation fewer than 5 responses');
    expect(phases).toContain('Onboarding +30 indicative');
  });

  it('lists departments in tree order, indented by depth', async () => {
    const { root } = await open();
    const labels = Array.from(root.querySelectorAll<HTMLElement>('exp-department-enps-table tbody th'));
    expect(labels.map((th) => textOf(th))).toEqual(['Company', 'Sales', 'Sales North', 'Tiny team', 'Sales South']);
    expect(labels.map((th) => th.parentElement!.style.getPropertyValue('--depth'))).toEqual(['0', '1', '2', '2', '2']);
  });

  it('lists withheld months under the trend chart', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('exp-enps-trend-chart .withheld'))).toBe('Withheld months Feb 2025: fewer than 5 responses');
  });

  it('loads the period from the URL and puts a new choice back in the URL', async () => {
    const harness = await RouterTestingHarness.create('/dashboard?from=2025-01-01&to=2025-06-30');
    const first = http.expectOne((r) => r.url === '/api/analytics/enps');
    expect(first.request.params.get('from')).toBe('2025-01-01');
    expect(first.request.params.get('to')).toBe('2025-06-30');
    first.flush({ ...dashboardFixture(), from: '2025-01-01', to: '2025-06-30' });
    await settle(harness.fixture);

    const root = harness.routeNativeElement as HTMLElement;
    const from = root.querySelector('input[name="from"]') as HTMLInputElement;
    expect(from.value).toBe('2025-01-01');
    from.value = '2025-03-01';
    from.dispatchEvent(new Event('input'));
    (root.querySelector('exp-period-picker button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/dashboard?from=2025-03-01&to=2025-06-30');
    const second = http.expectOne((r) => r.url === '/api/analytics/enps');
    expect(second.request.params.get('from')).toBe('2025-03-01');
    second.flush(dashboardFixture());
  });

  it('refuses a period that ends before it starts', async () => {
    const { harness, root } = await open();
    const to = root.querySelector('input[name="to"]') as HTMLInputElement;
    to.value = '2020-01-01';
    to.dispatchEvent(new Event('input'));
    (root.querySelector('exp-period-picker button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(textOf(root.querySelector('exp-period-picker [role="alert"]'))).toBe('The start date must be on or before the end date.');
    http.expectNone((r) => r.url === '/api/analytics/enps');
  });

  it('shows the API message when loading fails', async () => {
    const harness = await RouterTestingHarness.create('/dashboard');
    http.expectOne((r) => r.url === '/api/analytics/enps').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    await settle(harness.fixture);
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('.error-text'))).toBe('Not allowed');
  });
});
