import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../../analytics/analytics.module';
import { EmployeeMonths } from './employee-months';
import { LinkageController } from './linkage.controller';
import { LinkageQueries } from './linkage.queries';
import { LinkageService } from './linkage.service';

@Module({ imports: [AnalyticsModule], controllers: [LinkageController], providers: [EmployeeMonths, LinkageQueries, LinkageService] })
export class LinkageModule {}
