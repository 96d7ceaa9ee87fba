import { Inject, Injectable } from '@nestjs/common';
import type { Resource } from '@hub/mapping';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { toSafeInteger } from '../database/safe-integer.js';
import { TenantScopeError, type StoreScope } from '../store/index.js';
import { isUuid } from '../store/store-scope.js';
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

type RunCounts = Pick<SyncRunSummary, 'runId' | 'status' | 'fetched' | 'created' | 'updated' | 'unchanged' | 'quarantined' | 'apiCalls'>;

/**
 * The `sync_runs` row of a run. `cursor_before` / `cursor_after` hold one entry per resource
 * (`{ "invoices": <cursor> }`), since a run syncs several resources with a cursor each.
 * Counts are added in the page's transaction, so they always match what was committed.
 */
@Injectable()
export class SyncRunRecorder {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Creates the run (or claims the queued one named by `runId`) in status `running`. */
  async start(request: SyncRequest): Promise<string> {
    const scope = { tenantId: request.tenantId, administrationId: request.administrationId };
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId)) throw new TenantScopeError(scope);
    if (request.runId === undefined) return this.create(scope, request);
    if (!isUuid(request.runId)) throw new SyncRunNotClaimableError(`run id "${request.runId}" is not a uuid`);
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE sync_runs SET status = 'running', started_at = now(), heartbeat_at = now(),
              cursor_before = '{}'::jsonb, cursor_after = '{}'::jsonb
        WHERE id = $3 AND tenant_id = $1 AND administration_id = $2 AND mode = $4 AND status = 'queued'
        RETURNING id`,
      [scope.tenantId, scope.administrationId, request.runId, request.mode],
    );
    if (rows.length !== 1) {
      throw new SyncRunNotClaimableError(`run ${request.runId} is not a queued ${request.mode} run of administration ${scope.administrationId}`);
    }
    return rows[0].id;
  }

  async noteCursorBefore(scope: StoreScope, runId: string, resource: Resource, cursor: unknown): Promise<void> {
    await this.update(
      this.dataSource.manager,
      scope,
      runId,
      `cursor_before = cursor_before || jsonb_build_object($4::text, $5::jsonb)`,
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

  /** Ends the run: failed with `error`, else partial when anything was quarantined, else succeeded. */
  async finish(scope: StoreScope, runId: string, error: RunErrorDetails | null): Promise<RunCounts> {
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource,
      `UPDATE sync_runs
          SET status = CASE WHEN $4::text IS NOT NULL THEN 'failed' WHEN quarantined > 0 THEN 'partial' ELSE 'succeeded' END,
              error_class = $4, error_message = $5, error_platform_status = $6, finished_at = now(), heartbeat_at = now()
        WHERE id = $3 AND tenant_id = $1 AND administration_id = $2
        RETURNING id, status, fetched, created, updated, unchanged, quarantined, api_calls`,
      [scope.tenantId, scope.administrationId, runId, error?.errorClass ?? null, error?.message ?? null, error?.platformStatus ?? null],
    );
    const row = rows[0];
    if (row === undefined) throw new TenantScopeError(scope);
    return {
      runId: String(row.id),
      status: row.status as RunCounts['status'], // the CASE above yields only these
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
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, started_at, heartbeat_at, cursor_before, cursor_after)
       SELECT a.tenant_id, a.id, $3, $4, 'running', now(), now(), '{}'::jsonb, '{}'::jsonb
         FROM administrations a
        WHERE a.id = $2::uuid AND a.tenant_id = $1::uuid
       RETURNING id`,
      [scope.tenantId, scope.administrationId, request.trigger, request.mode],
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
