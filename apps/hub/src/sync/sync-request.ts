import { RESOURCES, type Resource } from '@hub/mapping';
import type { SyncMode, SyncRunStatus, SyncTrigger } from '../database/entities/index.js';

/** One sync of one administration, as the queue processor (or a test) asks for it. */
export interface SyncRequest {
  tenantId: string;
  administrationId: string;
  mode: SyncMode;
  /** Recorded on the run row when this call creates it. */
  trigger: SyncTrigger;
  /** Synced in this order; default: see resourcesFor. */
  resources?: readonly Resource[];
  /**
   * A run created earlier in status `queued` (SyncRunRequester), or left `running` by a worker
   * that died (the caller holds the administration's sync lock); else a new run is created.
   */
  runId?: string;
  /** Whether a failure may send the run back to wait for another attempt (the queue's runs); default false. */
  retry?: boolean;
  signal?: AbortSignal;
}

export interface RunErrorDetails {
  errorClass: string;
  message: string;
  platformStatus: number | null;
  /** When a rate-limited call may be retried (epoch ms), if the platform said. */
  retryAt: number | null;
}

/** What a run did: the sync_runs row's counts plus what this process saw but the row has no column for. */
export interface SyncRunSummary {
  runId: string;
  /** `queued`: the attempt failed and the run waits for another one at `retryAt`. */
  status: Extract<SyncRunStatus, 'queued' | 'succeeded' | 'partial' | 'failed'>;
  /** The attempt this summary is about, 1-based. */
  attempt: number;
  /** Set when status is `queued`: when the next attempt may start (epoch ms). */
  retryAt: number | null;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  apiCalls: number;
  /** Newly marked removed (tombstones). */
  removed: number;
  /** Quarantined records that mapped cleanly this time. */
  released: number;
  /** Open invoices a reconciliation found gone from the platform's open list. */
  settled: number;
  error: RunErrorDetails | null;
}

/**
 * Debtors first, so invoices and payments land after the debtors they name. Reconciliation is
 * a snapshot of open invoices, so by default it covers invoices only.
 */
export function resourcesFor(request: Pick<SyncRequest, 'mode' | 'resources'>): Resource[] {
  if (request.resources !== undefined) return [...new Set(request.resources)];
  return request.mode === 'reconciliation' ? ['invoices'] : [...RESOURCES];
}
