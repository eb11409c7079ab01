import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsReports } from './analytics-reports.service';
import { DriverPairsRepository } from './counts/driver-pairs.repository';
import { SegmentCountsQueries } from './counts/segment-counts.queries';
import { FilterResolver } from './filter/filter-resolver.service';
import { GuardedCounts } from './guard/guarded-counts.service';
import { CommentsService } from './reports/comments.service';
import { DriverHeatmapService } from './reports/driver-heatmap.service';
import { FilterOptionsService } from './reports/filter-options.service';
import { HeatmapService } from './reports/heatmap.service';
import { OverviewService } from './reports/overview.service';
import { PhasesService } from './reports/phases.service';
import { PrioritiesService } from './reports/priorities.service';
import { UnitsService } from './reports/units.service';

@Module({
  // Goals: their progress beside the overview's and the units' figures.
  imports: [GoalsModule],
  controllers: [AnalyticsController],
  providers: [
    FilterResolver, SegmentCountsQueries, GuardedCounts, AnalyticsReports,
    OverviewService, HeatmapService, DriverHeatmapService, UnitsService, PhasesService, CommentsService, FilterOptionsService,
    PrioritiesService, DriverPairsRepository,
  ],
  // The linkage of employee and customer scores decides employee figures the same way; the follow-up
  // queue takes in comments where the comment lists show them.
  // The weekly digest reads the dashboards' reports as its recipient.
  exports: [FilterResolver, GuardedCounts, CommentsService, AnalyticsReports],
})
export class AnalyticsModule {}
