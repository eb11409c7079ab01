import { Module } from '@nestjs/common';
import { InvitationPlannerService } from './invitation-planner.service';
import { SchedulerJob } from './scheduler.job';

@Module({
  providers: [InvitationPlannerService, SchedulerJob],
  exports: [InvitationPlannerService],
})
export class SchedulingModule {}
