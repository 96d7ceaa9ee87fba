import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Resource } from '@hub/mapping';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { SyncMode, SyncTrigger } from '../database/entities/index.js';
import { QUEUES } from '../queues/queue-names.js';
import { TenantScopeError } from '../store/index.js';
import { isUuid } from '../store/store-scope.js';
import { SYNC_JOBS, syncJobId, type SyncJobData, type SyncJobResult } from './sync-job.js';

/** Long enough to gather a burst of webhook deliveries into one run, short enough to feel immediate. */
export const WEBHOOK_SYNC_DELAY_MS = 5_000;

export interface RunRequest {
  tenantId: string;
  administrationId: string;
  mode: SyncMode;
  trigger: SyncTrigger;
  /** Default: the mode's resources (resourcesFor). */
  resources?: readonly Resource[];
  /** The run this one replays (trigger `replay`). */
  replayOf?: string;
  /** Who asked (`api-key:<id>`), for manual runs and replays. */
  requestedBy?: string;
  /** Wait this long before starting (webhook bursts). */
  delayMs?: number;
}

export interface RequestedRun {
  runId: string;
  /** True when the request joined a run already waiting instead of creating one. */
  coalesced: boolean;
}

/**
 * Asks for sync runs without running them: every trigger (schedule, webhook, manual, replay)
 * creates a `queued` row in `sync_runs` and a `sync` job named after it. A non-replay request
 * while a run of the same mode waits for that administration joins it (a partial unique index,
 * so concurrent requests from any number of processes coalesce). A request arriving while a run
 * is *running* queues one follow-up: the running one may already have passed the change.
 */
@Injectable()
export class SyncRunRequester {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.sync) private readonly queue: Queue<SyncJobData, SyncJobResult>,
  ) {}

  async request(request: RunRequest): Promise<RequestedRun> {
    const { tenantId, administrationId } = request;
    if (!isUuid(tenantId) || !isUuid(administrationId)) throw new TenantScopeError({ tenantId, administrationId });
    const inserted = await queryRows<{ id: string }>(
      this.dataSource,
      // INSERT … SELECT from the tenant's administration: a foreign scope creates nothing.
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, resources, replay_of, requested_by)
       SELECT a.tenant_id, a.id, $3, $4, 'queued', $5::text[], $6::uuid, $7
         FROM administrations a
        WHERE a.id = $2::uuid AND a.tenant_id = $1::uuid
       ON CONFLICT (administration_id, mode) WHERE status = 'queued' AND trigger <> 'replay' DO NOTHING
       RETURNING id`,
      [tenantId, administrationId, request.trigger, request.mode, request.resources ? [...new Set(request.resources)] : null, request.replayOf ?? null, request.requestedBy ?? null],
    );
    if (inserted.length === 1) {
      const runId = inserted[0].id;
      await this.enqueue({ tenantId, administrationId, runId }, request.delayMs ?? 0);
      return { runId, coalesced: false };
    }
    const [waiting] = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM sync_runs
        WHERE tenant_id = $1 AND administration_id = $2 AND mode = $3 AND status = 'queued' AND trigger <> 'replay'`,
      [tenantId, administrationId, request.mode],
    );
    if (waiting !== undefined) return { runId: waiting.id, coalesced: true };
    // Not the tenant's administration, or the waiting run started between the two statements.
    const [administration] = await queryRows<{ id: string }>(this.dataSource, `SELECT id FROM administrations WHERE id = $2 AND tenant_id = $1`, [tenantId, administrationId]);
    if (administration === undefined) throw new TenantScopeError({ tenantId, administrationId });
    return this.request(request);
  }

  /**
   * Adds the job for a queued run. Idempotent (the job id is the run's), so the sweeper may call
   * it for a queued run whose job was lost between the INSERT and here.
   */
  async enqueue(data: SyncJobData, delayMs = 0): Promise<void> {
    await this.queue.add(SYNC_JOBS.run, data, { jobId: syncJobId(data.runId), delay: delayMs });
  }
}
