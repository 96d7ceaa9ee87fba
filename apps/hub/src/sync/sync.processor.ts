import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { MetricsService } from '../observability/metrics.service.js';
import { QUEUES } from '../queues/queue-names.js';
import { AdministrationSyncService } from './administration-sync.service.js';
import { parseSyncJobData, SYNC_JOBS, type SyncJobResult } from './sync-job.js';

/** Runs `sync` jobs (worker processes only). A failed run fails its job, so it shows as failed in the queue too. */
@Processor(QUEUES.sync)
export class SyncProcessor extends WorkerHost {
  private readonly logger = new Logger(SyncProcessor.name);

  constructor(
    @Inject(AdministrationSyncService) private readonly sync: AdministrationSyncService,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    super();
  }

  async process(job: Job): Promise<SyncJobResult> {
    if (job.name !== SYNC_JOBS.run) throw new UnrecoverableError(`Unknown sync job "${job.name}"`);
    const data = parseSyncJobData(job.data);
    if (data === null) throw new UnrecoverableError(`sync job ${job.id} has malformed data`);
    this.logger.debug({ jobId: job.id, administrationId: data.administrationId, trigger: data.trigger }, 'sync job started');
    const summary = await this.sync.run(data);
    this.metrics.jobsProcessed.inc({ queue: QUEUES.sync, job: job.name, outcome: summary.status });
    if (summary.status === 'failed') {
      throw new Error(`sync run ${summary.runId} failed (${summary.error?.errorClass ?? 'unknown'}): ${summary.error?.message ?? ''}`);
    }
    return { runId: summary.runId, status: summary.status };
  }
}
