import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { goalProgress, overviewFixture, prioritiesFixture, shownCell, trendFixture, withheldCell } from '../analytics-fixtures';
import { OverviewPageComponent } from './overview-page.component';

describe('OverviewPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/overview', component: OverviewPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/overview', overview = overviewFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const overviewReq = http.expectOne((r) => r.url === '/api/analytics/overview');
    const trendReq = http.expectOne((r) => r.url === '/api/analytics/trend');
    overviewReq.flush(overview);
    trendReq.flush(trendFixture(trendReq.request.params.get('granularity') === 'week' ? 'week' : 'month'));
    const prioritiesReq = http.expectOne((r) => r.url === '/api/analytics/priorities');
    prioritiesReq.flush(prioritiesFixture());
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, overviewReq, trendReq, prioritiesReq };
  }

  const paramsOf = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  it('sends the URL filters to both requests and shows eNPS with its interval, n, response rate and split', async () => {
    const { root, overviewReq, trendReq } = await open('/dashboard/overview?period=2026-Q4&department=d-sales');
    expect(paramsOf(overviewReq)).toEqual({ period: '2026-Q4', department: 'd-sales' });
    expect(paramsOf(trendReq)).toEqual({ period: '2026-Q4', department: 'd-sales', granularity: 'month' });
    expect(textOf(root.querySelector('exp-enps-headline'))).toBe('+18 (95% CI +11 to +25), n = 412, response rate 64%');
    expect(textOf(root.querySelector('exp-enps-split'))).toContain('Promoters (9–10) 44% (180)');
    expect(textOf(root.querySelector('[data-testid="scope"]'))).toBe('Q4 2026 (1 Oct – 31 Dec)');
    expect(root.querySelector('[data-testid="export-csv"]')!.getAttribute('href')).toBe('/api/analytics/export/overview.csv?period=2026-Q4&department=d-sales');
  });

  it('calls a change significant only when the API says it exceeds the threshold', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('[data-testid="enps-change"]'))).toBe('+9 points vs Q3 2026 — significant (more than ±6)');
  });

  it('says a small change is within the margin of error, and marks an indicative result', async () => {
    const { root } = await open('/dashboard/overview', overviewFixture({
      overall: shownCell({ n: 31, enps: 12, ciLow: -15, ciHigh: 39, indicative: true }),
      change: { delta: -3.2, threshold: 19.5, significant: false },
    }));
    expect(textOf(root.querySelector('[data-testid="enps-change"]'))).toBe('\u22123 points vs Q3 2026 — within the margin of error (±20)');
    expect(textOf(root.querySelector('exp-enps-headline'))).toContain('indicative (fewer than 50 answers)');
  });

  it('says so when everyone invited answered, the only case of an interval of zero width', async () => {
    const { root } = await open('/dashboard/overview', overviewFixture({
      overall: shownCell({ n: 6, invited: 6, enps: 33.3, ciLow: 33.3, ciHigh: 33.3, responseRate: 1, indicative: true, census: true }),
    }));
    expect(textOf(root.querySelector('exp-enps-headline'))).toBe(
      '+33 (95% CI +33 to +33), n = 6, response rate 100% indicative (fewer than 50 answers) Everyone invited answered: no sampling error.',
    );
  });

  it('draws a withheld period as withheld, with no number and no comparison', async () => {
    const { root } = await open('/dashboard/overview', overviewFixture({ overall: withheldCell('too_few'), change: null }));
    expect(textOf(root.querySelector('exp-enps-headline'))).toBe('Withheld — fewer than 5 answers');
    expect(textOf(root.querySelector('[data-testid="enps-change"]'))).toContain('No comparison with Q3 2026');
    expect(textOf(root.querySelector('exp-enps-split'))).toBe('The split is not shown for this period.');
  });

  it('lists withheld trend points and switches to weeks through the URL, reloading only the trend', async () => {
    const { harness, root } = await open('/dashboard/overview?period=2026-Q4');
    expect(textOf(root.querySelector('exp-trend-chart .withheld'))).toBe(
      '1 of 3 months withheld: fewer than 5 answers, or they would reveal a smaller group Show the withheld points Nov 2026: Withheld — fewer than 5 answers',
    );

    (root.querySelector('[data-testid="granularity-week"] button') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/overview?period=2026-Q4&granularity=week');
    http.expectNone((r) => r.url === '/api/analytics/overview');
    const trend = http.expectOne((r) => r.url === '/api/analytics/trend');
    expect(trend.request.params.get('granularity')).toBe('week');
    trend.flush(trendFixture('week'));
    await settle(harness.fixture);
    const rows = Array.from(root.querySelectorAll('exp-trend-chart tbody th')).map((th) => textOf(th));
    expect(rows).toEqual(['1–7 Dec 2026', '8–14 Dec 2026']);
    const exports = Array.from(root.querySelectorAll('[data-testid="export-csv"]')).map((a) => a.getAttribute('href'));
    expect(exports).toContain('/api/analytics/export/trend.csv?period=2026-Q4&granularity=week');
  });

  it('puts the goal beside the figure and loads the figures again once a goal is set', async () => {
    const overview = overviewFixture({ overall: shownCell({ key: 'd-co', label: 'Company' }), goal: goalProgress() });
    const { harness, root } = await open('/dashboard/overview?period=2026-Q4&department=d-co', overview);
    expect(textOf(root.querySelector('[data-testid="overview"] .goal__line'))).toBe(
      'Goal for Q4 2026: +30 — now +18, 12 points below the goal, beyond chance (more than ±7)',
    );
    (root.querySelector('[data-testid="goal-edit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    (root.querySelector('[data-testid="goal-save"]') as HTMLButtonElement).click();
    const patch = http.expectOne('/api/goals/g-1');
    expect(patch.request.body).toEqual({ target: 30 });
    patch.flush(goalProgress().goal);
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/analytics/overview').flush(overview);
    http.expectNone((r) => r.url === '/api/analytics/trend');
  });

  it('offers no goal beside a segment of a unit, and shows What matters most', async () => {
    const { root } = await open('/dashboard/overview?location=Tallinn', overviewFixture({ filters: { location: 'Tallinn' } }));
    expect(root.querySelector('[data-testid="goal-progress"]')).toBeNull();
    expect(textOf(root.querySelector('[data-testid="priorities"] h2'))).toBe('What matters most');
  });

  it('shows the API message when loading fails', async () => {
    const harness = await RouterTestingHarness.create('/dashboard/overview');
    http.expectOne((r) => r.url === '/api/analytics/overview').flush({ statusCode: 403, message: 'Not allowed' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne((r) => r.url === '/api/analytics/priorities').flush(prioritiesFixture());
    http.expectOne((r) => r.url === '/api/analytics/trend').flush(trendFixture());
    await settle(harness.fixture);
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('.error-text'))).toBe('Not allowed');
  });
});
