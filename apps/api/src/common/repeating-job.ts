import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * A background job on an interval: registered with the scheduler registry (so it is visible and
 * stoppable), never overlapping itself (a tick during a run joins that run), logging a failed
 * run instead of crashing (e.g. PostgreSQL restarting) so the next tick tries again, and letting
 * a run in progress finish on shutdown.
 */
export class RepeatingJob {
  private running: Promise<void> | null = null;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly name: string,
    private readonly logger: Logger,
    private readonly run: () => Promise<void>,
  ) {}

  /** Starts ticking every `intervalMs` (and once now); 0 or less leaves the job off. */
  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.registry.addInterval(this.name, setInterval(() => void this.tick(), intervalMs));
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.registry.doesExist('interval', this.name)) this.registry.deleteInterval(this.name);
    await this.running;
  }

  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.run()
      .catch((error: unknown) => this.logger.warn(`${this.name} failed, retrying at the next tick: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
