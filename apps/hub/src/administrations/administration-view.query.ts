// The administration view in one statement per page: each administration's connection, data
// freshness (sync_cursors), last finished run and the statuses its health is computed from,
// through LATERAL joins that each read a few index entries (sync_runs_finished_idx,
// sync_cursors' primary key) instead of one query per administration.
import { administrationHealth, HEALTH_WINDOW } from './administration-health.js';
import { type AdministrationView, DEFAULT_SYNC_SCHEDULE, type AdministrationLastSyncView, type SyncSchedule } from './administration.dto.js';

export interface AdministrationViewRow {
  id: string;
  platform: string;
  external_id: string;
  name: string;
  connection_id: string;
  connection_status: string;
  enabled: boolean;
  sync_schedule: Partial<SyncSchedule> | null;
  dunning_policy_id: string | null;
  created_at: Date;
  updated_at: Date;
  debtors_synced_at: Date | null;
  invoices_synced_at: Date | null;
  payments_synced_at: Date | null;
  /** Statuses of the last HEALTH_WINDOW finished runs, newest first; null when none finished. */
  recent_statuses: string[] | null;
  /** The latest finished run, already in the shape of the view (built in SQL). */
  last_sync: AdministrationLastSyncView | null;
}

/**
 * SELECT list and joins for administrations read from `source` (the table, or a CTE with its
 * columns such as the RETURNING of an UPDATE), aliased `a`. Append WHERE / ORDER BY / LIMIT.
 */
export function administrationViewSql(source: string, extraColumns = ''): string {
  return `
    SELECT a.id, a.platform, a.external_id, a.name, a.connection_id, a.enabled, a.sync_schedule, a.dunning_policy_id,
           a.created_at, a.updated_at${extraColumns},
           c.status AS connection_status,
           freshness.debtors_synced_at, freshness.invoices_synced_at, freshness.payments_synced_at,
           recent.statuses AS recent_statuses,
           last_run.last_sync
      FROM ${source} a
      JOIN connections c ON c.tenant_id = a.tenant_id AND c.id = a.connection_id
      CROSS JOIN LATERAL (
        SELECT max(sc.last_success_at) FILTER (WHERE sc.resource = 'debtors') AS debtors_synced_at,
               max(sc.last_success_at) FILTER (WHERE sc.resource = 'invoices') AS invoices_synced_at,
               max(sc.last_success_at) FILTER (WHERE sc.resource = 'payments') AS payments_synced_at
          FROM sync_cursors sc
         WHERE sc.tenant_id = a.tenant_id AND sc.administration_id = a.id
      ) freshness
      CROSS JOIN LATERAL (
        SELECT array_agg(finished.status ORDER BY finished.finished_at DESC, finished.id DESC) AS statuses
          FROM (SELECT r.id, r.status, r.finished_at FROM sync_runs r
                 WHERE r.tenant_id = a.tenant_id AND r.administration_id = a.id AND r.finished_at IS NOT NULL
                 ORDER BY r.finished_at DESC, r.id DESC
                 LIMIT ${HEALTH_WINDOW}) finished
      ) recent
      LEFT JOIN LATERAL (
        SELECT jsonb_build_object(
                 'runId', r.id, 'trigger', r.trigger, 'mode', r.mode, 'status', r.status,
                 'finishedAt', to_char(r.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'fetched', r.fetched, 'quarantined', r.quarantined,
                 'error', CASE WHEN r.error_class IS NULL THEN NULL
                               ELSE jsonb_build_object('class', r.error_class, 'message', coalesce(r.error_message, '')) END
               ) AS last_sync
          FROM sync_runs r
         WHERE r.tenant_id = a.tenant_id AND r.administration_id = a.id AND r.finished_at IS NOT NULL
         ORDER BY r.finished_at DESC, r.id DESC
         LIMIT 1
      ) last_run ON true`;
}

export function presentAdministration(row: AdministrationViewRow): AdministrationView {
  return {
    id: row.id,
    platform: row.platform,
    externalId: row.external_id,
    name: row.name,
    connectionId: row.connection_id,
    connection: { id: row.connection_id, status: row.connection_status },
    enabled: row.enabled,
    syncSchedule: { ...DEFAULT_SYNC_SCHEDULE, ...(row.sync_schedule ?? {}) },
    dunningPolicyId: row.dunning_policy_id,
    health: administrationHealth(row.connection_status, row.recent_statuses ?? []),
    freshness: {
      debtors: iso(row.debtors_synced_at),
      invoices: iso(row.invoices_synced_at),
      payments: iso(row.payments_synced_at),
      oldest: oldest([row.debtors_synced_at, row.invoices_synced_at, row.payments_synced_at]),
    },
    lastSync: row.last_sync,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The stalest resource decides how fresh the administration is; one never synced makes it unknown. */
function oldest(times: (Date | null)[]): string | null {
  if (times.some((time) => time === null)) return null;
  return iso(new Date(Math.min(...times.map((time) => (time as Date).getTime()))));
}

function iso(time: Date | null): string | null {
  return time === null ? null : time.toISOString();
}
