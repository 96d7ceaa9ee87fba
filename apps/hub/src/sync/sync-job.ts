// The `sync` queue's job: ids only (DESIGN.md: jobs carry no records or credentials). The run
// row (`sync_runs`) holds everything else; the processor re-reads it.
import { RESOURCES, type Resource } from '@hub/mapping';
import { isUuid } from '../store/store-scope.js';

export const SYNC_JOBS = {
  /** One sync run (data: SyncJobData). */
  run: 'run',
  /** Every minute: request the runs the administrations' schedules make due. */
  plan: 'plan',
  /** Every 30 s and when a worker starts: resume runs whose worker died, re-add lost jobs. */
  sweep: 'sweep',
} as const;

export interface SyncJobData {
  tenantId: string;
  administrationId: string;
  runId: string;
}

export interface SyncJobResult {
  runId: string;
  status: string;
}

/** One job per run: the run id is the job id, so enqueueing a run twice adds it once. */
export function syncJobId(runId: string): string {
  return `run-${runId}`;
}

/** The sweeper's job resuming a dead run: its own id, since the dead worker's job is still `active`. */
export function resumeJobId(runId: string, attempt: number): string {
  return `run-${runId}-resume-${attempt}`;
}

function isUuidText(value: unknown): value is string {
  return typeof value === 'string' && isUuid(value);
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Job data comes back from Redis as plain JSON: checked before use, null when malformed. */
export function parseSyncJobData(data: unknown): SyncJobData | null {
  if (typeof data !== 'object' || data === null) return null;
  const { tenantId, administrationId, runId } = data as Record<string, unknown>;
  if (!isUuidText(tenantId) || !isUuidText(administrationId) || !isUuidText(runId)) return null;
  return { tenantId, administrationId, runId };
}

/** `resources` as stored on a run row (text[] or null), checked. */
export function parseResources(value: unknown): Resource[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((resource) => isOneOf(RESOURCES, resource))) return undefined;
  return value;
}
