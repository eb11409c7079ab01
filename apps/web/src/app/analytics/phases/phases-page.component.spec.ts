import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PoolMonths } from '@ex-pulse/contracts';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { phasesFixture } from '../analytics-fixtures';
import { PhasesPageComponent } from './phases-page.component';

describe('PhasesPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/phases', component: PhasesPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/phases?period=2026-Q4', pool: PoolMonths = 3) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/phases');
    req.flush(phasesFixture(pool));
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  const tableRows = (root: HTMLElement) => Array.from(root.querySelectorAll('exp-enps-table tbody tr')).map((tr) => textOf(tr));

  it('says which window the phases were pooled over, and why', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('period')).toBe('2026-Q4');
    expect(req.request.params.get('pool')).toBe('3');
    expect(textOf(root.querySelector('[data-testid="scope"]'))).toBe('Pooled over Q4 2026 (1 Oct – 31 Dec)');
    expect(textOf(root.querySelector('.note'))).toBe(
      'Onboarding and exit groups are small, so each phase is pooled over a longer window until it reaches 5 answers.',
    );
    expect(root.querySelector('[data-testid="pool-3"]')?.classList).toContain('mat-button-toggle-checked');
  });

  it('shows a withheld phase as withheld, with no number, and only the shown phases as bars', async () => {
    const { root } = await open();
    const rows = tableRows(root);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Onboarding .*Withheld — fewer than 5 answers/);
    expect(rows[3]).toMatch(/^Separation .*Withheld — would reveal a smaller group/);
    for (const withheld of [rows[0], rows[3]]) expect(withheld).not.toMatch(/\d{2}/);
    expect(rows[1]).toContain('+26');
    expect(root.querySelector('exp-enps-phase-chart [role="img"]')?.getAttribute('style')).toContain(`height: ${48 + 2 * 44}px`);
  });

  it('keeps the pooling window in the URL and names the new window', async () => {
    const { harness, root } = await open();
    (root.querySelector('[data-testid="pool-6"] button') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/phases?period=2026-Q4&pool=6');
    const again = http.expectOne((r) => r.url === '/api/analytics/phases');
    expect(again.request.params.get('pool')).toBe('6');
    again.flush(phasesFixture(6));
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[data-testid="scope"]'))).toBe('Pooled over H2 2026 (1 Jul – 31 Dec)');
    expect(root.querySelector('[data-testid="export-csv"]')?.getAttribute('href')).toBe('/api/analytics/export/phases.csv?period=2026-Q4&pool=6');
  });
});
