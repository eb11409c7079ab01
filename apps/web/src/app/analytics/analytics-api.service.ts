import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AnalyticsAlerts, AnalyticsComments, AnalyticsFilterOptions, AnalyticsFilterQuery, AnalyticsHeatmap, AnalyticsOverview,
  AnalyticsPhaseReport, AnalyticsPriorities, AnalyticsTrend, AnalyticsUnits, HeatmapKind, PoolMonths, SentimentLabel, TrendGranularity,
} from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { filterQueryParams, setParams } from './analytics-filters';

export interface CommentQuery {
  q?: string;
  sentiment?: SentimentLabel;
  page?: number;
}

/** The analytics endpoints; every one takes the shared filters as query parameters. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApiService {
  private readonly http = inject(HttpClient);

  filterOptions(): Observable<AnalyticsFilterOptions> {
    return this.http.get<AnalyticsFilterOptions>('/api/analytics/filter-options');
  }

  overview(filters: AnalyticsFilterQuery): Observable<AnalyticsOverview> {
    return this.get('overview', filters);
  }

  trend(filters: AnalyticsFilterQuery, granularity: TrendGranularity): Observable<AnalyticsTrend> {
    return this.get('trend', filters, { granularity });
  }

  heatmap(filters: AnalyticsFilterQuery, by: HeatmapKind, depth = 2): Observable<AnalyticsHeatmap> {
    return this.get('heatmap', filters, { by, depth });
  }

  units(filters: AnalyticsFilterQuery): Observable<AnalyticsUnits> {
    return this.get('units', filters);
  }

  /** What matters most: the selection (depth 0), or its departments down to `depth` levels (the driver heatmap's rows). */
  priorities(filters: AnalyticsFilterQuery, depth = 0): Observable<AnalyticsPriorities> {
    return this.get('priorities', filters, { depth: depth || undefined });
  }

  phases(filters: AnalyticsFilterQuery, pool: PoolMonths): Observable<AnalyticsPhaseReport> {
    return this.get('phases', filters, { pool });
  }

  comments(filters: AnalyticsFilterQuery, query: CommentQuery): Observable<AnalyticsComments> {
    return this.get('comments', filters, { q: query.q, sentiment: query.sentiment, page: query.page });
  }

  alerts(filters: AnalyticsFilterQuery, responseRateBelow: number): Observable<AnalyticsAlerts> {
    return this.get('alerts', filters, { responseRateBelow });
  }

  private get<T>(path: string, filters: AnalyticsFilterQuery, extra: Record<string, string | number | undefined> = {}): Observable<T> {
    const params = new HttpParams({ fromObject: setParams({ ...filterQueryParams(filters), ...extra }) });
    return this.http.get<T>(`/api/analytics/${path}`, { params });
  }
}
