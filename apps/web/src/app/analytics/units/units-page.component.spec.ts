import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { goalProgress, unitsFixture } from '../analytics-fixtures';
import { UnitsPageComponent } from './units-page.component';

describe('UnitsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/units', component: UnitsPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/units?period=2026-Q4', body = unitsFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/units');
    req.flush(body);
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

  it('has no goal column when no unit has a goal', async () => {
    const { root } = await open();
    expect(root.querySelector('[data-testid="unit-goal"]')).toBeNull();
    expect(root.querySelector('.reference [data-testid="goal-progress"]')).toBeNull();
  });

  it("shows each unit's progress against its goal, the reference's beside it", async () => {
    const body = unitsFixture();
    body.reference = { ...body.reference, key: 'd-co' };
    body.goals = [
      goalProgress({ unitKey: 'd-co', current: 18, gap: -2, threshold: 6.7, beyondChance: false }, { target: 20 }),
      goalProgress({ unitKey: 'Engineering', current: 34, gap: 14, threshold: 12.2, beyondChance: true }, { department: 'd-eng', unitLabel: 'Engineering', target: 20 }),
      goalProgress({ unitKey: 'Sales', period: '2026-Q4', current: 8, gap: -2, threshold: 14, beyondChance: false }, { department: 'd-sales', unitLabel: 'Sales', period: '2026', target: 10 }),
      goalProgress({ unitKey: 'Board', withheld: 'too_few', current: null, gap: null, threshold: null, beyondChance: null }, { department: 'd-board', target: 0 }),
    ];
    const { root } = await open('/dashboard/units?period=2026-Q4', body);
    const goals = Array.from(root.querySelectorAll('[data-testid="unit-row"]')).map((row) => textOf(row.querySelector('[data-testid="unit-goal"]')));
    expect(goals).toEqual(['+20 · 14 points above the goal beyond chance', '+10 · 2 points below the goal may be chance', '–']);
    expect(textOf(root.querySelector('.reference .goal__line'))).toBe(
      'Goal for Q4 2026: +20 — now +18, 2 points below the goal, within the margin of error (±7)',
    );
    expect(root.querySelector('.reference [data-testid="goal-edit"]')).toBeNull();
    // A withheld unit is listed without a figure and without its progress.
    expect(textOf(root.querySelector('[data-testid="units-withheld"]'))).not.toContain('goal');
  });
});
