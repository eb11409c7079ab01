import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { InvitationPlannerService } from './invitation-planner.service';
import { SchedulerJob } from './scheduler.job';

@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [InvitationPlannerService, SchedulerJob],
  exports: [InvitationPlannerService],
})
export class SchedulingModule {}
