import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RepeatingJob } from '../common/repeating-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RetentionService } from './retention.service';

/** Prunes personal data past its retention every RETENTION_INTERVAL_MINUTES (default 60; 0: never, tests call the service). */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private readonly job: RepeatingJob;

  constructor(
    retention: RetentionService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new RepeatingJob(registry, 'prune-personal-data', this.logger, async () => {
      const r = await retention.prune();
      if (r.invitations + r.messages + r.devMail + r.sessions > 0) {
        this.logger.log(`Pruned ${r.invitations} invitations, ${r.messages} emails, ${r.devMail} dev mailbox copies, ${r.sessions} sessions.`);
      }
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.retentionIntervalMinutes * 60_000);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
