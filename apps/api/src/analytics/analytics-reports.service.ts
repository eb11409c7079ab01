import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { assertUnitInScope } from '../goals/unit-scope';
import { CommentsQueryDto, ExportQueryDto, PrioritiesQueryDto } from './analytics-queries.dto';
import { AnalyticsFilterDto } from './filter/analytics-filter.dto';
import { FilterResolver } from './filter/filter-resolver.service';
import { COMMENTS_EXPORT_PAGE_SIZE, CommentsService } from './reports/comments.service';
import { CsvTable, csvOf } from './reports/csv-export';
import { HEATMAP_DEPTH, HeatmapService } from './reports/heatmap.service';
import { OverviewService } from './reports/overview.service';
import { PhasesService } from './reports/phases.service';
import { PrioritiesService } from './reports/priorities.service';
import { UnitsService } from './reports/units.service';

/** One door to every report: resolves the filters for the user, then asks the report. */
@Injectable()
export class AnalyticsReports {
  constructor(
    private readonly filters: FilterResolver,
    private readonly overviews: OverviewService,
    private readonly heatmaps: HeatmapService,
    private readonly unitsReport: UnitsService,
    private readonly phaseReports: PhasesService,
    private readonly commentList: CommentsService,
    private readonly priorityReport: PrioritiesService,
    private readonly db: DataSource,
  ) {}

  async overview(user: AuthenticatedUser, q: AnalyticsFilterDto) {
    return this.overviews.overview(await this.filters.resolve(user, q));
  }

  async trend(user: AuthenticatedUser, q: ExportQueryDto) {
    return this.overviews.trend(await this.filters.resolve(user, q), q.granularity ?? 'month');
  }

  async heatmap(user: AuthenticatedUser, q: ExportQueryDto) {
    return this.heatmaps.heatmap(await this.filters.resolve(user, q), q.by ?? 'phase', q.depth ?? HEATMAP_DEPTH);
  }

  async units(user: AuthenticatedUser, q: AnalyticsFilterDto) {
    return this.unitsReport.units(await this.filters.resolve(user, q));
  }

  async alerts(user: AuthenticatedUser, q: ExportQueryDto) {
    return this.unitsReport.alerts(await this.filters.resolve(user, q), q.responseRateBelow ?? 0.5);
  }

  async phases(user: AuthenticatedUser, q: ExportQueryDto) {
    return this.phaseReports.phases(await this.filters.resolve(user, q), q.pool ?? 6);
  }

  /** A department outside the caller's part answers 403 here (404 when there is no such department). */
  async priorities(user: AuthenticatedUser, q: PrioritiesQueryDto) {
    if (q.department && user.visibleDepartmentIds !== null) {
      const [exists] = await this.db.query(`SELECT 1 FROM department WHERE id = $1`, [q.department]);
      assertUnitInScope(user, q.department, Boolean(exists));
    }
    return this.priorityReport.priorities(await this.filters.resolve(user, q), q.depth ?? 0);
  }

  async comments(user: AuthenticatedUser, q: CommentsQueryDto, pageSize?: number) {
    return this.commentList.comments(await this.filters.resolve(user, q), { q: q.q, sentiment: q.sentiment, page: q.page ?? 1, pageSize });
  }

  /**
   * The same answer as the screen's, as CSV. Comments: the same lists and labels as the screen's
   * (department and period only, no key), COMMENTS_EXPORT_PAGE_SIZE to a file, ?page= for the next.
   */
  async csv(user: AuthenticatedUser, table: CsvTable, q: ExportQueryDto): Promise<string> {
    switch (table) {
      case 'overview': return csvOf.overview(await this.overview(user, q));
      case 'trend': return csvOf.trend(await this.trend(user, q));
      case 'heatmap': return csvOf.heatmap(await this.heatmap(user, q));
      case 'units': return csvOf.units(await this.units(user, q));
      case 'phases': return csvOf.phases(await this.phases(user, q));
      case 'alerts': return csvOf.alerts(await this.alerts(user, q));
      case 'comments': return csvOf.comments(await this.comments(user, { ...q, page: q.page ?? 1 }, COMMENTS_EXPORT_PAGE_SIZE));
    }
  }
}
