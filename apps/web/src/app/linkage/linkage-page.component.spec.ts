import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AnalyticsLinkage } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { linkageFixture, linkageMonthsFixture, UNIT, withheldCorrelation } from './linkage-fixtures';
import { LinkagePageComponent } from './linkage-page.component';

describe('LinkagePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'linkage', component: LinkagePageComponent }]);
  });

  afterEach(() => http.verify());

  /** The page's own request, without the units' months. */
  const expectLinkage = () => http.expectOne((r) => r.url === '/api/cx/linkage' && !r.params.has('include'));
  /** The units table's request for the months. */
  const isMonthsRequest = (r: { url: string; params: { get(name: string): string | null } }) =>
    r.url === '/api/cx/linkage' && r.params.get('include') === 'months';
  const expectMonths = () => http.expectOne(isMonthsRequest);

  async function open(url = '/linkage', data: AnalyticsLinkage = linkageFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = expectLinkage();
    req.flush(data);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  const details = (root: HTMLElement) => root.querySelector<HTMLDetailsElement>('[data-testid="linkage-units"]')!;
  const unitRows = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="linkage-unit-row"]'));

  /** Clicks the table's summary, as a reader does (the details open and fire "toggle"). */
  async function toggleTable(harness: RouterTestingHarness, root: HTMLElement): Promise<void> {
    details(root).querySelector<HTMLElement>('summary')!.click();
    await settle(harness.fixture);
  }

  /** Opens the table and answers its months request. */
  async function openTable(harness: RouterTestingHarness, root: HTMLElement, data: AnalyticsLinkage = linkageMonthsFixture()): Promise<TestRequest> {
    await toggleTable(harness, root);
    const req = expectMonths();
    req.flush(data);
    await settle(harness.fixture);
    return req;
  }

  const query = () => new URL(TestBed.inject(Router).url, 'http://x').searchParams;
  const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  function pick(root: HTMLElement, testid: string, value: string): void {
    const control = root.querySelector<HTMLSelectElement | HTMLInputElement>(`[data-testid="${testid}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }

  describe('controls in the URL', () => {
    it('reads the window, metric and lag from the URL into the request and the controls', async () => {
      const { root, req } = await open('/linkage?from=2026-01&to=2026-03&metric=csat&lag=2', linkageFixture({ metric: 'csat', lag: 2 }));
      expect(params(req)).toEqual({ from: '2026-01', to: '2026-03', metric: 'csat', lag: '2' });
      expect(root.querySelector<HTMLInputElement>('[data-testid="linkage-from"]')!.value).toBe('2026-01');
      expect(root.querySelector<HTMLInputElement>('[data-testid="linkage-to"]')!.value).toBe('2026-03');
      expect(root.querySelector<HTMLSelectElement>('[data-testid="linkage-metric"]')!.value).toBe('csat');
      expect(root.querySelector<HTMLSelectElement>('[data-testid="linkage-lag"]')!.value).toBe('2');
    });

    it('writes each choice to the URL and loads again; the defaults leave the URL clean', async () => {
      const { harness, root, req } = await open('/linkage');
      expect(params(req)).toEqual({ metric: 'nps', lag: '0' });
      // Without a window in the URL the inputs show the API's default window.
      expect(root.querySelector<HTMLInputElement>('[data-testid="linkage-from"]')!.value).toBe('2026-01');

      pick(root, 'linkage-lag', '2');
      await settle(harness.fixture);
      expect(query().get('lag')).toBe('2');
      expect(params(expectLinkage())).toEqual({ metric: 'nps', lag: '2' });

      pick(root, 'linkage-metric', 'ces');
      await settle(harness.fixture);
      expect(query().get('metric')).toBe('ces');
      expect(params(expectLinkage())).toEqual({ metric: 'ces', lag: '2' });

      pick(root, 'linkage-from', '2025-10');
      await settle(harness.fixture);
      expect(query().get('from')).toBe('2025-10');
      expect(query().get('to')).toBe('2026-03');
      expect(params(expectLinkage())).toEqual({ from: '2025-10', to: '2026-03', metric: 'ces', lag: '2' });

      pick(root, 'linkage-metric', 'nps');
      await settle(harness.fixture);
      expectLinkage().flush(linkageFixture());
      pick(root, 'linkage-lag', '0');
      await settle(harness.fixture);
      expect(query().has('metric')).toBe(false);
      expect(query().has('lag')).toBe(false);
      expect(params(expectLinkage())).toEqual({ from: '2025-10', to: '2026-03', metric: 'nps', lag: '0' });
    });

    it('refuses a reversed window without leaving the page', async () => {
      const { harness, root } = await open('/linkage?from=2026-01&to=2026-03');
      pick(root, 'linkage-from', '2026-06');
      await settle(harness.fixture);
      expect(textOf(root.querySelector('.controls__error'))).toBe('The first month must be on or before the last.');
      expect(query().get('from')).toBe('2026-01');
      http.expectNone((r) => r.url === '/api/cx/linkage');
    });

    it('ignores malformed values in the URL', async () => {
      const { req } = await open('/linkage?from=2026-13&metric=mood&lag=7');
      expect(params(req)).toEqual({ metric: 'nps', lag: '0' });
    });
  });

  it('lists the units of each quadrant, explains the median split and names the units it could not place', async () => {
    const { root } = await open();
    const names = (q: string) => Array.from(root.querySelectorAll(`[data-testid="quadrant-${q}"] li[data-unit]`)).map((li) => textOf(li.querySelector('.box__name')));
    expect(names('high_ex_high_cx')).toEqual(['Support']);
    expect(names('high_ex_low_cx')).toEqual(['Sales']);
    expect(names('low_ex_high_cx')).toEqual(['Finance']);
    expect(names('low_ex_low_cx')).toEqual(['Warehouse']);
    expect(textOf(root.querySelector('[data-testid="quadrant-high_ex_high_cx"]'))).toBe('High EX · High CX Thriving Support eNPS +32.0 · NPS +41.0');
    expect(textOf(root.querySelector('[data-testid="quadrant-low_ex_low_cx"] h3'))).toBe('Low EX · Low CX');
    expect(textOf(root.querySelector('[data-testid="quadrant-note"]'))).toContain('relative to the median unit (eNPS +20.0, customer NPS +30.0)');
    expect(textOf(root.querySelector('[data-testid="quadrant-unplaced"]'))).toBe('Not placed (no month with both scores): Legal');
  });

  it('draws a bubble per placed unit, sized by n, with dashed lines at the median unit and a table alternative', async () => {
    const { root } = await open();
    const chart = root.querySelector('[data-testid="linkage-scatter"]')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('Scatter of 4 units');
    const bubbles = Array.from(chart.querySelectorAll<SVGCircleElement>('[data-testid="scatter-bubble"]'));
    expect(bubbles.map((b) => b.getAttribute('data-unit')).sort()).toEqual([UNIT.finance, UNIT.sales, UNIT.support, UNIT.warehouse].sort());
    const radius = (key: string) => Number(bubbles.find((b) => b.getAttribute('data-unit') === key)!.getAttribute('r'));
    expect(radius(UNIT.support)).toBeGreaterThan(radius(UNIT.warehouse));
    const x = (key: string) => Number(bubbles.find((b) => b.getAttribute('data-unit') === key)!.getAttribute('cx'));
    const split = Number(chart.querySelector('[data-testid="split-ex"]')!.getAttribute('x1'));
    expect(x(UNIT.warehouse)).toBeLessThan(split);
    expect(x(UNIT.support)).toBeGreaterThan(split);
    expect(chart.querySelector('[data-testid="split-ex"]')!.classList).toContain('split');
    expect(Array.from(root.querySelectorAll('[data-testid="scatter-table"] tbody tr')).map((tr) => textOf(tr))).toEqual([
      'Finance +5.0 +35.0 30 3 Low EX · High CX',
      'Legal – – 0 0 Not placed',
      'Sales +25.0 +12.0 48 3 High EX · Low CX',
      'Support +32.0 +41.0 60 2 High EX · High CX',
      'Warehouse −8.0 +10.0 24 3 Low EX · Low CX',
    ]);
  });

  describe('correlations', () => {
    it('shows every lag with r, ρ and r_rm, their intervals, p and df, and highlights the selected lag', async () => {
      const { root } = await open();
      const rows = Array.from(root.querySelectorAll('[data-testid="correlation-row"]'));
      expect(rows.map((r) => r.getAttribute('data-lag'))).toEqual(['0', '1', '2', '3']);
      expect(rows.map((r) => r.getAttribute('data-selected'))).toEqual(['true', null, null, null]);
      expect(textOf(rows[0])).toBe('Same month shown 12 0.62 (0.05 to 0.89) p = 0.03 10 0.55 (−0.04 to 0.86) p = 0.06 36 0.41 (0.12 to 0.64) p < 0.001 23');
      expect(textOf(rows[2].querySelector('[data-testid="corr-rm"]'))).toBe('−0.45 (−0.68 to −0.13)');
      expect(textOf(root.querySelector('[data-testid="linkage-caution"]'))).toBe(
        'Correlation is not causation: units that move together may share a third cause.',
      );
    });

    it('words the selected lag from the numbers, as the API does in English (a clear relation)', async () => {
      const data = linkageFixture();
      const { root } = await open('/linkage', data);
      expect(textOf(root.querySelector('[data-testid="sentence-between"]'))).toBe(`Between units: ${data.correlations[0].between.sentence}`);
      expect(textOf(root.querySelector('[data-testid="sentence-within"]'))).toBe(`Within units: ${data.correlations[0].within.sentence}`);
    });

    it('words the selected lag from the numbers, as the API does in English (none, and a fall later)', async () => {
      const data = linkageFixture({ lag: 2 });
      const { root } = await open('/linkage?lag=2', data);
      expect(textOf(root.querySelector('[data-testid="sentence-between"]'))).toBe(`Between units: ${data.correlations[2].between.sentence}`);
      expect(textOf(root.querySelector('[data-testid="sentence-within"]'))).toBe(`Within units: ${data.correlations[2].within.sentence}`);
    });

    it('builds the Estonian line from the same numbers', async () => {
      const { harness, root } = await open('/linkage?lag=2', linkageFixture({ lag: 2 }));
      TestBed.inject(LanguageService).use('et');
      await settle(harness.fixture);
      expect(textOf(root.querySelector('[data-testid="sentence-between"]'))).toBe(
        'Üksuste vahel: 11 üksuse ja 3 kuu andmetel ei ilmne selget seost üksuste eNPS-i ja kaks kuud hiljem mõõdetud näitaja „kliendi NPS” vahel: ' +
          'r = 0,10, 95% usaldusvahemik −0,50 kuni 0,63, p = 0,74',
      );
      expect(textOf(root.querySelector('[data-testid="sentence-within"]'))).toBe(
        'Üksuste sees: 11 üksuse ja 3 kuu andmetel langes üksuse kliendi NPS üldiselt kaks kuud pärast seda, kui tema eNPS tõusis: ' +
          'r_rm = −0,45, 95% usaldusvahemik −0,68 kuni −0,13, p = 0,009',
      );
      expect(textOf(root.querySelector('[data-testid="linkage-caution"]'))).toContain('Korrelatsioon ei ole põhjuslikkus');
    });

    it('gives the reason when a correlation is withheld below the minimums', async () => {
      const { root } = await open('/linkage?lag=1', linkageFixture({ lag: 1 }));
      expect(textOf(root.querySelector('[data-testid="sentence-between"]'))).toBe(
        'Between units: Not shown: 8 units have months with both scores; at least 10 units are needed.',
      );
      expect(textOf(root.querySelector('[data-testid="sentence-within"]'))).toBe('Within units: Not shown: 24 unit-months; at least 30 are needed.');
      const row = root.querySelector('[data-testid="correlation-row"][data-lag="1"]')!;
      expect(row.getAttribute('data-selected')).toBe('true');
      expect(row.querySelector('[data-testid="corr-r"]')).toBeNull();
      expect(textOf(row.querySelector('[data-testid="corr-between-withheld"]'))).toContain('8 units');
      expect(textOf(root.querySelector('[data-testid="correlation-row"][data-lag="3"] [data-testid="corr-within-withheld"]'))).toBe(
        'Not shown: 14 unit-months; at least 30 are needed.',
      );
    });

    it('still shows the correlation panel when no unit can be placed', async () => {
      const empty = linkageFixture({ units: [], exSplit: null, cxSplit: null, correlations: [0, 1, 2, 3].map((l) => withheldCorrelation(l, 0, 0)) });
      const { root } = await open('/linkage', empty);
      expect(textOf(root.querySelector('[data-testid="linkage-empty"]'))).toBe('No unit has both an employee eNPS and customer NPS in this window.');
      expect(root.querySelector('[data-testid="linkage-scatter"]')).toBeNull();
      expect(root.querySelectorAll('[data-testid="corr-between-withheld"]')).toHaveLength(4);
    });
  });

  it('draws withheld employee months as withheld, never as 0, and internal CSAT where the unit is a provider', async () => {
    const { harness, root } = await open();
    await openTable(harness, root);
    const cell = (unit: string, month: string) => root.querySelector(`[data-testid="linkage-unit-row"][data-unit="${unit}"] [data-month="${month}"]`)!;
    expect(cell(UNIT.support, '2026-02').getAttribute('data-withheld')).toBe('subtraction');
    expect(textOf(cell(UNIT.support, '2026-02'))).toBe('withheld Withheld — would reveal a smaller group / +38');
    expect(textOf(cell(UNIT.support, '2026-01'))).toBe('+30 / +40');
    expect(textOf(cell(UNIT.legal, '2026-03'))).toBe('withheld Withheld — fewer than 5 answers / +22');
    expect(textOf(cell(UNIT.legal, '2026-03'))).not.toMatch(/\b0\b/);
    expect(textOf(cell(UNIT.finance, '2026-02'))).toBe('+6 / +36 internal CSAT 80%');
    expect(cell(UNIT.sales, '2026-01').querySelector('[data-testid="internal-csat"]')).toBeNull();
    expect(root.querySelector('[data-testid="linkage-units"]')!.tagName).toBe('DETAILS');
  });

  describe('units month by month', () => {
    it('counts the units from the page at once and asks for no months until the table is opened', async () => {
      const { harness, root, req } = await open();
      expect(params(req)).toEqual({ metric: 'nps', lag: '0' });
      expect(details(root).open).toBe(false);
      expect(textOf(details(root).querySelector('summary'))).toBe('Show all 5 units month by month');
      await settle(harness.fixture);
      http.expectNone(isMonthsRequest);
      expect(unitRows(root)).toHaveLength(0);
    });

    it('asks for the months of the shown window, metric and lag when opened, loading meanwhile, then draws the rows', async () => {
      const { harness, root } = await open('/linkage?lag=1&metric=csat', linkageFixture({ metric: 'csat', lag: 1 }));
      await toggleTable(harness, root);
      expect(details(root).open).toBe(true);
      const req = expectMonths();
      // The URL has no window: the months are asked for the window the page shows.
      expect(params(req)).toEqual({ from: '2026-01', to: '2026-03', metric: 'csat', lag: '1', include: 'months' });
      expect(details(root).querySelector('exp-loading-bar mat-progress-bar')).not.toBeNull();
      expect(textOf(details(root).querySelector('[aria-live]'))).toBe('Loading…');
      expect(unitRows(root)).toHaveLength(0);

      req.flush(linkageMonthsFixture({ metric: 'csat', lag: 1 }));
      await settle(harness.fixture);
      expect(details(root).querySelector('mat-progress-bar')).toBeNull();
      expect(unitRows(root).map((r) => textOf(r.querySelector('th')))).toEqual(['Finance', 'Legal', 'Sales', 'Support', 'Warehouse']);
      expect(unitRows(root)[0].querySelectorAll('[data-testid="linkage-cell"]')).toHaveLength(3);
      expect(textOf(details(root).querySelector('thead th.grid__month'))).toContain('customers');

      // Closing and opening again with the same query asks nothing more.
      await toggleTable(harness, root);
      expect(details(root).open).toBe(false);
      await toggleTable(harness, root);
      http.expectNone(isMonthsRequest);
      expect(unitRows(root)).toHaveLength(5);
    });

    it('asks for the window of the URL when it has one', async () => {
      const { harness, root } = await open('/linkage?from=2025-11&to=2026-01', linkageFixture({ from: '2025-11', to: '2026-01' }));
      const req = await openTable(harness, root, linkageMonthsFixture({ from: '2025-11', to: '2026-01' }));
      expect(params(req)).toEqual({ from: '2025-11', to: '2026-01', metric: 'nps', lag: '0', include: 'months' });
    });

    it('asks again when the query changes while open, and on the next opening when it changed while closed', async () => {
      const { harness, root } = await open();
      await openTable(harness, root);

      pick(root, 'linkage-lag', '2');
      await settle(harness.fixture);
      const months = expectMonths();
      expect(params(months)).toEqual({ from: '2026-01', to: '2026-03', metric: 'nps', lag: '2', include: 'months' });
      expectLinkage().flush(linkageFixture({ lag: 2 }));
      const lagged = linkageMonthsFixture({ lag: 2 });
      lagged.units = lagged.units.filter((u) => u.key !== UNIT.legal);
      months.flush(lagged);
      await settle(harness.fixture);
      // The page's answer in the same window does not ask for the same months again.
      http.expectNone(isMonthsRequest);
      expect(unitRows(root)).toHaveLength(4);

      await toggleTable(harness, root);
      pick(root, 'linkage-metric', 'ces');
      await settle(harness.fixture);
      expectLinkage().flush(linkageFixture({ metric: 'ces', lag: 2 }));
      await settle(harness.fixture);
      http.expectNone(isMonthsRequest);

      await toggleTable(harness, root);
      expect(params(expectMonths())).toEqual({ from: '2026-01', to: '2026-03', metric: 'ces', lag: '2', include: 'months' });
    });

    it('says why the months failed and tries again on the next opening', async () => {
      const { harness, root } = await open();
      await toggleTable(harness, root);
      expectMonths().flush({ statusCode: 400, message: 'include must be months' }, { status: 400, statusText: 'Bad Request' });
      await settle(harness.fixture);
      expect(textOf(details(root).querySelector('[role="alert"]'))).toBe('include must be months');
      expect(unitRows(root)).toHaveLength(0);
      // The summary still counts the page's units.
      expect(textOf(details(root).querySelector('summary'))).toBe('Show all 5 units month by month');

      await toggleTable(harness, root);
      await openTable(harness, root);
      expect(details(root).querySelector('[role="alert"]')).toBeNull();
      expect(unitRows(root)).toHaveLength(5);
    });
  });
});
