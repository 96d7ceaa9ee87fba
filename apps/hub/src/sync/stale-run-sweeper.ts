import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { QUEUES } from '../queues/queue-names.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import { resumeJobId, SYNC_JOBS, syncJobId, type SyncJobData, type SyncJobResult } from './sync-job.js';
import { SyncRunRequester } from './sync-run-requester.js';

/** A queued run older than this without a job lost it (a crash between the INSERT and the add). */
export const LOST_JOB_AFTER_MS = 60_000;
const BATCH = 200;

interface RunRow {
  id: string;
  tenant_id: string;
  administration_id: string;
  attempt: number;
}

export interface SweepOutcome {
  resumed: string[];
  requeued: string[];
}

/**
 * Finds runs nobody is working on. A `running` run whose administration lock is free has lost
 * its worker (the lock lives in the worker's database session, which died with it): it gets a
 * resume job of its own, because the dead worker's job stays `active` in BullMQ until its lock
 * expires. A `queued` run whose job is missing or dead gets it back. Both paths are idempotent.
 */
@Injectable()
export class StaleRunSweeper {
  private readonly logger = new Logger(StaleRunSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AdministrationSyncLocks) private readonly locks: AdministrationSyncLocks,
    @Inject(SyncRunRequester) private readonly requester: SyncRunRequester,
    @InjectQueue(QUEUES.sync) private readonly queue: Queue<SyncJobData, SyncJobResult>,
  ) {}

  async sweep(): Promise<SweepOutcome> {
    const outcome: SweepOutcome = { resumed: [], requeued: [] };
    // A maintenance scan across tenants; each run is handled in its own scope.
    const running = await queryRows<RunRow>(this.dataSource, `SELECT id, tenant_id, administration_id, attempt FROM sync_runs WHERE status = 'running' LIMIT ${BATCH}`, []);
    for (const run of running) if (await this.resumeIfDead(run)) outcome.resumed.push(run.id);

    const queued = await queryRows<RunRow>(
      this.dataSource,
      `SELECT id, tenant_id, administration_id, attempt FROM sync_runs
        WHERE status = 'queued' AND queued_at < now() - make_interval(secs => $1) LIMIT ${BATCH}`,
      [LOST_JOB_AFTER_MS / 1000],
    );
    for (const run of queued) if (await this.requeueIfLost(run)) outcome.requeued.push(run.id);
    if (outcome.resumed.length + outcome.requeued.length > 0) this.logger.warn(outcome, 'sweeper picked up runs nobody was working on');
    return outcome;
  }

  private async resumeIfDead(run: RunRow): Promise<boolean> {
    const resumed = await this.locks.withLock(run.administration_id, async () => {
      // Under the lock: if it still says running, its worker is gone.
      const [still] = await queryRows<{ id: string }>(this.dataSource, `SELECT id FROM sync_runs WHERE id = $1 AND status = 'running'`, [run.id]);
      if (still === undefined) return false;
      await this.queue.add(SYNC_JOBS.run, jobData(run), { jobId: resumeJobId(run.id, run.attempt) });
      return true;
    });
    return resumed?.value ?? false;
  }

  private async requeueIfLost(run: RunRow): Promise<boolean> {
    const job = await this.queue.getJob(syncJobId(run.id));
    if (job === undefined) {
      await this.requester.enqueue(jobData(run));
      return true;
    }
    const state = await job.getState();
    if (state === 'failed' || state === 'completed') {
      // The job ended without the run ending (a crash between the two): run it again.
      await job.remove();
      await this.requester.enqueue(jobData(run));
      return true;
    }
    return false;
  }
}

function jobData(run: RunRow): SyncJobData {
  return { tenantId: run.tenant_id, administrationId: run.administration_id, runId: run.id };
}
