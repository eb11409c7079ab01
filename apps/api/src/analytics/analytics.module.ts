import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { EnpsReportQueries } from './enps-report.queries';
import { EnpsReportService } from './enps-report.service';

@Module({ controllers: [AnalyticsController], providers: [EnpsReportQueries, EnpsReportService] })
export class AnalyticsModule {}
