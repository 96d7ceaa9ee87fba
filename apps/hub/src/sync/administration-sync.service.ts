import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Connector, CursorValue } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import { DataSource } from 'typeorm';
import { StoredRecordLookup, SyncCursorStore, type StoreScope } from '../store/index.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import { CONNECTOR_RESOLVER, type ConnectorResolver } from './connector-resolver.js';
import { settleUnlistedOpenInvoices } from './open-invoice-settlement.js';
import { pairSettledCreditNotes } from './settled-credit-pairing.js';
import { PageCommitter, type PageFinaliser } from './page-committer.js';
import { ReconciliationEvidence } from './reconciliation-evidence.js';
import { retryAt } from './retry-policy.js';
import { describeRunError } from './run-error.js';
import { resourcesFor, type SyncRequest, type SyncRunSummary } from './sync-request.js';
import { SyncRunRecorder } from './sync-run-recorder.js';

/** Another process is syncing this administration right now. */
export class AdministrationBusyError extends Error {
  override readonly name = 'AdministrationBusyError';

  constructor(administrationId: string) {
    super(`administration ${administrationId} is being synced by another process`);
  }
}

type Tally = Pick<SyncRunSummary, 'removed' | 'released' | 'settled'>;

/**
 * Syncs one administration (DESIGN.md "Sync"): per resource, from its stored cursor, every page
 * committed with its cursor before the next is asked for. A run that fails keeps what it
 * committed; the next run resumes from there. Scheduling is the queue's job; the lock that keeps
 * one run per administration is taken here (`run`) or by the queue's executor (`runLocked`).
 */
@Injectable()
export class AdministrationSyncService {
  private readonly logger = new Logger(AdministrationSyncService.name);

  constructor(
    @Inject(CONNECTOR_RESOLVER) private readonly resolver: ConnectorResolver,
    @Inject(SyncRunRecorder) private readonly runs: SyncRunRecorder,
    @Inject(PageCommitter) private readonly pages: PageCommitter,
    @Inject(SyncCursorStore) private readonly cursors: SyncCursorStore,
    @Inject(AdministrationSyncLocks) private readonly locks: AdministrationSyncLocks,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * Runs the sync under the administration's sync lock (AdministrationBusyError when another
   * process holds it), for callers outside the queue: benchmarks, scripts.
   */
  async run(request: SyncRequest): Promise<SyncRunSummary> {
    const locked = await this.locks.withLock(request.administrationId, () => this.runLocked(request));
    if (locked === null) throw new AdministrationBusyError(request.administrationId);
    return locked.value;
  }

  /**
   * The caller holds the administration's sync lock (AdministrationSyncLocks). Runs the sync and returns how it ended; a failure is recorded on the run, not thrown (with
   * `request.retry`, a retryable one sends the run back to `queued` with the attempt it may
   * start at: the retry policy in retry-policy.ts).
   * Throws only when there is no run to record it on: TenantScopeError (the administration is not
   * the tenant's) or SyncRunNotClaimableError.
   */
  async runLocked(request: SyncRequest): Promise<SyncRunSummary> {
    const scope: StoreScope = { tenantId: request.tenantId, administrationId: request.administrationId };
    const { runId, attempt } = await this.runs.start(request);
    const tally: Tally = { removed: 0, released: 0, settled: 0 };
    let error: SyncRunSummary['error'] = null;
    try {
      const connector = await this.connectorFor(scope);
      for (const resource of resourcesFor(request)) await this.syncResource(connector, scope, runId, resource, request, tally);
    } catch (caught) {
      error = describeRunError(caught);
      this.logger.warn({ runId, administrationId: scope.administrationId, errorClass: error.errorClass, err: caught }, 'sync run failed');
    }
    const retry = error !== null && request.retry === true ? retryAt({ error, attempt, now: Date.now(), random: Math.random() }) : null;
    const summary = { ...(await this.runs.finish(scope, runId, error, retry)), ...tally, error };
    this.logger.log({ ...summary, administrationId: scope.administrationId }, 'sync run finished');
    return summary;
  }

  private async connectorFor(scope: StoreScope): Promise<Connector> {
    const resolved = await this.resolver.resolve(scope.tenantId, scope.administrationId);
    if (resolved.scope.tenantId !== scope.tenantId || resolved.scope.administrationId !== scope.administrationId) {
      throw new Error(`the connector resolver answered for administration ${resolved.scope.administrationId}, not ${scope.administrationId}`);
    }
    return resolved.connector;
  }

  private async syncResource(connector: Connector, scope: StoreScope, runId: string, resource: Resource, request: SyncRequest, tally: Tally): Promise<void> {
    // The connector validates the shape of its own cursor; the store keeps it as the JSON it was given.
    const cursor = ((await this.cursors.loadCursor(scope, resource))?.cursor ?? null) as CursorValue | null;
    await this.runs.noteCursorBefore(scope, runId, resource, cursor);
    const evidence = request.mode === 'reconciliation' && resource === 'invoices' ? new ReconciliationEvidence() : null;
    // A full run resumed after its worker died carries on from the pages it committed instead of
    // starting over (a reconciliation does start over: its evidence was in the dead worker's memory).
    const resumed = request.mode === 'full' && (await this.runs.committedResources(scope, runId)).has(resource);
    const mode = resumed ? 'incremental' : request.mode;

    const known = new StoredRecordLookup(this.dataSource, scope);
    for await (const page of connector.pull({ resource, mode, cursor, signal: request.signal }, known)) {
      if (page.resource !== resource) throw new Error(`asked for ${resource}, the connector yielded a ${page.resource} page`);
      evidence?.observe(page);
      const outcome = await this.pages.commit({ scope, runId, resource }, page, page.done ? this.finaliser(connector, scope, runId, resource, evidence) : undefined);
      tally.removed += outcome.removed;
      tally.released += outcome.released;
      tally.settled += outcome.finalised;
      if (page.done) return;
    }
  }

  /** What commits with a resource's last page: a reconciliation's settlement, then credit-note pairing. */
  private finaliser(connector: Connector, scope: StoreScope, runId: string, resource: Resource, evidence: ReconciliationEvidence | null): PageFinaliser | undefined {
    const settle = this.settlement(scope, runId, evidence);
    const pair = resource === 'invoices' && connector.capabilities.hubPairsCreditNotes;
    if (!pair) return settle;
    return async (manager) => {
      const settled = settle === undefined ? 0 : await settle(manager);
      await pairSettledCreditNotes(manager, scope);
      return settled;
    };
  }

  /** Settles with the last page of a reconciliation, unless a page could not vouch for every invoice. */
  private settlement(scope: StoreScope, runId: string, evidence: ReconciliationEvidence | null): PageFinaliser | undefined {
    if (evidence === null) return undefined;
    if (!evidence.complete) {
      this.logger.warn({ runId, administrationId: scope.administrationId }, 'reconciliation had failures naming invoices: nothing settled');
      return undefined;
    }
    return async (manager) => (await settleUnlistedOpenInvoices(manager, scope, evidence.openExternalIds)).length;
  }
}
