import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { SyncTrigger } from '../database/entities/index.js';
import { QUEUES } from '../queues/queue-names.js';
import { incrementalSyncDeduplicationId, SYNC_JOBS, type SyncJobData, type SyncJobResult } from './sync-job.js';

/** Long enough to gather a burst of webhook deliveries into one run, short enough to feel immediate. */
export const INCREMENTAL_SYNC_DELAY_MS = 5_000;

/**
 * Asks for syncs without running them. Incremental requests coalesce per administration: while
 * one is pending (delayed or waiting) another request joins it. BullMQ deduplication rather than
 * a fixed jobId: a finished job stays in Redis for a day (removeOnComplete) and would swallow
 * every later job with its id, and `keepLastIfActive` keeps one follow-up when a request arrives
 * while a run is active (that run may already have passed the change).
 */
@Injectable()
export class SyncTriggerService {
  constructor(@InjectQueue(QUEUES.sync) private readonly queue: Queue<SyncJobData, SyncJobResult>) {}

  /** Returns the id of the pending job that will run the sync (a new one or the one joined). */
  async requestIncremental(tenantId: string, administrationId: string, trigger: SyncTrigger): Promise<string> {
    const job = await this.queue.add(
      SYNC_JOBS.run,
      { tenantId, administrationId, trigger, mode: 'incremental' },
      { delay: INCREMENTAL_SYNC_DELAY_MS, deduplication: { id: incrementalSyncDeduplicationId(administrationId), keepLastIfActive: true } },
    );
    if (job.id === undefined) throw new Error(`the sync queue did not return a job id for administration ${administrationId}`);
    return job.id;
  }
}
