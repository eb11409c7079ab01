import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { RepeatingJob } from '../common/repeating-job';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeliveryService } from './delivery.service';

/**
 * Runs the delivery worker every DELIVERY_INTERVAL_SECONDS (0: never; tests call the service).
 * Several instances may run it: the outbox rows are locked while they are sent.
 */
@Injectable()
export class DeliveryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: RepeatingJob;

  constructor(
    private readonly delivery: DeliveryService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new RepeatingJob(registry, 'deliver-outbox', new Logger('Delivery'), () => this.drain());
  }

  onApplicationBootstrap(): void {
    this.job.start(this.config.deliveryIntervalSeconds * 1000);
  }

  /** Stops the interval and lets a run in progress finish before the database closes. */
  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  tick(): Promise<void> {
    return this.job.tick();
  }

  /** Batches until nothing due is left, so a backlog drains without waiting for ticks. */
  private async drain(): Promise<void> {
    for (let batch = 0; batch < 20; batch++) {
      const { sent, failed, retried, skipped } = await this.delivery.deliverDue();
      if (sent + failed + retried + skipped === 0 || retried > 0) return;
    }
  }
}
