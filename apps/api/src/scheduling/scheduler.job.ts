import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RepeatingJob } from '../common/repeating-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InvitationPlannerService } from './invitation-planner.service';

/** Runs the planner every SCHEDULER_INTERVAL_MINUTES (0: never; tests call the planner). */
@Injectable()
export class SchedulerJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private readonly job: RepeatingJob;

  constructor(
    private readonly planner: InvitationPlannerService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new RepeatingJob(registry, 'plan-due-invitations', this.logger, () => this.plan());
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.schedulerIntervalMinutes * 60_000);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  tick(): Promise<void> {
    return this.job.tick();
  }

  private async plan(): Promise<void> {
    const result = await this.planner.planDue();
    if (result.ran && result.invitations > 0) {
      this.logger.log(`${result.today}: ${result.invitations} invitations planned, ${result.reminders} reminders queued.`);
    }
  }
}
