import { Module } from '@nestjs/common';
import { SyncTriggerService } from './sync-trigger.service.js';

/** Requesting syncs: needs only the `sync` queue (registered by the global QueueModule). */
@Module({ providers: [SyncTriggerService], exports: [SyncTriggerService] })
export class SyncQueueModule {}
