import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { alertsFixture } from '../analytics-fixtures';
import { AlertsPageComponent } from './alerts-page.component';

describe('AlertsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/alerts', component: AlertsPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/alerts?period=2026-Q4', alerts = alertsFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/alerts');
    req.flush(alerts);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  const alert = (root: HTMLElement, kind: string) => root.querySelector(`[data-testid="alert"][data-kind="${kind}"]`);

  it('shows an eNPS drop with its delta and the threshold chance could explain', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('responseRateBelow')).toBe('0.5');
    const drop = alert(root, 'enps_drop');
    expect(drop?.getAttribute('data-unit')).toBe('d-support');
    expect(textOf(drop)).toBe(
      'eNPS drop Support \u221220 now, +40 before: \u221260 points, more than the ±26 that chance could explain Follow-up queue New action plan',
    );
  });

  it('shows a low response rate against the threshold in use', async () => {
    const { root } = await open();
    expect(textOf(alert(root, 'low_response_rate'))).toBe('Low response rate Sales North response rate 32%, below 50% Follow-up queue New action plan');
    expect((root.querySelector('[data-testid="alerts-threshold"]') as HTMLInputElement).value).toBe('50');
  });

  it("links each alert to its unit's follow-up queue and to a new action plan for it", async () => {
    const { root } = await open();
    const drop = alert(root, 'enps_drop');
    expect(drop?.querySelector('[data-testid="alert-queue"]')?.getAttribute('href')).toBe('/follow-up?unit=d-support');
    expect(drop?.querySelector('[data-testid="alert-new-plan"]')?.getAttribute('href')).toBe('/follow-up/plans?unit=d-support&new=1');
  });

  it('gives leaders, who do not plan, a link to the unit\'s action plans instead', async () => {
    TestBed.inject(AuthService).login({ email: 'l@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'l@acme.test', name: 'Liis', role: 'leader', scopeDepartmentId: null });
    const { root } = await open();
    const drop = alert(root, 'enps_drop');
    expect(drop?.querySelector('[data-testid="alert-new-plan"]')).toBeNull();
    expect(drop?.querySelector('[data-testid="alert-plans"]')?.getAttribute('href')).toBe('/follow-up/plans?unit=d-support');
  });

  it('says so when nothing needs attention', async () => {
    const { root } = await open('/dashboard/alerts?period=2026-Q4', alertsFixture({ alerts: [] }));
    expect(textOf(root.querySelector('[data-testid="alerts"]'))).toBe('No unit fell significantly, and none answered below 50%.');
  });

  it('puts a changed threshold in the URL and asks again with it', async () => {
    const { harness, root } = await open();
    const input = root.querySelector('[data-testid="alerts-threshold"]') as HTMLInputElement;
    input.value = '70';
    input.dispatchEvent(new Event('input'));
    (root.querySelector('form.threshold button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/alerts?period=2026-Q4&responseRateBelow=0.7');
    const again = http.expectOne((r) => r.url === '/api/analytics/alerts');
    expect(again.request.params.get('responseRateBelow')).toBe('0.7');
    again.flush(alertsFixture({ responseRateBelow: 0.7 }));
    await settle(harness.fixture);
    expect(textOf(alert(root, 'low_response_rate'))).toContain('below 70%');
    expect(root.querySelector('[data-testid="export-csv"]')?.getAttribute('href')).toBe(
      '/api/analytics/export/alerts.csv?period=2026-Q4&responseRateBelow=0.7',
    );

    // Back to the default: the parameter leaves the URL.
    input.value = '50';
    input.dispatchEvent(new Event('input'));
    (root.querySelector('form.threshold button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/alerts?period=2026-Q4');
    http.expectOne((r) => r.url === '/api/analytics/alerts').flush(alertsFixture());
    await settle(harness.fixture);
  });

  it('ignores a threshold outside 0–100% without asking again', async () => {
    const { harness, root } = await open();
    const input = root.querySelector('[data-testid="alerts-threshold"]') as HTMLInputElement;
    input.value = '150';
    input.dispatchEvent(new Event('input'));
    (root.querySelector('form.threshold button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/alerts?period=2026-Q4');
    http.expectNone((r) => r.url === '/api/analytics/alerts');
  });
});
