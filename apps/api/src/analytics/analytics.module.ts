import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsReports } from './analytics-reports.service';
import { SegmentCountsQueries } from './counts/segment-counts.queries';
import { FilterResolver } from './filter/filter-resolver.service';
import { GuardedCounts } from './guard/guarded-counts.service';
import { CommentsService } from './reports/comments.service';
import { DriverHeatmapService } from './reports/driver-heatmap.service';
import { FilterOptionsService } from './reports/filter-options.service';
import { HeatmapService } from './reports/heatmap.service';
import { OverviewService } from './reports/overview.service';
import { PhasesService } from './reports/phases.service';
import { UnitsService } from './reports/units.service';

@Module({
  controllers: [AnalyticsController],
  providers: [
    FilterResolver, SegmentCountsQueries, GuardedCounts, AnalyticsReports,
    OverviewService, HeatmapService, DriverHeatmapService, UnitsService, PhasesService, CommentsService, FilterOptionsService,
  ],
  // The linkage of employee and customer scores decides employee figures the same way.
  exports: [FilterResolver, GuardedCounts],
})
export class AnalyticsModule {}
