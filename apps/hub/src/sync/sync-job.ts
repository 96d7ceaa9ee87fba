// The `sync` queue's job: ids only (DESIGN.md: jobs carry no records or credentials).
import { RESOURCES, type Resource } from '@hub/mapping';
import { SYNC_MODES, SYNC_TRIGGERS, type SyncMode, type SyncTrigger } from '../database/entities/index.js';

export const SYNC_JOBS = {
  run: 'run',
} as const;

export interface SyncJobData {
  tenantId: string;
  administrationId: string;
  trigger: SyncTrigger;
  mode: SyncMode;
  resources?: Resource[];
}

export interface SyncJobResult {
  runId: string;
  status: string;
}

/** Coalescing key: at most one pending incremental sync per administration. */
export function incrementalSyncDeduplicationId(administrationId: string): string {
  return `incremental:${administrationId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Job data comes back from Redis as plain JSON: checked before use, null when malformed. */
export function parseSyncJobData(data: unknown): SyncJobData | null {
  if (typeof data !== 'object' || data === null) return null;
  const { tenantId, administrationId, trigger, mode, resources } = data as Record<string, unknown>;
  if (typeof tenantId !== 'string' || !UUID.test(tenantId)) return null;
  if (typeof administrationId !== 'string' || !UUID.test(administrationId)) return null;
  if (!isOneOf(SYNC_TRIGGERS, trigger) || !isOneOf(SYNC_MODES, mode)) return null;
  if (resources === undefined) return { tenantId, administrationId, trigger, mode };
  if (!Array.isArray(resources) || !resources.every((resource) => isOneOf(RESOURCES, resource))) return null;
  return { tenantId, administrationId, trigger, mode, resources };
}
