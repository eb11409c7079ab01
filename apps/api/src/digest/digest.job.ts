import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RepeatingJob } from '../common/repeating-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DigestPlanner } from './digest-planner.service';

/** Plans the weekly digest every SCHEDULER_INTERVAL_MINUTES (0: never; tests call the planner); it acts only on its day. */
@Injectable()
export class DigestJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: RepeatingJob;

  constructor(
    planner: DigestPlanner,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new RepeatingJob(registry, 'plan-weekly-digest', new Logger('Digest'), async () => void (await planner.planDue()));
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.schedulerIntervalMinutes * 60_000);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
