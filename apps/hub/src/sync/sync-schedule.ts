import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import type { Queue } from 'bullmq';
import { HUB_CONFIG } from '../core/tokens.js';
import { QUEUES } from '../queues/queue-names.js';
import { StaleRunSweeper } from './stale-run-sweeper.js';
import { SYNC_JOBS } from './sync-job.js';

export const PLAN_EVERY_MS = 60_000;
export const SWEEP_EVERY_MS = 30_000;

/**
 * With SYNC_SCHEDULER=on, registers the planner and sweeper job schedulers when a worker starts (upserted by id: any
 * number of workers register each once), and sweeps at once, so runs left behind by a worker
 * that was killed resume as soon as a worker is back.
 */
@Injectable()
export class SyncSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SyncSchedule.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
    @InjectQueue(QUEUES.sync) private readonly queue: Queue,
    @Inject(StaleRunSweeper) private readonly sweeper: StaleRunSweeper,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SYNC_SCHEDULER === 'off') return;
    await this.queue.upsertJobScheduler(SYNC_JOBS.plan, { every: PLAN_EVERY_MS }, { name: SYNC_JOBS.plan });
    await this.queue.upsertJobScheduler(SYNC_JOBS.sweep, { every: SWEEP_EVERY_MS }, { name: SYNC_JOBS.sweep });
    this.sweeper.sweep().catch((error: unknown) => this.logger.error({ err: error }, 'start-up sweep failed'));
  }
}
