import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { OrgModule } from '../org/org.module';
import { DigestComposer } from './digest-composer.service';
import { DigestPlanner } from './digest-planner.service';
import { DigestPreferencesController, DigestPreferencesService } from './digest-preferences';
import { DigestJob } from './digest.job';

/** The weekly digest (issue 12): planned into the outbox on its day, sent by the delivery worker. */
@Module({
  imports: [AnalyticsModule, FollowUpModule, OrgModule],
  controllers: [DigestPreferencesController],
  providers: [DigestComposer, DigestPlanner, DigestPreferencesService, DigestJob],
  exports: [DigestPlanner],
})
export class DigestModule {}
