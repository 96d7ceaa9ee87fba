import { Inject, Injectable } from '@nestjs/common';
import type { PulledPage } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import { DataSource, type EntityManager } from 'typeorm';
import { CanonicalStore, SyncCursorStore, type StoreScope } from '../store/index.js';
import { QuarantineStore } from './quarantine-store.js';
import { SyncRunRecorder } from './sync-run-recorder.js';

export interface PageTarget {
  scope: StoreScope;
  runId: string;
  resource: Resource;
}

export interface PageOutcome {
  removed: number;
  released: number;
  /** Whatever `finalise` returned (e.g. the invoices a reconciliation settled). */
  finalised: number;
}

/** Extra work to commit with a page, e.g. settling after the last page of a reconciliation. */
export type PageFinaliser = (manager: EntityManager) => Promise<number>;

/**
 * Stores one pulled page in one transaction: its records, tombstones, quarantine, its cursor and
 * the run's counts. Either all of it commits or none, so a crashed run resumes after the last
 * committed page and its counts never include a page that was rolled back.
 */
@Injectable()
export class PageCommitter {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CanonicalStore) private readonly store: CanonicalStore,
    @Inject(SyncCursorStore) private readonly cursors: SyncCursorStore,
    @Inject(QuarantineStore) private readonly quarantine: QuarantineStore,
    @Inject(SyncRunRecorder) private readonly runs: SyncRunRecorder,
  ) {}

  commit({ scope, runId, resource }: PageTarget, page: PulledPage, finalise?: PageFinaliser): Promise<PageOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const counts = await this.store.upsert(scope, resource, page.records, manager);
      const removed = await this.store.markRemoved(scope, resource, page.removedExternalIds, manager);
      // Release before quarantining: a record that both mapped and failed on this page stays quarantined.
      const released = await this.quarantine.release(manager, scope, resource, page.records.map((record) => record.source.externalId));
      await this.quarantine.quarantine(manager, scope, runId, resource, page.failures);
      await this.cursors.saveCursor(scope, resource, page.cursor, manager);
      await this.runs.addPage(
        manager,
        scope,
        runId,
        resource,
        { ...counts, fetched: page.records.length + page.failures.length, quarantined: page.failures.length, apiCalls: page.apiCalls },
        page.cursor,
      );
      const finalised = finalise === undefined ? 0 : await finalise(manager);
      return { removed, released, finalised };
    });
  }
}
