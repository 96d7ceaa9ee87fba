import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { HUB_CONFIG } from '../core/tokens.js';
import { QUEUES } from './queue-names.js';

/** BullMQ on Redis: every queue is registered here so the API can enqueue; processors live in the worker. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: LoadedConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: config.REDIS_KEY_PREFIX,
        defaultJobOptions: { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } },
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueueModule {}
