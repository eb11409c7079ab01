import { Controller, Get, Header, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  AnalyticsAlerts, AnalyticsComments, AnalyticsFilterOptions, AnalyticsHeatmap, AnalyticsOverview, AnalyticsPhaseReport,
  AnalyticsPriorities, AnalyticsTrend, AnalyticsUnits,
} from '@ex-pulse/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import {
  AlertsQueryDto, CommentsQueryDto, ExportQueryDto, HeatmapQueryDto, PhasesQueryDto, PrioritiesQueryDto, TrendQueryDto,
} from './analytics-queries.dto';
import { AnalyticsReports } from './analytics-reports.service';
import { AnalyticsFilterDto } from './filter/analytics-filter.dto';
import { CSV_TABLES, CsvTable } from './reports/csv-export';
import { FilterOptionsService } from './reports/filter-options.service';

/**
 * The dashboards. Every figure has passed the anonymity rules (see CellDecider); managers get
 * their own part of the organisation only; no endpoint returns an individual answer.
 */
@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly reports: AnalyticsReports,
    private readonly options: FilterOptionsService,
  ) {}

  @Get('filter-options')
  filterOptions(@CurrentUser() user: AuthenticatedUser): Promise<AnalyticsFilterOptions> {
    return this.options.options(user);
  }

  @Get('overview')
  overview(@CurrentUser() user: AuthenticatedUser, @Query() q: AnalyticsFilterDto): Promise<AnalyticsOverview> {
    return this.reports.overview(user, q);
  }

  @Get('trend')
  trend(@CurrentUser() user: AuthenticatedUser, @Query() q: TrendQueryDto): Promise<AnalyticsTrend> {
    return this.reports.trend(user, q);
  }

  @Get('heatmap')
  heatmap(@CurrentUser() user: AuthenticatedUser, @Query() q: HeatmapQueryDto): Promise<AnalyticsHeatmap> {
    return this.reports.heatmap(user, q);
  }

  @Get('units')
  units(@CurrentUser() user: AuthenticatedUser, @Query() q: AnalyticsFilterDto): Promise<AnalyticsUnits> {
    return this.reports.units(user, q);
  }

  /** "What matters most": each driver's mean and relation to eNPS, priorities and strengths; no segment filter (400). */
  @Get('priorities')
  priorities(@CurrentUser() user: AuthenticatedUser, @Query() q: PrioritiesQueryDto): Promise<AnalyticsPriorities> {
    return this.reports.priorities(user, q);
  }

  @Get('phases')
  phases(@CurrentUser() user: AuthenticatedUser, @Query() q: PhasesQueryDto): Promise<AnalyticsPhaseReport> {
    return this.reports.phases(user, q);
  }

  /** Comments by department and quarter only (a half or a year: its quarters); segment filters and months answer 400. */
  @Get('comments')
  comments(@CurrentUser() user: AuthenticatedUser, @Query() q: CommentsQueryDto): Promise<AnalyticsComments> {
    return this.reports.comments(user, q);
  }

  @Get('alerts')
  alerts(@CurrentUser() user: AuthenticatedUser, @Query() q: AlertsQueryDto): Promise<AnalyticsAlerts> {
    return this.reports.alerts(user, q);
  }

  /** Any table as CSV, with the same withholding as on screen. */
  @Get('export/:table.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Param('table') table: string,
    @Query() q: ExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (!CSV_TABLES.includes(table as CsvTable)) {
      throw new NotFoundException(`There is no table "${table}" to export; choose one of ${CSV_TABLES.join(', ')}.`);
    }
    const csv = await this.reports.csv(user, table as CsvTable, q);
    const part = table === 'comments' && q.page && q.page > 1 ? `-${q.page}` : '';
    res.setHeader('Content-Disposition', `attachment; filename="ex-pulse-${table}-${q.period ?? 'current'}${part}.csv"`);
    return csv;
  }
}
