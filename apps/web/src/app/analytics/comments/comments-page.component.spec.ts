import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AnalyticsComments } from '@ex-pulse/contracts';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { comment, commentsFixture } from '../analytics-fixtures';
import { CommentsPageComponent } from './comments-page.component';

describe('CommentsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'dashboard/comments', component: CommentsPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/dashboard/comments', data: AnalyticsComments = commentsFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/analytics/comments');
    req.flush(data);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  const chips = (item: Element) => Array.from(item.querySelectorAll('[data-chip]')).map((c) => `${c.getAttribute('data-chip')}:${textOf(c)}`);

  it('shows each comment with its quarter and sentiment, and a band or department chip only when the API gives it', async () => {
    const { root } = await open();
    const items = Array.from(root.querySelectorAll('[data-testid="comment"]'));
    expect(items.map((i) => textOf(i.querySelector('.comment__text')))).toEqual(['More time with my manager, please.', 'Great onboarding buddy.']);
    expect(textOf(items[0].querySelector('.comment__quarter'))).toBe('Q4 2026');
    expect(chips(items[0])).toEqual(['sentiment:Negative', 'band:Detractor', 'department:Sales']);
    expect(chips(items[1])).toEqual(['sentiment:Positive']);
    expect(textOf(items[1])).not.toContain('null');
    expect(root.querySelector('[data-chip="phase"]')).toBeNull();
    expect(root.querySelector('.comment__month')).toBeNull();
  });

  it('explains the comment threshold instead of listing anything when the selection is too small', async () => {
    const { root } = await open('/dashboard/comments?department=d-tiny', commentsFixture({ withheld: 'too_few', quarters: [{ key: '2026-Q4', withheld: 'too_few' }], total: 0, comments: [] }));
    expect(textOf(root.querySelector('[data-testid="comments-withheld"]'))).toContain('only when at least 10 people in the selection answered in a quarter');
    expect(root.querySelector('[data-testid="comments"]')).toBeNull();
    expect(root.querySelector('[data-testid="comments-next"]')).toBeNull();
  });

  it('asks for department and period only, and says which filters of the bar comments leave out', async () => {
    const dept = '00000000-0000-4000-8000-000000000001';
    const { root, req } = await open(`/dashboard/comments?period=2026-Q4&department=${dept}&location=Tallinn`);
    expect(req.request.params.keys().sort()).toEqual(['department', 'page', 'period']);
    expect(req.request.params.get('department')).toBe(dept);
    const hint = textOf(root.querySelector('[data-testid="comments-left-out"]'));
    expect(hint).toContain('Comments can be listed by department and period only');
    expect(hint).toContain('would tell who wrote them');
    expect(Array.from(root.querySelectorAll('[data-testid="comments-left-out-filter"]')).map(textOf)).toEqual(['Location']);
    expect(root.querySelector('[data-testid="export-csv"]')!.getAttribute('href')).toBe(
      `/api/analytics/export/comments.csv?period=2026-Q4&department=${dept}`,
    );
  });

  it('says nothing is left out when the bar holds department and period only', async () => {
    const { root } = await open('/dashboard/comments?period=2026');
    expect(root.querySelector('[data-testid="comments-left-out"]')).toBeNull();
    expect(root.querySelector('[data-testid="comments-by-quarter"]')).toBeNull();
  });

  it('lists the quarter of a month chosen in the filter bar, and says so', async () => {
    const { root, req } = await open('/dashboard/comments?period=2026-11&phase=onboarding');
    expect(req.request.params.get('period')).toBe('2026-Q4');
    expect(req.request.params.has('phase')).toBe(false);
    expect(textOf(root.querySelector('[data-testid="comments-by-quarter"]'))).toContain('showing Q4 2026, which holds Nov 2026');
    expect(Array.from(root.querySelectorAll('[data-testid="comments-left-out-filter"]')).map(textOf)).toEqual(['Phase']);
  });

  it('names the quarters of a year whose lists are withheld', async () => {
    const { root } = await open('/dashboard/comments?period=2026', commentsFixture({
      period: { key: '2026', kind: 'year', from: '2026-01-01', to: '2026-12-31' },
      quarters: [
        { key: '2026-Q4', withheld: null },
        { key: '2026-Q3', withheld: 'subtraction' },
        { key: '2026-Q2', withheld: null },
        { key: '2026-Q1', withheld: 'too_few' },
      ],
    }));
    expect(Array.from(root.querySelectorAll('[data-testid="comments-quarter-withheld"]')).map(textOf)).toEqual([
      'Q3 2026: withheld, together with a wider selection it would reveal a group smaller than 10.',
      'Q1 2026: withheld, fewer than 10 people in the selection answered.',
    ]);
  });

  it('exports more than a file holds as further files, the same lists as on screen', async () => {
    const { root } = await open('/dashboard/comments?period=2026', commentsFixture({ total: 2345 }));
    expect(Array.from(root.querySelectorAll('[data-testid="export-csv"]')).map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['/api/analytics/export/comments.csv?period=2026', 'Export CSV'],
      ['/api/analytics/export/comments.csv?period=2026&page=2', 'Export comments 1001–2000 as CSV'],
      ['/api/analytics/export/comments.csv?period=2026&page=3', 'Export comments 2001–2345 as CSV'],
    ]);
  });

  it('searches words and filters sentiment through the URL, back on the first page', async () => {
    const { harness, root, req } = await open('/dashboard/comments?period=2026&page=2', commentsFixture({ page: 2 }));
    expect(req.request.params.get('page')).toBe('2');
    const search = root.querySelector('[data-testid="comments-search"]') as HTMLInputElement;
    search.value = ' manager ';
    search.dispatchEvent(new Event('input'));
    (root.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/comments?period=2026&q=manager');
    const second = http.expectOne((r) => r.url === '/api/analytics/comments');
    expect(second.request.params.get('q')).toBe('manager');
    expect(second.request.params.get('page')).toBe('1');
    second.flush(commentsFixture());
    await settle(harness.fixture);

    const sentiment = root.querySelector('[data-testid="comments-sentiment"]') as HTMLSelectElement;
    sentiment.value = 'negative';
    sentiment.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/comments?period=2026&q=manager&sentiment=negative');
    http.expectOne((r) => r.url === '/api/analytics/comments' && r.params.get('sentiment') === 'negative').flush(commentsFixture());
    await settle(harness.fixture);
    expect(root.querySelector('[data-testid="export-csv"]')!.getAttribute('href')).toBe(
      '/api/analytics/export/comments.csv?period=2026&q=manager&sentiment=negative',
    );
  });

  it('shows an unclassified comment as such, not as neutral, and filters on it', async () => {
    const { harness, root } = await open('/dashboard/comments?period=2026', commentsFixture({
      comments: [comment('u1', { text: 'The roster comes out on Sunday night.', sentiment: 'unclassified' })],
    }));
    const item = root.querySelector('[data-testid="comment"]')!;
    expect(chips(item)).toEqual(['sentiment:Unclassified']);
    expect(item.querySelector('.chip--unclassified')).not.toBeNull();
    const sentiment = root.querySelector('[data-testid="comments-sentiment"]') as HTMLSelectElement;
    expect(Array.from(sentiment.options).map((o) => [o.value, textOf(o)])).toEqual([
      ['', 'Any'], ['positive', 'Positive'], ['neutral', 'Neutral'], ['negative', 'Negative'], ['unclassified', 'Unclassified'],
    ]);
    sentiment.value = 'unclassified';
    sentiment.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/comments?period=2026&sentiment=unclassified');
    http.expectOne((r) => r.url === '/api/analytics/comments' && r.params.get('sentiment') === 'unclassified').flush(commentsFixture());
  });

  it('pages through the comments', async () => {
    const { harness, root } = await open();
    expect(textOf(root.querySelector('.pager__status'))).toBe('1–20 of 45');
    expect((root.querySelector('[data-testid="comments-previous"]') as HTMLButtonElement).disabled).toBe(true);
    (root.querySelector('[data-testid="comments-next"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/dashboard/comments?page=2');
    http.expectOne((r) => r.url === '/api/analytics/comments' && r.params.get('page') === '2').flush(commentsFixture({ page: 2 }));
  });
});
