import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, SentimentLabel } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService, CommentQuery } from '../analytics-api.service';
import { periodLabel } from '../analytics-format';
import { droppedSegments, exportUrl, filtersFromParams, filtersKey, SegmentKey, setSegments } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';

/** The sentiment filter's choices; 'unclassified': comments the classifier was not confident about. */
export const SENTIMENTS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative', 'unclassified'];

/** Comments per CSV file (the API's COMMENTS_EXPORT_PAGE_SIZE): more are exported as further files. */
export const COMMENTS_PER_EXPORT = 1000;

interface CommentsQuery {
  /** What the API is asked for: the period (a month's quarter) and the department, nothing else. */
  filters: AnalyticsFilterQuery;
  comments: CommentQuery;
  /** The segment filters of the filter bar that comments leave out. */
  leftOut: SegmentKey[];
  /** The month of the filter bar, when its quarter is listed instead. */
  month: string | null;
}

/** "2026-11" → "2026-Q4"; other periods as they are. */
export function quarterOfMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}` : period;
}

/**
 * Comments are listed by department and quarter only (the API refuses the rest): a comment's text
 * is a key, so listing once per location, phase, tenure band, programme, team or month would tell,
 * comment by comment, who wrote it. The page sends the period (a month's quarter) and the
 * department, and says which of the filter bar's filters it leaves out.
 */
function commentsQuery(params: ParamMap): CommentsQuery {
  const sentiment = params.get('sentiment');
  const page = Number(params.get('page'));
  const bar = filtersFromParams(params);
  const filters: AnalyticsFilterQuery = {};
  const period = bar.period ? quarterOfMonth(bar.period) : undefined;
  if (period) filters.period = period;
  if (bar.department) filters.department = bar.department;
  return {
    filters,
    comments: {
      q: params.get('q')?.trim() || undefined,
      sentiment: (SENTIMENTS as readonly string[]).includes(sentiment ?? '') ? (sentiment as SentimentLabel) : undefined,
      page: Number.isInteger(page) && page > 1 ? page : 1,
    },
    leftOut: [...setSegments(bar), ...droppedSegments(params)],
    month: bar.period && period !== bar.period ? bar.period : null,
  };
}

/** /dashboard/comments?q=&sentiment=&page=: comments by department and quarter, newest quarter first, with only the labels that may be shown. */
@Component({
  selector: 'exp-comments-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, LoadingBarComponent, ExportLinkComponent, ScopeLineComponent],
  templateUrl: './comments-page.component.html',
  styleUrls: ['../analytics-view.scss', './comments-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentsPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);
  private readonly language = inject(LanguageService);

  protected readonly sentiments = SENTIMENTS;
  protected readonly list = loadFromQuery(
    commentsQuery,
    // The left-out filters and the month are in the key too: the notice about them follows the filter bar.
    (q) => filtersKey(q.filters, { ...q.comments, leftOut: q.leftOut.join(','), month: q.month }),
    (q) => this.api.comments(q.filters, q.comments),
  );
  protected readonly searchText = linkedSignal(() => this.list.query()?.comments.q ?? '');
  protected readonly sentiment = computed(() => this.list.query()?.comments.sentiment ?? '');
  /** The filters the page leaves out, and the month whose quarter it lists. */
  protected readonly leftOut = computed(() => this.list.query()?.leftOut ?? []);
  protected readonly month = computed(() => {
    const query = this.list.query();
    const lang = this.language.current();
    return query?.month ? { month: periodLabel(query.month, lang), quarter: periodLabel(query.filters.period!, lang) } : null;
  });
  /** One CSV per COMMENTS_PER_EXPORT comments, the same lists as the screen. */
  protected readonly csv = computed(() => {
    const query = this.list.query();
    const data = this.list.data();
    const parts = data && !data.withheld ? Math.max(1, Math.ceil(data.total / COMMENTS_PER_EXPORT)) : 1;
    return Array.from({ length: parts }, (_, i) => ({
      href: exportUrl('comments', query?.filters ?? {}, { q: query?.comments.q, sentiment: query?.comments.sentiment, page: i > 0 ? i + 1 : null }),
      from: i * COMMENTS_PER_EXPORT + 1,
      to: Math.min(data?.total ?? 0, (i + 1) * COMMENTS_PER_EXPORT),
    }));
  });
  protected readonly pages = computed(() => {
    const data = this.list.data();
    if (!data || data.withheld) return null;
    const last = Math.max(1, Math.ceil(data.total / data.pageSize));
    return { page: data.page, last, from: data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1, to: Math.min(data.total, data.page * data.pageSize), total: data.total };
  });
  /** The period's quarters whose lists are withheld (a half or a year shows the others). */
  protected readonly withheldQuarters = computed(() => {
    const data = this.list.data();
    const lang = this.language.current();
    if (!data || data.withheld || data.quarters.length < 2) return [];
    return data.quarters.filter((q) => q.withheld).map((q) => ({ name: periodLabel(q.key, lang), withheld: q.withheld! }));
  });
  protected readonly comments = computed(() => {
    const lang = this.language.current();
    return (this.list.data()?.comments ?? []).map((c) => ({ ...c, quarterName: periodLabel(c.quarter, lang) }));
  });

  protected typed(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
  }

  protected search(event: Event): void {
    event.preventDefault();
    void navigateQuery(this.router, { q: this.searchText().trim() || null, page: null });
  }

  protected chooseSentiment(event: Event): void {
    void navigateQuery(this.router, { sentiment: (event.target as HTMLSelectElement).value || null, page: null });
  }

  protected goTo(page: number): void {
    void navigateQuery(this.router, { page: page > 1 ? page : null });
  }
}
