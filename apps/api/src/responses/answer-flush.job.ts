import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock, isoDateInZone } from '../common/clock';
import { OrganisationService } from '../common/organisation.service';
import { RepeatingJob } from '../common/repeating-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AnswerInbox } from './answer-inbox';

/**
 * Writes the answers of days that have ended (in the organisation's time zone), every
 * SCHEDULER_INTERVAL_MINUTES and once at start (0: never; tests call `flush`). Safe on several
 * instances: the flush takes a PostgreSQL lock and writes each held answer once.
 */
@Injectable()
export class AnswerFlushJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AnswerInbox');
  private readonly job: RepeatingJob;

  constructor(
    private readonly inbox: AnswerInbox,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new RepeatingJob(registry, 'write-held-answers', this.logger, async () => {
      await this.flush();
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.schedulerIntervalMinutes * 60_000);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** Writes every answer held for a day before today; returns how many. */
  async flush(): Promise<number> {
    const { timeZone } = await this.organisation.settings();
    const written = await this.inbox.flushDaysBefore(isoDateInZone(this.clock.now(), timeZone));
    if (written > 0) this.logger.log(`${written} answers of past days written.`);
    return written;
  }
}
