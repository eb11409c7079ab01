import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, SentimentLabel } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { monthLabel } from '../../dashboard/enps-format';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService, CommentQuery } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';

export const SENTIMENTS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

interface CommentsQuery {
  filters: AnalyticsFilterQuery;
  comments: CommentQuery;
}

function commentsQuery(params: ParamMap): CommentsQuery {
  const sentiment = params.get('sentiment');
  const page = Number(params.get('page'));
  return {
    filters: filtersFromParams(params),
    comments: {
      q: params.get('q')?.trim() || undefined,
      sentiment: (SENTIMENTS as readonly string[]).includes(sentiment ?? '') ? (sentiment as SentimentLabel) : undefined,
      page: Number.isInteger(page) && page > 1 ? page : 1,
    },
  };
}

/** /dashboard/comments?q=&sentiment=&page=: comments, newest first, with only the segments that may be shown. */
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
    (q) => filtersKey(q.filters, { ...q.comments }),
    (q) => this.api.comments(q.filters, q.comments),
  );
  protected readonly searchText = linkedSignal(() => this.list.query()?.comments.q ?? '');
  protected readonly sentiment = computed(() => this.list.query()?.comments.sentiment ?? '');
  protected readonly csv = computed(() => {
    const query = this.list.query();
    return exportUrl('comments', query?.filters ?? {}, { q: query?.comments.q, sentiment: query?.comments.sentiment });
  });
  protected readonly pages = computed(() => {
    const data = this.list.data();
    if (!data || data.withheld) return null;
    const last = Math.max(1, Math.ceil(data.total / data.pageSize));
    return { page: data.page, last, from: data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1, to: Math.min(data.total, data.page * data.pageSize), total: data.total };
  });
  protected readonly comments = computed(() => {
    const lang = this.language.current();
    return (this.list.data()?.comments ?? []).map((c) => ({ ...c, monthName: monthLabel(c.month, lang) }));
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
