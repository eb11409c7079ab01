import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { LanguageService } from '../../core/i18n/language.service';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { driverPriority, prioritiesFixture, unitPriorities, withheldDriver } from '../analytics-fixtures';
import { PrioritiesCardComponent } from './priorities-card.component';

describe('PrioritiesCardComponent (What matters most)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/overview', component: PrioritiesCardComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/overview?period=2026-Q4&department=d-co', body = prioritiesFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/priorities');
    req.flush(body);
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    const row = (driver: string) => root.querySelector(`[data-testid="priorities-table"] tr[data-driver="${driver}"]`);
    return { harness, root, req, row };
  }

  it('asks for the selection and names its priorities and strengths with mean, interval, r and n', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('period')).toBe('2026-Q4');
    expect(req.request.params.get('department')).toBe('d-co');
    expect(req.request.params.has('depth')).toBe(false);
    expect(textOf(root.querySelector('[data-testid="priorities-unit"]'))).toBe('For Company · Average over drivers: 3.1');
    expect(textOf(root.querySelector('[data-testid="priorities-priorities"]'))).toBe(
      'Priorities Recognition 2.3 (95% CI 2.0 to 2.5), r = 0.79 (95% CI 0.62 to 0.89), n = 36',
    );
    expect(textOf(root.querySelector('[data-testid="priorities-strengths"]'))).toBe(
      'Strengths Growth 3.9 (95% CI 3.6 to 4.3), r = 0.85 (95% CI 0.73 to 0.92), n = 36',
    );
  });

  it('explains the statistic in one sentence, with the thresholds the API applied', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('[data-testid="priorities-explain"]'))).toBe(
      "A priority is a driver whose whole 95% interval lies below the unit's average over drivers and whose answers clearly go with the same people's 0–10 eNPS score (Pearson r of at least 0.30, its 95% interval above 0.10, from at least 20 answers); a strength is the same above the average, and a driver the data cannot place gets no label.",
    );
  });

  it('lists every driver, says why one has no r, and shows a withheld one as withheld, with no number', async () => {
    const { row } = await open();
    expect(textOf(row('recognition'))).toBe('Recognition 2.3 (95% CI 2.0 to 2.5) 36 0.79 (95% CI 0.62 to 0.89) Priority');
    expect(row('recognition')!.getAttribute('data-label')).toBe('priority');
    expect(textOf(row('role_clarity'))).toBe('Role clarity 3.5 (95% CI 3.2 to 3.8) 36 0.39 (95% CI \u22120.01 to 0.68) above average');
    expect(textOf(row('manager_relationship'))).toContain('about average');
    expect(textOf(row('workplace_tools'))).toBe('Workplace & tools 2.8 (95% CI 2.1 to 3.5) 12 fewer than 20 answers about average');
    expect(textOf(row('wellbeing'))).toBe('Wellbeing – – – Withheld — would reveal a smaller group');
    expect(row('wellbeing')!.classList).toContain('drivers__row--withheld');
  });

  it('says so when no driver stands out, and when too few drivers are shown for an average', async () => {
    const { root } = await open('/dashboard/overview', prioritiesFixture([
      unitPriorities('d-co', 'Company', [driverPriority('growth'), withheldDriver('recognition', 'too_few')], { driverAverage: null }),
    ]));
    expect(textOf(root.querySelector('[data-testid="priorities-none"]'))).toBe('No driver stands out clearly in this period, so none is labelled.');
    expect(root.querySelector('[data-testid="priorities-priorities"]')).toBeNull();
    expect(textOf(root.querySelector('[data-testid="priorities-unit"]'))).toBe(
      'For Company · Fewer than 3 drivers can be shown, so there is no average to compare with.',
    );
  });

  it('leaves a segment filter out of the request (the drivers are its segment) and says so', async () => {
    const { root, req } = await open('/dashboard/overview?period=2026&location=Tallinn');
    expect(req.request.params.has('location')).toBe(false);
    expect(req.request.params.get('period')).toBe('2026');
    expect(textOf(root.querySelector('[data-testid="priorities-segment-hint"]'))).toBe(
      'One segment at a time: combining segments could single people out. What matters most is worked out per driver, which is one segment already, so it leaves out the “Location” filter. The other cards apply it.',
    );
  });

  it('speaks Estonian, decimals with a comma', async () => {
    TestBed.inject(LanguageService).use('et');
    const { root, row } = await open();
    expect(textOf(root.querySelector('h2'))).toBe('Mis on kõige olulisem');
    expect(textOf(row('recognition'))).toBe('Tunnustus 2,3 (95% usaldusvahemik 2,0 kuni 2,5) 36 0,79 (95% usaldusvahemik 0,62 kuni 0,89) Prioriteet');
    expect(textOf(root.querySelector('[data-testid="priorities-explain"]'))).toContain('Pearsoni r vähemalt 0,30');
  });

  it('shows the API message when loading fails', async () => {
    const harness = await RouterTestingHarness.create('/dashboard/overview');
    http.expectOne((r) => r.url === '/api/analytics/priorities').flush({ statusCode: 403, message: 'Not yours' }, { status: 403, statusText: 'Forbidden' });
    await settle(harness.fixture);
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('.error-text'))).toBe('Not yours');
  });
});
