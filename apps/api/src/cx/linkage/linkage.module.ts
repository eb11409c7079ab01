import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../../analytics/analytics.module';
import { LinkageController } from './linkage.controller';
import { LinkageQueries } from './linkage.queries';
import { LinkageService } from './linkage.service';

@Module({ imports: [AnalyticsModule], controllers: [LinkageController], providers: [LinkageQueries, LinkageService] })
export class LinkageModule {}
