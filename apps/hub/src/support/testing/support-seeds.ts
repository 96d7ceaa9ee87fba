// Rows the support API reads, written directly: runs and quarantined records in any state.
import type { DataSource } from 'typeorm';
import type { SyncMode, SyncRunStatus, SyncTrigger } from '../../database/entities/index.js';

export interface RunSeed {
  trigger?: SyncTrigger;
  mode?: SyncMode;
  status?: SyncRunStatus;
  resources?: string[] | null;
  replayOf?: string | null;
  requestedBy?: string | null;
  errorClass?: string | null;
  errorMessage?: string | null;
  errorPlatformStatus?: number | null;
  counts?: { fetched: number; created: number; updated: number; unchanged: number; quarantined: number; apiCalls: number };
  cursorBefore?: unknown;
  cursorAfter?: unknown;
  /** When it was queued; runs list newest first by this. */
  queuedAt?: string;
}

const FINISHED = new Set<SyncRunStatus>(['succeeded', 'partial', 'failed']);

export async function seedRun(dataSource: DataSource, scope: { tenantId: string; administrationId: string }, seed: RunSeed = {}): Promise<string> {
  const status = seed.status ?? 'failed';
  const counts = seed.counts ?? { fetched: 0, created: 0, updated: 0, unchanged: 0, quarantined: 0, apiCalls: 0 };
  const queuedAt = seed.queuedAt ?? new Date().toISOString();
  const failed = status === 'failed';
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, resources, replay_of, requested_by,
            fetched, created, updated, unchanged, quarantined, api_calls, error_class, error_message, error_platform_status,
            cursor_before, cursor_after, queued_at, started_at, finished_at, heartbeat_at)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19::jsonb,
             $20::timestamptz, CASE WHEN $5 = 'queued' THEN NULL ELSE $20::timestamptz END,
             CASE WHEN $21 THEN $20::timestamptz + interval '5 seconds' END, CASE WHEN $5 = 'running' THEN now() END)
     RETURNING id`,
    [
      scope.tenantId,
      scope.administrationId,
      seed.trigger ?? 'schedule',
      seed.mode ?? 'incremental',
      status,
      seed.resources ?? null,
      seed.replayOf ?? null,
      seed.requestedBy ?? null,
      counts.fetched,
      counts.created,
      counts.updated,
      counts.unchanged,
      counts.quarantined,
      counts.apiCalls,
      seed.errorClass === undefined ? (failed ? 'transient' : null) : seed.errorClass,
      seed.errorMessage === undefined ? (failed ? 'the platform answered 503' : null) : seed.errorMessage,
      seed.errorPlatformStatus ?? null,
      seed.cursorBefore === undefined ? null : JSON.stringify(seed.cursorBefore),
      seed.cursorAfter === undefined ? null : JSON.stringify(seed.cursorAfter),
      queuedAt,
      FINISHED.has(status),
    ],
  );
  return row.id;
}

export interface QuarantineSeed {
  resource?: string;
  externalId?: string | null;
  raw?: unknown;
  error?: { field: string; rawValue: unknown; reason: string; message: string };
  status?: 'quarantined' | 'released';
  firstRunId?: string | null;
  lastRunId?: string | null;
  occurrences?: number;
}

export const SAMPLE_MAPPING_ERROR = { field: 'AmountDC', rawValue: 'twelve', reason: 'not a number', message: 'AmountDC: not a number (got "twelve")' };

export async function seedQuarantined(dataSource: DataSource, scope: { tenantId: string; administrationId: string }, seed: QuarantineSeed = {}): Promise<string> {
  const externalId = seed.externalId === undefined ? `X-${Math.random().toString(36).slice(2, 10)}` : seed.externalId;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO quarantined_records (tenant_id, administration_id, resource, external_id, raw_payload, error, status, occurrences, first_run_id, last_run_id, released_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, CASE WHEN $7 = 'released' THEN now() END)
     RETURNING id`,
    [
      scope.tenantId,
      scope.administrationId,
      seed.resource ?? 'debtors',
      externalId,
      JSON.stringify(seed.raw ?? { ID: externalId, AmountDC: 'twelve' }),
      JSON.stringify(seed.error ?? SAMPLE_MAPPING_ERROR),
      seed.status ?? 'quarantined',
      seed.occurrences ?? 1,
      seed.firstRunId ?? null,
      seed.lastRunId ?? null,
    ],
  );
  return row.id;
}
