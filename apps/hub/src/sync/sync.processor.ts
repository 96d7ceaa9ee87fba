import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { HUB_CONFIG } from '../core/tokens.js';
import { MetricsService } from '../observability/metrics.service.js';
import { QUEUES } from '../queues/queue-names.js';
import { StaleRunSweeper } from './stale-run-sweeper.js';
import { parseSyncJobData, SYNC_JOBS } from './sync-job.js';
import { SyncRunExecutor } from './sync-run-executor.js';
import { SyncSchedulePlanner } from './sync-schedule-planner.js';

/** How long a run waits before asking again for a lock another worker holds. */
export const LOCK_WAIT_MS = 3_000;

/**
 * The `sync` queue's worker (worker processes only): runs, the schedule planner and the sweeper.
 * A run job never retries through BullMQ's attempts: the run row decides (retry-policy.ts) and
 * the job is moved back to `delayed` until the next attempt, so a retry is still the same run.
 * Stalled jobs (a worker killed mid-run) come back a few times; the sweeper resumes them faster.
 */
@Processor(QUEUES.sync, { maxStalledCount: 5 })
export class SyncProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SyncProcessor.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
    @Inject(SyncRunExecutor) private readonly executor: SyncRunExecutor,
    @Inject(SyncSchedulePlanner) private readonly planner: SyncSchedulePlanner,
    @Inject(StaleRunSweeper) private readonly sweeper: StaleRunSweeper,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.SYNC_CONCURRENCY;
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case SYNC_JOBS.plan:
        return { requested: await this.planner.plan() };
      case SYNC_JOBS.sweep:
        return this.sweeper.sweep();
      case SYNC_JOBS.run:
        return this.run(job, token);
      default:
        throw new UnrecoverableError(`Unknown sync job "${job.name}"`);
    }
  }

  private async run(job: Job, token: string | undefined): Promise<unknown> {
    const data = parseSyncJobData(job.data);
    if (data === null) throw new UnrecoverableError(`sync job ${job.id} has malformed data`);
    const execution = await this.executor.execute(data);
    if (execution.kind === 'locked') return this.delay(job, token, Date.now() + LOCK_WAIT_MS);
    if (execution.kind !== 'ran') return { runId: data.runId, status: execution.kind === 'gone' ? 'gone' : execution.status };

    const { summary } = execution;
    this.metrics.jobsProcessed.inc({ queue: QUEUES.sync, job: job.name, outcome: summary.status });
    if (summary.status === 'queued' && summary.retryAt !== null) {
      this.logger.log({ runId: summary.runId, attempt: summary.attempt, errorClass: summary.error?.errorClass, retryAt: new Date(summary.retryAt).toISOString() }, 'sync run waits for another attempt');
      return this.delay(job, token, summary.retryAt);
    }
    // The run row holds the failure; failing the job too shows it in the queue dashboard.
    if (summary.status === 'failed') throw new UnrecoverableError(`sync run ${summary.runId} failed (${summary.error?.errorClass ?? 'unknown'}): ${summary.error?.message ?? ''}`);
    return { runId: summary.runId, status: summary.status };
  }

  /** Back to `delayed` without using up an attempt (BullMQ's documented manual-delay pattern). */
  private async delay(job: Job, token: string | undefined, until: number): Promise<never> {
    await job.moveToDelayed(until, token);
    throw new DelayedError();
  }
}
