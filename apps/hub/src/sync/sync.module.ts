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

/** The sync engine (AdministrationSyncService) and, in workers, the processor that runs sync jobs. */
@Module({})
export class SyncModule {
  static forRoot(options: SyncModuleOptions): DynamicModule {
    return {
      module: SyncModule,
      imports: [SyncStoreModule, SyncQueueModule, ...(options.imports ?? [])],
      providers: [
        { provide: CONNECTOR_RESOLVER, ...options.connectorResolver },
        QuarantineStore,
        SyncRunRecorder,
        PageCommitter,
        AdministrationSyncService,
        ...(options.worker ? [SyncProcessor] : []),
      ],
      exports: [AdministrationSyncService, SyncQueueModule],
    };
  }
}
