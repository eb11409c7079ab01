import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, AnalyticsOverview, TrendGranularity } from '@ex-pulse/contracts';
import { EnpsHeadlineComponent } from '../../dashboard/enps-headline.component';
import { EnpsSplitComponent } from '../../dashboard/enps-split.component';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { exportUrl, filtersFromParams, filtersKey, segmentOf } from '../analytics-filters';
import { ExportLinkComponent } from '../export-link.component';
import { GoalProgressComponent } from '../goals/goal-progress.component';
import { PrioritiesCardComponent } from '../priorities/priorities-card.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';
import { EnpsChangeComponent } from './enps-change.component';
import { TrendChartComponent } from './trend-chart.component';

interface TrendQuery {
  filters: AnalyticsFilterQuery;
  granularity: TrendGranularity;
}

function trendQuery(params: ParamMap): TrendQuery {
  return { filters: filtersFromParams(params), granularity: params.get('granularity') === 'week' ? 'week' : 'month' };
}

/** /dashboard/overview: eNPS with its interval, the split, the change and the trend (?granularity=month|week). */
@Component({
  selector: 'exp-overview-page',
  imports: [
    MatButtonToggleModule, TranslocoPipe, LoadingBarComponent, EnpsHeadlineComponent, EnpsSplitComponent,
    EnpsChangeComponent, TrendChartComponent, ExportLinkComponent, ScopeLineComponent, GoalProgressComponent, PrioritiesCardComponent,
  ],
  templateUrl: './overview-page.component.html',
  styleUrls: ['../analytics-view.scss', './overview-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);

  protected readonly overview = loadFromQuery(filtersFromParams, (f) => filtersKey(f), (f) => this.api.overview(f));
  protected readonly trend = loadFromQuery(trendQuery, (q) => filtersKey(q.filters, { granularity: q.granularity }), (q) =>
    this.api.trend(q.filters, q.granularity),
  );
  protected readonly loading = computed(() => this.overview.loading() || this.trend.loading());
  protected readonly granularity = computed<TrendGranularity>(() => this.trend.query()?.granularity ?? 'month');
  protected readonly overviewCsv = computed(() => exportUrl('overview', this.overview.query() ?? {}));
  protected readonly trendCsv = computed(() => exportUrl('trend', this.trend.query()?.filters ?? {}, { granularity: this.granularity() }));

  /** A goal is the whole unit's: none beside a segment's figure (one location, one team). */
  protected goalUnit(o: AnalyticsOverview): { department: string | null } | null {
    if (segmentOf(o.filters)) return null;
    return { department: o.overall.key === 'organisation' ? null : o.overall.key };
  }

  protected setGranularity(value: TrendGranularity): void {
    void navigateQuery(this.router, { granularity: value === 'week' ? 'week' : null });
  }
}
