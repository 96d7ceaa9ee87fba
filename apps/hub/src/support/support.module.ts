import { Module } from '@nestjs/common';
import { SyncQueueModule } from '../sync/sync-queue.module.js';
import { SyncStoreModule } from '../sync/sync-store.module.js';
import { AdministrationSyncController } from './administration-sync.controller.js';
import { ManualSyncService } from './manual-sync.service.js';
import { QuarantineQueryService } from './quarantine-query.service.js';
import { QuarantineReplayService } from './quarantine-replay.service.js';
import { QuarantineController } from './quarantine.controller.js';
import { SyncRunQueryService } from './sync-run-query.service.js';
import { SyncRunReplayService } from './sync-run-replay.service.js';
import { SyncRunsController } from './sync-runs.controller.js';

/**
 * The support API (API processes): sync runs, manual syncs, replays and the quarantine.
 * CONNECTOR_RESOLVER and QuarantineStore come from the global SyncModule.forRoot(...).
 */
@Module({
  imports: [SyncQueueModule, SyncStoreModule],
  controllers: [AdministrationSyncController, SyncRunsController, QuarantineController],
  providers: [ManualSyncService, SyncRunQueryService, SyncRunReplayService, QuarantineQueryService, QuarantineReplayService],
})
export class SupportModule {}
