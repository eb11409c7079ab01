import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '../analytics/analytics.module';
import { FOLLOW_UP_ENTITIES } from './follow-up.entities';
import { ActionPlansController } from './plans/action-plans.controller';
import { ActionPlansService } from './plans/action-plans.service';
import { FollowUpController } from './queue/follow-up.controller';
import { FollowUpIntake } from './queue/follow-up-intake.service';
import { FollowUpQueueService } from './queue/follow-up-queue.service';
import { UnitAccess } from './unit-access';

/** Closing the loop: the follow-up queue of detractor and negative comments, and units' action plans. */
@Module({
  imports: [TypeOrmModule.forFeature(FOLLOW_UP_ENTITIES), AnalyticsModule],
  controllers: [FollowUpController, ActionPlansController],
  providers: [UnitAccess, FollowUpIntake, FollowUpQueueService, ActionPlansService],
  // The weekly digest counts open and overdue items as the queue does.
  exports: [FollowUpQueueService],
})
export class FollowUpModule {}
