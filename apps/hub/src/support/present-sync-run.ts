import type { SyncMode, SyncRunStatus, SyncTrigger } from '../database/entities/index.js';
import type { SyncRunErrorView, SyncRunView } from './sync-run.view.js';

/** A `sync_runs` row as selected with SYNC_RUN_COLUMNS. */
export interface SyncRunRow {
  id: string;
  administration_id: string;
  trigger: SyncTrigger;
  mode: SyncMode;
  status: SyncRunStatus;
  attempt: number;
  requested_by: string | null;
  resources: string[] | null;
  replay_of: string | null;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  api_calls: number;
  error_class: string | null;
  error_message: string | null;
  error_platform_status: number | null;
  cursor_before: unknown;
  cursor_after: unknown;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export const SYNC_RUN_COLUMNS = `id, administration_id, trigger, mode, status, attempt, requested_by, resources, replay_of,
  fetched, created, updated, unchanged, quarantined, api_calls, error_class, error_message, error_platform_status,
  cursor_before, cursor_after, queued_at, started_at, finished_at`;

export function presentSyncRun(row: SyncRunRow): SyncRunView {
  return {
    id: row.id,
    administrationId: row.administration_id,
    trigger: row.trigger,
    mode: row.mode,
    status: row.status,
    attempt: row.attempt,
    requestedBy: row.requested_by,
    resources: row.resources,
    replayOf: row.replay_of,
    fetched: row.fetched,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    quarantined: row.quarantined,
    apiCalls: row.api_calls,
    error: presentError(row),
    cursorBefore: row.cursor_before ?? null,
    cursorAfter: row.cursor_after ?? null,
    queuedAt: row.queued_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** `error { class, message, platformStatus? }` (API.md), null while nothing failed. */
function presentError(row: SyncRunRow): SyncRunErrorView | null {
  if (row.error_class === null) return null;
  const error: SyncRunErrorView = { class: row.error_class, message: row.error_message ?? '' };
  if (row.error_platform_status !== null) error.platformStatus = row.error_platform_status;
  return error;
}
