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
  /** A run created earlier in status `queued` (e.g. by the API answering 202 { runId }); else a new run. */
  runId?: string;
  signal?: AbortSignal;
}

export interface RunErrorDetails {
  errorClass: string;
  message: string;
  platformStatus: number | null;
}

/** What a run did: the sync_runs row's counts plus what this process saw but the row has no column for. */
export interface SyncRunSummary {
  runId: string;
  status: Extract<SyncRunStatus, 'succeeded' | 'partial' | 'failed'>;
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
