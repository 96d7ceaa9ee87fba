import { Inject, Injectable } from '@nestjs/common';
import type { Platform, Resource } from '@hub/mapping';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { SyncMode, SyncRunStatus, SyncTrigger } from '../database/entities/index.js';
import { toSafeInteger } from '../database/safe-integer.js';
import { TenantScopeError, type StoreScope } from '../store/index.js';
import { isUuid } from '../store/store-scope.js';
import { parseResources } from './sync-job.js';
import type { RunErrorDetails, SyncRequest, SyncRunSummary } from './sync-request.js';

/** What one committed page adds to its run. */
export interface PageCounts {
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  apiCalls: number;
}

/** The queued run named by a request is not this administration's, not of this mode, or already started. */
export class SyncRunNotClaimableError extends Error {
  override readonly name = 'SyncRunNotClaimableError';
}

type FinishedRun = Pick<SyncRunSummary, 'runId' | 'status' | 'attempt' | 'retryAt' | 'fetched' | 'created' | 'updated' | 'unchanged' | 'quarantined' | 'apiCalls'>;

export interface StartedRun {
  runId: string;
  attempt: number;
}

/** A run row as the queue processor reads it before starting. */
export interface StoredRun {
  runId: string;
  status: SyncRunStatus;
  mode: SyncMode;
  trigger: SyncTrigger;
  resources: Resource[] | undefined;
  attempt: number;
  platform: Platform;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * The `sync_runs` row of a run. `cursor_before` / `cursor_after` hold one entry per resource
 * (`{ "invoices": <cursor> }`), since a run syncs several resources with a cursor each.
 * Counts are added in the page's transaction, so they always match what was committed.
 */
@Injectable()
export class SyncRunRecorder {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Creates the run, or claims the one named by `runId`: `queued` (first attempt or a retry), or
   * `running` left behind by a worker that died (a resume: the attempt count goes up). The caller
   * of a claim holds the administration's sync lock, so a `running` row cannot be live.
   */
  async start(request: SyncRequest): Promise<StartedRun> {
    const scope = { tenantId: request.tenantId, administrationId: request.administrationId };
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId)) throw new TenantScopeError(scope);
    if (request.runId === undefined) return { runId: await this.create(scope, request), attempt: 1 };
    if (!isUuid(request.runId)) throw new SyncRunNotClaimableError(`run id "${request.runId}" is not a uuid`);
    // SET reads the old row: a `running` row is resumed as the next attempt.
    const rows = await queryRows<{ id: string; attempt: number }>(
      this.dataSource,
      `UPDATE sync_runs
          SET attempt = attempt + CASE WHEN status = 'running' THEN 1 ELSE 0 END,
              status = 'running', started_at = COALESCE(started_at, now()), heartbeat_at = now(),
              cursor_before = COALESCE(cursor_before, '{}'::jsonb), cursor_after = COALESCE(cursor_after, '{}'::jsonb)
        WHERE id = $3 AND tenant_id = $1 AND administration_id = $2 AND mode = $4 AND status IN ('queued', 'running')
        RETURNING id, attempt`,
      [scope.tenantId, scope.administrationId, request.runId, request.mode],
    );
    if (rows.length !== 1) {
      throw new SyncRunNotClaimableError(`run ${request.runId} is not an unfinished ${request.mode} run of administration ${scope.administrationId}`);
    }
    return { runId: rows[0].id, attempt: toSafeInteger(rows[0].attempt, 'attempt') };
  }

  /** The run as the queue processor needs it, or null when it is gone (its administration deleted). */
  async load(scope: StoreScope, runId: string): Promise<StoredRun | null> {
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId) || !isUuid(runId)) return null;
    const [row] = await queryRows<Record<string, unknown>>(
      this.dataSource,
      `SELECT r.id, r.status, r.mode, r.trigger, r.resources, r.attempt, a.platform
         FROM sync_runs r JOIN administrations a ON a.tenant_id = r.tenant_id AND a.id = r.administration_id
        WHERE r.id = $3 AND r.tenant_id = $1 AND r.administration_id = $2`,
      [scope.tenantId, scope.administrationId, runId],
    );
    if (row === undefined) return null;
    return {
      runId: String(row.id),
      status: row.status as SyncRunStatus, // the table's CHECK constraint allows only these
      mode: row.mode as SyncMode,
      trigger: row.trigger as SyncTrigger,
      resources: parseResources(row.resources),
      attempt: toSafeInteger(row.attempt, 'attempt'),
      platform: row.platform as Platform, // administrations' CHECK constraint
    };
  }

  /** The resources this run has committed at least one page of (in an earlier attempt, after a crash). */
  async committedResources(scope: StoreScope, runId: string): Promise<Set<string>> {
    const [row] = await queryRows<{ resources: string[] | null }>(
      this.dataSource,
      `SELECT ARRAY(SELECT jsonb_object_keys(COALESCE(cursor_after, '{}'::jsonb))) AS resources FROM sync_runs WHERE id = $3 AND tenant_id = $1 AND administration_id = $2`,
      [scope.tenantId, scope.administrationId, runId],
    );
    return new Set(row?.resources ?? []);
  }

  /** Shows the run is alive between pages (a page can wait long for the platform's rate limit). */
  async heartbeat(scope: StoreScope, runId: string): Promise<void> {
    await this.update(this.dataSource.manager, scope, runId, `heartbeat_at = now()`, []);
  }

  async noteCursorBefore(scope: StoreScope, runId: string, resource: Resource, cursor: unknown): Promise<void> {
    await this.update(
      this.dataSource.manager,
      scope,
      runId,
      // The first attempt's cursor wins: a resumed run still shows where it started.
      `cursor_before = jsonb_build_object($4::text, $5::jsonb) || COALESCE(cursor_before, '{}'::jsonb)`,
      [resource, JSON.stringify(cursor ?? null)],
    );
  }

  /** Adds a page's counts and its cursor; call with the manager of the page's transaction. */
  async addPage(manager: EntityManager, scope: StoreScope, runId: string, resource: Resource, counts: PageCounts, cursor: unknown): Promise<void> {
    await this.update(
      manager,
      scope,
      runId,
      `fetched = fetched + $4, created = created + $5, updated = updated + $6, unchanged = unchanged + $7,
       quarantined = quarantined + $8, api_calls = api_calls + $9, heartbeat_at = now(),
       cursor_after = cursor_after || jsonb_build_object($10::text, $11::jsonb)`,
      [counts.fetched, counts.created, counts.updated, counts.unchanged, counts.quarantined, counts.apiCalls, resource, JSON.stringify(cursor ?? null)],
    );
  }

  /**
   * Ends the attempt. Without `error`: succeeded, or partial when anything was quarantined. With
   * an error and `retryAt`: back to `queued` for the next attempt, unless another run of the same
   * mode already waits for this administration (that one will carry on from the saved cursors,
   * so this one fails instead of queueing twice). Otherwise failed.
   */
  async finish(scope: StoreScope, runId: string, error: RunErrorDetails | null, retryAt: number | null = null): Promise<FinishedRun> {
    try {
      return await this.finishOnce(scope, runId, error, retryAt);
    } catch (caught) {
      // A trigger queued the same mode between the NOT EXISTS and the UPDATE: fail instead.
      if (retryAt !== null && isUniqueViolation(caught)) return this.finishOnce(scope, runId, error, null);
      throw caught;
    }
  }

  private async finishOnce(scope: StoreScope, runId: string, error: RunErrorDetails | null, retryAt: number | null): Promise<FinishedRun> {
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource,
      `WITH next AS (
         SELECT CASE
                  WHEN $4::text IS NULL THEN CASE WHEN r.quarantined > 0 THEN 'partial' ELSE 'succeeded' END
                  WHEN $7::bigint IS NOT NULL AND (r.trigger = 'replay' OR NOT EXISTS (
                         SELECT 1 FROM sync_runs o
                          WHERE o.administration_id = r.administration_id AND o.mode = r.mode AND o.status = 'queued'
                            AND o.trigger <> 'replay' AND o.id <> r.id)) THEN 'queued'
                  ELSE 'failed'
                END AS status
           FROM sync_runs r WHERE r.id = $3 AND r.tenant_id = $1 AND r.administration_id = $2
       )
       UPDATE sync_runs r
          SET status = next.status,
              attempt = r.attempt + CASE WHEN next.status = 'queued' THEN 1 ELSE 0 END,
              error_class = $4, error_message = $5, error_platform_status = $6,
              finished_at = CASE WHEN next.status = 'queued' THEN NULL ELSE now() END, heartbeat_at = now()
         FROM next
        WHERE r.id = $3 AND r.tenant_id = $1 AND r.administration_id = $2
        RETURNING r.id, r.status, r.attempt, r.fetched, r.created, r.updated, r.unchanged, r.quarantined, r.api_calls`,
      [scope.tenantId, scope.administrationId, runId, error?.errorClass ?? null, error?.message ?? null, error?.platformStatus ?? null, retryAt],
    );
    const row = rows[0];
    if (row === undefined) throw new TenantScopeError(scope);
    const status = row.status as FinishedRun['status']; // the CASE above yields only these
    const attempt = toSafeInteger(row.attempt, 'attempt');
    return {
      runId: String(row.id),
      status,
      // The summary is about the attempt that just ended, not the one queued.
      attempt: status === 'queued' ? attempt - 1 : attempt,
      retryAt: status === 'queued' ? retryAt : null,
      fetched: toSafeInteger(row.fetched, 'fetched'),
      created: toSafeInteger(row.created, 'created'),
      updated: toSafeInteger(row.updated, 'updated'),
      unchanged: toSafeInteger(row.unchanged, 'unchanged'),
      quarantined: toSafeInteger(row.quarantined, 'quarantined'),
      apiCalls: toSafeInteger(row.api_calls, 'api_calls'),
    };
  }

  /** INSERT … SELECT from the tenant's administration: a foreign scope creates nothing. */
  private async create(scope: StoreScope, request: SyncRequest): Promise<string> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, resources, started_at, heartbeat_at, cursor_before, cursor_after)
       SELECT a.tenant_id, a.id, $3, $4, 'running', $5::text[], now(), now(), '{}'::jsonb, '{}'::jsonb
         FROM administrations a
        WHERE a.id = $2::uuid AND a.tenant_id = $1::uuid
       RETURNING id`,
      [scope.tenantId, scope.administrationId, request.trigger, request.mode, request.resources ? [...request.resources] : null],
    );
    if (rows.length !== 1) throw new TenantScopeError(scope);
    return rows[0].id;
  }

  private async update(manager: EntityManager, scope: StoreScope, runId: string, assignments: string, params: unknown[]): Promise<void> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE sync_runs SET ${assignments} WHERE id = $3 AND tenant_id = $1 AND administration_id = $2 RETURNING id`,
      [scope.tenantId, scope.administrationId, runId, ...params],
    );
    if (rows.length !== 1) throw new TenantScopeError(scope);
  }
}
