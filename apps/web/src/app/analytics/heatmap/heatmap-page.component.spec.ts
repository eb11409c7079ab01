import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { driverPriority, heatmapFixture, prioritiesFixture, unitPriorities } from '../analytics-fixtures';
import { HeatmapPageComponent } from './heatmap-page.component';

describe('HeatmapPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/heatmap', component: HeatmapPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/heatmap') {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/heatmap');
    const byDriver = req.request.params.get('by') === 'driver';
    req.flush(heatmapFixture(byDriver ? 'driver' : 'phase'));
    if (byDriver) http.expectOne((r) => r.url === '/api/analytics/priorities').flush(prioritiesFixture());
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    const cell = (row: string, column: string) => root.querySelector(`tr[data-row="${row}"] td[data-column="${column}"]`) as HTMLElement;
    return { harness, root, req, cell };
  }

  it('lists departments in tree order, indented by depth, with phases as columns', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('by')).toBe('phase');
    const heads = Array.from(root.querySelectorAll('[data-testid="heatmap"] tbody th')) as HTMLElement[];
    expect(heads.map((th) => textOf(th))).toEqual(['Company', 'Sales', 'Sales North']);
    expect(heads.map((th) => th.style.getPropertyValue('--depth'))).toEqual(['0', '1', '2']);
    expect(Array.from(root.querySelectorAll('[data-testid="heatmap"] thead th')).map((th) => textOf(th))).toEqual(['Department', 'Onboarding', 'Ongoing development']);
  });

  it('draws withheld cells as withheld, with the reason, never as 0', async () => {
    const { cell } = await open();
    const tooFew = cell('d-north', 'onboarding');
    expect(tooFew.classList).toContain('heat__cell--withheld');
    expect(tooFew.style.background).toBe('');
    expect(textOf(tooFew)).toBe('Withheld Sales North × Onboarding: Withheld — fewer than 5 answers');
    expect(tooFew.getAttribute('data-detail')).toBe('Sales North × Onboarding: Withheld — fewer than 5 answers');

    const subtraction = cell('d-sales', 'onboarding');
    expect(subtraction.getAttribute('data-withheld')).toBe('subtraction');
    expect(textOf(subtraction)).toContain('Withheld — would reveal a smaller group');

    // A real 0 is a coloured value with its n and interval, not a withheld cell.
    const zero = cell('d-sales', 'ongoing_development');
    expect(zero.classList).not.toContain('heat__cell--withheld');
    expect(zero.getAttribute('data-detail')).toBe('Sales × Ongoing development: 0 (95% CI \u221212 to +12), n = 51');
  });

  it('colours values on a diverging scale and tells n and the interval on focus', async () => {
    const { cell } = await open();
    const low = cell('d-north', 'ongoing_development');
    const high = cell('d-co', 'onboarding');
    expect(textOf(low.querySelector('.heat__value'))).toBe('\u221240');
    expect(low.style.background).toBe('rgb(220, 183, 151)');
    expect(high.style.background).toBe('rgb(183, 204, 225)');
    expect(high.getAttribute('tabindex')).toBe('0');
    expect(high.getAttribute('data-detail')).toBe('Company × Onboarding: +30 (95% CI +13 to +47), n = 34');
  });

  it('switches to drivers through the URL and shows mean agreement', async () => {
    const { harness, root } = await open('/dashboard/heatmap?department=d-co');
    (root.querySelector('[data-testid="heatmap-by-driver"] button') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/heatmap?department=d-co&by=driver');
    const req = http.expectOne((r) => r.url === '/api/analytics/heatmap');
    expect(req.request.params.get('by')).toBe('driver');
    req.flush(heatmapFixture('driver'));
    http.expectOne((r) => r.url === '/api/analytics/priorities').flush(prioritiesFixture([]));
    await settle(harness.fixture);
    expect(Array.from(root.querySelectorAll('[data-testid="heatmap"] thead th')).map((th) => textOf(th))).toEqual(['Department', 'Role clarity', 'Growth']);
    const cell = root.querySelector('tr[data-row="d-co"] td[data-column="role_clarity"]') as HTMLElement;
    expect(cell.getAttribute('data-detail')).toBe('Company × Role clarity: 3.8 (95% CI 3.6 to 4.1), n = 34');
    expect(root.querySelector('[data-testid="export-csv"]')!.getAttribute('href')).toBe('/api/analytics/export/heatmap.csv?department=d-co&by=driver');
  });

  it("marks each row's priorities and strengths on the driver heatmap, and says what the marks mean", async () => {
    const harness = await RouterTestingHarness.create('/dashboard/heatmap?period=2026-Q4&by=driver&depth=3');
    const req = http.expectOne((r) => r.url === '/api/analytics/heatmap');
    req.flush(heatmapFixture('driver'));
    const priorities = http.expectOne((r) => r.url === '/api/analytics/priorities');
    expect(priorities.request.params.get('depth')).toBe('3');
    expect(priorities.request.params.get('period')).toBe('2026-Q4');
    priorities.flush(prioritiesFixture([
      unitPriorities('d-co', 'Company', [
        driverPriority('role_clarity', { level: 'high', label: 'strength' }),
        driverPriority('growth', { level: 'low', label: 'priority' }),
      ]),
    ]));
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    const cell = (column: string) => root.querySelector(`tr[data-row="d-co"] td[data-column="${column}"]`) as HTMLElement;
    expect(cell('growth').querySelector('.heat__marker')!.textContent).toBe('▼');
    expect(cell('growth').getAttribute('data-detail')).toBe(
      'Company × Growth: 2.2 (95% CI 1.9 to 2.5), n = 34 — priority: low and strongly related to eNPS',
    );
    expect(cell('role_clarity').querySelector('.heat__marker')!.getAttribute('data-marker')).toBe('strength');
    expect(textOf(cell('role_clarity'))).toContain('strength: high and strongly related to eNPS');
    expect(textOf(root.querySelector('[data-testid="heatmap-priorities-note"]'))).toBe(
      "▼ marks a priority and ▲ a strength of the row's unit: a driver whose whole 95% interval lies below (or above) the unit's average over drivers and whose answers clearly go with eNPS (Pearson r of at least 0.30, its 95% interval above 0.10).",
    );
  });

  it('asks for no priorities by phase, and marks nothing there', async () => {
    const { root } = await open('/dashboard/heatmap');
    http.expectNone((r) => r.url === '/api/analytics/priorities');
    expect(root.querySelector('.heat__marker')).toBeNull();
    expect(root.querySelector('[data-testid="heatmap-priorities-note"]')).toBeNull();
  });

  describe('the columns are the one segment', () => {
    const hint = (root: HTMLElement) => textOf(root.querySelector('[data-testid="heatmap-segment-hint"]'));
    const csv = (root: HTMLElement) => root.querySelector('[data-testid="export-csv"]')!.getAttribute('href');

    it('leaves another segment filter out of the request and the CSV, keeps it in the URL, and says so', async () => {
      const { root, req } = await open('/dashboard/heatmap?period=2026&department=d-co&location=Tallinn');
      expect(req.request.params.has('location')).toBe(false);
      expect(req.request.params.get('department')).toBe('d-co');
      expect(req.request.params.get('period')).toBe('2026');
      expect(csv(root)).toBe('/api/analytics/export/heatmap.csv?period=2026&department=d-co&by=phase');
      expect(TestBed.inject(Router).url).toBe('/dashboard/heatmap?period=2026&department=d-co&location=Tallinn');
      expect(hint(root)).toBe(
        'One segment at a time: combining segments could single people out. The heatmap’s columns are one segment already (phases or drivers), so it leaves out the “Location” filter (a phase filter picks one phase column). The other views apply it.',
      );
    });

    it('takes a phase filter (one column), with no hint', async () => {
      const { root, req } = await open('/dashboard/heatmap?phase=onboarding');
      expect(req.request.params.get('phase')).toBe('onboarding');
      expect(hint(root)).toBe('');
    });

    it('leaves the segment filter out by driver too (the drivers are the segment there)', async () => {
      const { harness, root } = await open('/dashboard/heatmap?manager=e-mari');
      expect(hint(root)).toContain('“Team (manager)”');
      (root.querySelector('[data-testid="heatmap-by-driver"] button') as HTMLButtonElement).click();
      await settle(harness.fixture);
      const req = http.expectOne((r) => r.url === '/api/analytics/heatmap');
      expect(req.request.params.get('by')).toBe('driver');
      expect(req.request.params.has('manager')).toBe(false);
      req.flush(heatmapFixture('driver'));
      const priorities = http.expectOne((r) => r.url === '/api/analytics/priorities');
      expect(priorities.request.params.has('manager')).toBe(false);
      priorities.flush(prioritiesFixture([]));
      await settle(harness.fixture);
      expect(hint(root)).toContain('“Team (manager)”');
      expect(csv(root)).toBe('/api/analytics/export/heatmap.csv?by=driver');
    });

    it('names the left-out filter as it changes, without loading again', async () => {
      const { harness, root } = await open('/dashboard/heatmap?tenure=1_2y');
      expect(hint(root)).toContain('“Tenure”');
      await harness.navigateByUrl('/dashboard/heatmap?programme=p-quarterly');
      await settle(harness.fixture);
      http.expectNone((r) => r.url === '/api/analytics/heatmap');
      expect(hint(root)).toContain('“Programme”');
    });
  });
});
