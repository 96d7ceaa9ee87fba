import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { Redis } from 'ioredis';
import { HUB_CONFIG, REDIS_CONNECTION } from './tokens.js';

/** A shared Redis connection for health checks and small coordination; BullMQ opens its own. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CONNECTION,
      inject: [HUB_CONFIG],
      useFactory: (config: LoadedConfig): Redis => new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }),
    },
  ],
  exports: [REDIS_CONNECTION],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CONNECTION) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
