import type { SyncRunStatus, SyncTrigger } from '../database/entities/index.js';
import { toUtcInstant } from './instant-filter.js';
import type { SqlParams } from './sql-params.js';

/** The filters of GET /sync-runs and POST /sync-runs/replay: the same meaning in both, so a list previews a bulk replay. */
export interface SyncRunFilters {
  administrationId?: string;
  statuses?: readonly SyncRunStatus[];
  trigger?: SyncTrigger;
  /** Queued at or after (ISO 8601, validated). */
  since?: string;
  errorClass?: string;
}

/** WHERE conditions (to be joined with AND) over `sync_runs`, always scoped to the tenant. */
export function syncRunConditions(params: SqlParams, tenantId: string, filters: SyncRunFilters): string[] {
  const conditions = [`tenant_id = ${params.add(tenantId)}::uuid`];
  if (filters.administrationId !== undefined) conditions.push(`administration_id = ${params.add(filters.administrationId)}::uuid`);
  if (filters.statuses !== undefined) conditions.push(`status = ANY(${params.add([...filters.statuses])}::text[])`);
  if (filters.trigger !== undefined) conditions.push(`trigger = ${params.add(filters.trigger)}`);
  if (filters.since !== undefined) conditions.push(`queued_at >= ${params.add(toUtcInstant(filters.since))}::timestamptz`);
  if (filters.errorClass !== undefined) conditions.push(`error_class = ${params.add(filters.errorClass)}`);
  return conditions;
}
