import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DeliveryService } from './delivery.service';

const JOB = 'deliver-outbox';

/**
 * Runs the delivery worker every DELIVERY_INTERVAL_SECONDS (0: never; tests call the service).
 * A tick while a run is still going is skipped; a failed run (e.g. PostgreSQL restarting) is
 * logged and the next tick tries again. Several instances may run it: the rows are locked.
 */
@Injectable()
export class DeliveryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Delivery');
  private running: Promise<void> | null = null;

  constructor(
    private readonly delivery: DeliveryService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.deliveryIntervalSeconds <= 0) return;
    this.registry.addInterval(JOB, setInterval(() => void this.tick(), this.config.deliveryIntervalSeconds * 1000));
    void this.tick();
  }

  /** Stops the interval and lets a run in progress finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    if (this.registry.doesExist('interval', JOB)) this.registry.deleteInterval(JOB);
    await this.running;
  }

  /** One run: batches until nothing due is left, so a backlog drains without waiting for ticks. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (let batch = 0; batch < 20; batch++) {
        const { sent, failed, retried, skipped } = await this.delivery.deliverDue();
        if (sent + failed + retried + skipped === 0 || retried > 0) return;
      }
    } catch (error) {
      this.logger.warn(`Delivery failed, retrying at the next tick: ${(error as Error).message}`);
    }
  }
}
