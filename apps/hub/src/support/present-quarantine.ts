import type { QuarantineError, QuarantineStatus } from '../database/entities/index.js';
import type { QuarantinedRecordDetailView, QuarantinedRecordView } from './quarantine.view.js';
import type { QuarantineSampleView } from './sync-run.view.js';

/** A `quarantined_records` row as selected with QUARANTINE_COLUMNS (plus raw_payload for the detail). */
export interface QuarantineRow {
  id: string;
  administration_id: string;
  resource: string;
  external_id: string | null;
  status: QuarantineStatus;
  error: QuarantineError;
  occurrences: number;
  first_run_id: string | null;
  last_run_id: string | null;
  created_at: Date;
  updated_at: Date;
  released_at: Date | null;
}

export interface QuarantineDetailRow extends QuarantineRow {
  raw_payload: unknown;
}

/** Without raw_payload: lists stay small, the payload is for the single-record view. */
export const QUARANTINE_COLUMNS = `id, administration_id, resource, external_id, status, error, occurrences,
  first_run_id, last_run_id, created_at, updated_at, released_at`;

export function presentQuarantined(row: QuarantineRow): QuarantinedRecordView {
  return {
    id: row.id,
    administrationId: row.administration_id,
    resource: row.resource,
    externalId: row.external_id,
    status: row.status,
    error: row.error,
    occurrences: row.occurrences,
    firstRunId: row.first_run_id,
    lastRunId: row.last_run_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    releasedAt: row.released_at?.toISOString() ?? null,
  };
}

export function presentQuarantinedDetail(row: QuarantineDetailRow): QuarantinedRecordDetailView {
  return { ...presentQuarantined(row), rawPayload: row.raw_payload };
}

export function presentQuarantineSample(row: Pick<QuarantineRow, 'id' | 'resource' | 'external_id' | 'error' | 'status'>): QuarantineSampleView {
  return { id: row.id, resource: row.resource, externalId: row.external_id, error: row.error, status: row.status };
}
