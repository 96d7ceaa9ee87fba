import { Inject, Injectable, Logger } from '@nestjs/common';
import { MetricsService } from '../observability/metrics.service.js';
import type { StoreScope } from '../store/index.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import { AdministrationSyncService } from './administration-sync.service.js';
import { ConnectionReconnectMarker } from './connection-reconnect-marker.js';
import type { SyncJobData } from './sync-job.js';
import type { SyncRunSummary } from './sync-request.js';
import { SyncRunRecorder } from './sync-run-recorder.js';

/** Touch the run this often while it works, so nobody mistakes a slow run for a dead one. */
export const RUN_HEARTBEAT_MS = 15_000;

export type RunExecution =
  /** Another worker holds the administration's lock: try again shortly. */
  | { kind: 'locked' }
  /** The run (or its administration) no longer exists. */
  | { kind: 'gone' }
  /** Delivered again after it finished (a stalled job, a sweeper's resume): nothing to do. */
  | { kind: 'finished'; status: string }
  | { kind: 'ran'; summary: SyncRunSummary };

/**
 * Runs one queued run under the administration's lock. Reads everything from the run row (a job
 * carries ids only), so a job that arrives after its run moved on exits cleanly.
 */
@Injectable()
export class SyncRunExecutor {
  private readonly logger = new Logger(SyncRunExecutor.name);

  constructor(
    @Inject(AdministrationSyncLocks) private readonly locks: AdministrationSyncLocks,
    @Inject(SyncRunRecorder) private readonly runs: SyncRunRecorder,
    @Inject(AdministrationSyncService) private readonly sync: AdministrationSyncService,
    @Inject(ConnectionReconnectMarker) private readonly connections: ConnectionReconnectMarker,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {}

  async execute(job: SyncJobData): Promise<RunExecution> {
    const scope: StoreScope = { tenantId: job.tenantId, administrationId: job.administrationId };
    const locked = await this.locks.withLock(job.administrationId, () => this.executeLocked(scope, job.runId));
    return locked === null ? { kind: 'locked' } : locked.value;
  }

  private async executeLocked(scope: StoreScope, runId: string): Promise<RunExecution> {
    const run = await this.runs.load(scope, runId);
    if (run === null) return { kind: 'gone' };
    if (run.status !== 'queued' && run.status !== 'running') return { kind: 'finished', status: run.status };
    if (run.status === 'running') this.logger.warn({ runId, administrationId: scope.administrationId, attempt: run.attempt }, 'resuming a run whose worker died');

    const started = performance.now();
    const heartbeat = setInterval(() => {
      this.runs.heartbeat(scope, runId).catch((error: unknown) => this.logger.warn({ runId, err: error }, 'sync run heartbeat failed'));
    }, RUN_HEARTBEAT_MS);
    let summary: SyncRunSummary;
    try {
      summary = await this.sync.runLocked({ ...scope, runId, mode: run.mode, trigger: run.trigger, resources: run.resources, retry: true });
    } finally {
      clearInterval(heartbeat);
    }

    this.metrics.syncRuns.inc({ platform: run.platform, trigger: run.trigger, mode: run.mode, status: summary.status });
    this.metrics.syncRunDuration.observe({ platform: run.platform, mode: run.mode }, (performance.now() - started) / 1000);
    if (summary.error?.errorClass === 'auth' && (await this.connections.markNeedsReconnect(scope, summary.error))) {
      this.logger.warn({ runId, administrationId: scope.administrationId }, 'the platform refused the credentials: connection marked needs_reconnect');
    }
    return { kind: 'ran', summary };
  }
}
