import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TrendGranularity, TrendPoint } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../../core/testing/transloco-testing';
import { shownCell, withheldCell } from '../analytics-fixtures';
import { TrendChartComponent } from './trend-chart.component';
import { PARTIAL_SERIES, trendDrawing } from './trend-series';

/** 48 weeks of 2026 as the API buckets them (days 1–7, 8–14, 15–21, 22–end of each month); every fourth withheld. */
function weeks(): TrendPoint[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: 48 }, (_, i) => {
    const month = Math.floor(i / 4) + 1;
    const first = (i % 4) * 7 + 1;
    const last = i % 4 === 3 ? new Date(Date.UTC(2026, month, 0)).getUTCDate() : first + 6;
    const [from, to] = [`2026-${pad(month)}-${pad(first)}`, `2026-${pad(month)}-${pad(last)}`];
    const cell = i % 4 === 3 ? withheldCell(month % 2 === 1 ? 'too_few' : 'subtraction') : shownCell({ enps: i });
    return { ...cell, key: from, label: from, from, to };
  });
}

describe('TrendChartComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')], providers: [provideNoopAnimations()] });
  });

  async function render(points: TrendPoint[], granularity: TrendGranularity) {
    const fixture = TestBed.createComponent(TrendChartComponent);
    fixture.componentRef.setInput('points', points);
    fixture.componentRef.setInput('granularity', granularity);
    fixture.componentRef.setInput('k', 5);
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  it('sums up withheld weeks in one line, the list folded away', async () => {
    const root = await render(weeks(), 'week');
    const withheld = root.querySelector('.withheld')!;
    expect(textOf(withheld.querySelector('.summary'))).toBe(
      '12 of 48 weeks withheld: fewer than 5 answers, or they would reveal a smaller group',
    );
    const details = withheld.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(textOf(details.querySelector('summary'))).toBe('Show the withheld points');
    const items = Array.from(details.querySelectorAll('li')).map((li) => textOf(li));
    expect(items).toHaveLength(12);
    expect(items[0]).toBe('22–31 Jan 2026: Withheld — fewer than 5 answers');
    expect(items[1]).toBe('22–28 Feb 2026: Withheld — would reveal a smaller group');
    // The table is still there, every point in it.
    expect(textOf(root.querySelector('details.as-table > summary'))).toBe('Show as a table');
    expect(root.querySelectorAll('details.as-table tbody tr')).toHaveLength(48);
  });

  it('counts months for a monthly trend, and says nothing when no point is withheld', async () => {
    const month = (from: string, to: string, withheld: boolean): TrendPoint => ({
      ...(withheld ? withheldCell('too_few') : shownCell()), key: from, label: from, from, to,
    });
    const root = await render(
      [month('2026-10-01', '2026-10-31', false), month('2026-11-01', '2026-11-30', true), month('2026-12-01', '2026-12-31', false)],
      'month',
    );
    expect(textOf(root.querySelector('.withheld .summary'))).toBe(
      '1 of 3 months withheld: fewer than 5 answers, or they would reveal a smaller group',
    );
    expect(Array.from(root.querySelectorAll('.withheld li')).map((li) => textOf(li))).toEqual(['Nov 2026: Withheld — fewer than 5 answers']);

    const none = await render([month('2026-10-01', '2026-10-31', false)], 'month');
    expect(none.querySelector('.withheld')).toBeNull();
  });

  const month = (from: string, o: { withheld?: boolean; partial?: boolean; enps?: number } = {}): TrendPoint => ({
    ...(o.withheld ? withheldCell('too_few') : shownCell({ enps: o.enps ?? 10 })),
    key: from, label: from, from, to: from.replace(/-01$/, '-28'), partial: o.partial ?? false,
  });

  it('says the only point in words instead of an empty chart', async () => {
    const root = await render([month('2026-06-01', { enps: 12 })], 'month');
    expect(root.querySelector('ngx-charts-line-chart')).toBeNull();
    expect(textOf(root.querySelector('.single'))).toMatch(/^Only Jun 2026 can be shown: eNPS \+12 \(95% interval .+ to .+\), n = \d+\. A trend needs two points/);
  });

  it('draws the running month apart, joined to the last full one, and says it is so far', async () => {
    const points = [month('2026-04-01'), month('2026-05-01'), month('2026-06-01', { partial: true })];
    const drawing = trendDrawing(points);
    expect(drawing.series.map((s) => [s.name, s.series.map((p) => p.name.toISOString().slice(0, 7))])).toEqual([
      ['segment-1', ['2026-04', '2026-05']],
      [PARTIAL_SERIES, ['2026-05', '2026-06']],
    ]);
    const root = await render(points, 'month');
    expect(textOf(root.querySelector('.note'))).toContain('Jun 2026 (so far) is still running');
    expect(Array.from(root.querySelectorAll('details.as-table tbody tr th, details.as-table tbody tr td:first-child')).map((c) => textOf(c))).toContain('Jun 2026 (so far)');
  });

  it('puts one tick per drawn point, never two for one month, and thins long trends', () => {
    const quarter = trendDrawing([month('2026-04-01'), month('2026-05-01'), month('2026-06-01')]);
    expect(quarter.ticks.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
    const weekly = trendDrawing(weeks());
    expect(weekly.ticks.length).toBeLessThanOrEqual(12);
    expect(new Set(weekly.ticks.map((d) => d.getTime())).size).toBe(weekly.ticks.length);
  });

  it('counts lone points between withheld ones, which a line cannot draw', async () => {
    const points = [month('2026-01-01'), month('2026-02-01', { withheld: true }), month('2026-03-01'), month('2026-04-01', { withheld: true }), month('2026-05-01'), month('2026-06-01')];
    expect(trendDrawing(points).isolated).toBe(2);
    const root = await render(points, 'month');
    expect(textOf(root.querySelector('.note'))).toContain('2 point(s) between withheld ones cannot be drawn as a line');
  });
});
