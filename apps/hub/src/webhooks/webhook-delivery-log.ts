import { Inject, Injectable } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { Redis } from 'ioredis';
import { hash } from 'node:crypto';
import { HUB_CONFIG, REDIS_CONNECTION } from '../core/tokens.js';

/** A day: platforms retry failed deliveries for hours, not days. */
const REMEMBER_SECONDS = 24 * 3600;

export interface Delivery {
  /** False when the same payload was already accepted within the last day. */
  first: boolean;
  /** Forgets the delivery, so the platform's retry is processed after this attempt failed. */
  forget(): Promise<void>;
}

/** Recognises repeated webhook deliveries (platforms retry; the same event must not queue twice). */
@Injectable()
export class WebhookDeliveryLog {
  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
  ) {}

  async record(platform: string, signedPayload: Buffer): Promise<Delivery> {
    const key = `${this.config.REDIS_KEY_PREFIX}:webhook-delivery:${platform}:${hash('sha256', signedPayload, 'hex')}`;
    const first = (await this.redis.set(key, '1', 'EX', REMEMBER_SECONDS, 'NX')) === 'OK';
    return {
      first,
      forget: async () => {
        await this.redis.del(key);
      },
    };
  }
}
