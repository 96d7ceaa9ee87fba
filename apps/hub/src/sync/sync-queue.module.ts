import { Module } from '@nestjs/common';
import { SyncRunRequester } from './sync-run-requester.js';

/** Requesting syncs: the `sync` queue (registered by the global QueueModule) and the run rows. */
@Module({ providers: [SyncRunRequester], exports: [SyncRunRequester] })
export class SyncQueueModule {}
