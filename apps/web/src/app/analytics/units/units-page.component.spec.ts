import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { unitsFixture } from '../analytics-fixtures';
import { UnitsPageComponent } from './units-page.component';

describe('UnitsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/units', component: UnitsPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/units?period=2026-Q4') {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/units');
    req.flush(unitsFixture());
    await settle(harness.fixture);
    return { root: harness.routeNativeElement as HTMLElement, req };
  }

  it('ranks shown units by eNPS, best first, and marks the lowest', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('period')).toBe('2026-Q4');
    const rows = Array.from(root.querySelectorAll('[data-testid="unit-row"]'));
    expect(rows.map((row) => textOf(row.querySelector('th')))).toEqual(['Engineering', 'Sales', 'Support']);
    expect(rows.map((row) => row.getAttribute('data-rank'))).toEqual(['1', '2', '3']);
    expect(textOf(root.querySelector('[data-testid="unit-row"][data-lowest="true"] th'))).toBe('Support');
    expect(textOf(rows[1])).toBe('2 Sales +8 indicative \u22126 to +22 412 64%');
  });

  it('draws a dot and whisker per shown unit, in rank order, against the reference line', async () => {
    const { root } = await open();
    const chart = root.querySelector('[data-testid="units-chart"]')!;
    expect(Array.from(chart.querySelectorAll('text.name')).map((t) => t.textContent)).toEqual(['Engineering', 'Sales', 'Support']);
    const dots = Array.from(chart.querySelectorAll('circle.dot')).map((c) => Number(c.getAttribute('cx')));
    expect(dots).toEqual([...dots].sort((a, b) => b - a));
    const ref = Number(chart.querySelector('line.ref')!.getAttribute('x1'));
    expect(ref).toBeCloseTo(180 + ((18 + 100) / 200) * 440);
    expect(textOf(root.querySelector('[data-testid="units-overlap-note"]'))).toContain('the difference between them may be chance');
  });

  it('lists withheld units after the ranking, by name, with the reason', async () => {
    const { root } = await open();
    expect(Array.from(root.querySelectorAll('[data-testid="units-withheld"] li')).map((li) => textOf(li))).toEqual([
      'Board : Withheld — fewer than 5 answers',
      'Legal : Withheld — would reveal a smaller group',
    ]);
    expect(root.querySelector('[data-testid="export-csv"]')!.getAttribute('href')).toBe('/api/analytics/export/units.csv?period=2026-Q4');
  });
});
