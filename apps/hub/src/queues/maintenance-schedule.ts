import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { MAINTENANCE_JOBS, QUEUES } from './queue-names.js';

/** Every 6 hours: idle tokens are refreshed after 7 days, far inside Exact's 30, even if a worker was down for days. */
export const EXACT_KEEP_ALIVE_EVERY_MS = 6 * 3_600_000;

/**
 * Registers the recurring maintenance jobs when a worker starts. Job schedulers are upserted by
 * id, so any number of workers starting register each schedule once.
 */
@Injectable()
export class MaintenanceSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(MAINTENANCE_JOBS.exactKeepAlive, { every: EXACT_KEEP_ALIVE_EVERY_MS }, { name: MAINTENANCE_JOBS.exactKeepAlive });
  }
}
