import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../config/app-config';
import { DeliveryJob } from './delivery.job';
import type { DeliveryResult, DeliveryService } from './delivery.service';

const nothing: DeliveryResult = { sent: 0, failed: 0, retried: 0, skipped: 0 };

function job(deliverDue: jest.Mock, deliveryIntervalSeconds = 0) {
  const registry = new SchedulerRegistry();
  const delivery = { deliverDue } as unknown as DeliveryService;
  return { registry, job: new DeliveryJob(delivery, registry, { deliveryIntervalSeconds } as AppConfig) };
}

describe('DeliveryJob', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('skips a tick while a run is still going', async () => {
    let finish: (result: DeliveryResult) => void = () => undefined;
    const deliverDue = jest.fn(() => new Promise<DeliveryResult>((resolve) => (finish = resolve)));
    const { job: j } = job(deliverDue);
    const first = j.tick();
    const second = j.tick();
    finish(nothing);
    await Promise.all([first, second]);
    expect(deliverDue).toHaveBeenCalledTimes(1);
  });

  it('keeps taking batches while there is work, and stops at the first empty one', async () => {
    const deliverDue = jest
      .fn()
      .mockResolvedValueOnce({ ...nothing, sent: 50 })
      .mockResolvedValueOnce({ ...nothing, skipped: 3 })
      .mockResolvedValue(nothing);
    await job(deliverDue).job.tick();
    expect(deliverDue).toHaveBeenCalledTimes(3);
  });

  it('stops at a batch with failures: they wait for their backoff', async () => {
    const deliverDue = jest.fn().mockResolvedValue({ ...nothing, retried: 2 });
    await job(deliverDue).job.tick();
    expect(deliverDue).toHaveBeenCalledTimes(1);
  });

  it('logs a failed run (e.g. the database restarting) instead of crashing, and runs again next time', async () => {
    const deliverDue = jest.fn().mockRejectedValueOnce(new Error('Connection terminated')).mockResolvedValue(nothing);
    const { job: j } = job(deliverDue);
    await expect(j.tick()).resolves.toBeUndefined();
    expect(Logger.prototype.warn).toHaveBeenCalledWith(expect.stringContaining('Connection terminated'));
    await j.tick();
    expect(deliverDue).toHaveBeenCalledTimes(2);
  });

  it('registers its interval only when DELIVERY_INTERVAL_SECONDS > 0, and removes it on shutdown', async () => {
    const off = job(jest.fn().mockResolvedValue(nothing), 0);
    off.job.onApplicationBootstrap();
    expect(off.registry.getIntervals()).toEqual([]);

    const on = job(jest.fn().mockResolvedValue(nothing), 30);
    on.job.onApplicationBootstrap();
    expect(on.registry.getIntervals()).toEqual(['deliver-outbox']);
    await on.job.onModuleDestroy();
    expect(on.registry.getIntervals()).toEqual([]);
  });
});
