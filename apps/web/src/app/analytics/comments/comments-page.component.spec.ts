import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AnalyticsComments } from '@ex-pulse/contracts';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { commentsFixture } from '../analytics-fixtures';
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

  it('shows each comment with its month and sentiment, and a segment chip only when the API gives it', async () => {
    const { root } = await open();
    const items = Array.from(root.querySelectorAll('[data-testid="comment"]'));
    expect(items.map((i) => textOf(i.querySelector('.comment__text')))).toEqual(['More time with my manager, please.', 'Great onboarding buddy.']);
    expect(textOf(items[0].querySelector('.comment__month'))).toBe('Dec 2026');
    expect(chips(items[0])).toEqual(['sentiment:Negative', 'band:Detractor', 'phase:Onboarding', 'department:Sales']);
    expect(chips(items[1])).toEqual(['sentiment:Positive']);
    expect(textOf(items[1])).not.toContain('null');
  });

  it('explains the comment threshold instead of listing anything when the selection is too small', async () => {
    const { root } = await open('/dashboard/comments?department=d-tiny', commentsFixture({ withheld: 'too_few', total: 0, comments: [] }));
    expect(textOf(root.querySelector('[data-testid="comments-withheld"]'))).toContain('only when at least 10 people in the selection answered');
    expect(root.querySelector('[data-testid="comments"]')).toBeNull();
    expect(root.querySelector('[data-testid="comments-next"]')).toBeNull();
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
