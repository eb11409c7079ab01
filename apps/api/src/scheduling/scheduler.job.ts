import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InvitationPlannerService } from './invitation-planner.service';

const JOB = 'plan-due-invitations';

/** Runs the planner every SCHEDULER_INTERVAL_MINUTES (0: never; tests call the planner). */
@Injectable()
export class SchedulerJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private running = false;

  constructor(
    private readonly planner: InvitationPlannerService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulerIntervalMinutes <= 0) return;
    this.registry.addInterval(JOB, setInterval(() => void this.tick(), this.config.schedulerIntervalMinutes * 60_000));
    void this.tick();
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', JOB)) this.registry.deleteInterval(JOB);
  }

  /** One run; a run still going skips the tick, and a failure (e.g. a database restart) waits for the next. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.planner.planDue();
      if (result.ran && result.invitations > 0) {
        this.logger.log(`${result.today}: ${result.invitations} invitations planned, ${result.reminders} reminders queued.`);
      }
    } catch (error) {
      this.logger.warn(`Planning failed, retrying at the next tick: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
