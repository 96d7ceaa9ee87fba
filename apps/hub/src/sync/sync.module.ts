import {
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  Module,
  type ModuleMetadata,
  type ValueProvider,
} from '@nestjs/common';
import { AdministrationSyncService } from './administration-sync.service.js';
import { CONNECTOR_RESOLVER, type ConnectorResolver } from './connector-resolver.js';
import { PageCommitter } from './page-committer.js';
import { QuarantineStore } from './quarantine-store.js';
import { SyncQueueModule } from './sync-queue.module.js';
import { SyncStoreModule } from './sync-store.module.js';
import { SyncRunRecorder } from './sync-run-recorder.js';
import { SyncProcessor } from './sync.processor.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import { ConnectionReconnectMarker } from './connection-reconnect-marker.js';
import { StaleRunSweeper } from './stale-run-sweeper.js';
import { SyncRunExecutor } from './sync-run-executor.js';
import { SyncSchedule } from './sync-schedule.js';
import { SyncSchedulePlanner } from './sync-schedule-planner.js';

type Without<P> = Omit<P, 'provide'>;

export interface SyncModuleOptions {
  /** How connectors are built for an administration: any provider shape, without `provide`. */
  connectorResolver:
    | Without<ClassProvider<ConnectorResolver>>
    | Without<FactoryProvider<ConnectorResolver>>
    | Without<ValueProvider<ConnectorResolver>>
    | Without<ExistingProvider<ConnectorResolver>>;
  /** Modules the resolver's dependencies come from. */
  imports?: ModuleMetadata['imports'];
  /** Register the `sync` queue processor: true in worker processes only. */
  worker: boolean;
}

/**
 * The sync engine (AdministrationSyncService, the run executor, planner and sweeper) and, in
 * workers, the processor that runs `sync` jobs and the schedules that feed it.
 */
@Module({})
export class SyncModule {
  static forRoot(options: SyncModuleOptions): DynamicModule {
    return {
      module: SyncModule,
      // Global: the one configured resolver serves every module (e.g. support's record replay).
      global: true,
      imports: [SyncStoreModule, SyncQueueModule, ...(options.imports ?? [])],
      providers: [
        { provide: CONNECTOR_RESOLVER, ...options.connectorResolver },
        QuarantineStore,
        SyncRunRecorder,
        PageCommitter,
        AdministrationSyncService,
        AdministrationSyncLocks,
        ConnectionReconnectMarker,
        SyncRunExecutor,
        SyncSchedulePlanner,
        StaleRunSweeper,
        ...(options.worker ? [SyncProcessor, SyncSchedule] : []),
      ],
      exports: [AdministrationSyncService, SyncQueueModule, SyncStoreModule, CONNECTOR_RESOLVER, QuarantineStore, SyncSchedulePlanner, StaleRunSweeper],
    };
  }
}
