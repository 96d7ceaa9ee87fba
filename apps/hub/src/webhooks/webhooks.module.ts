import { Module } from '@nestjs/common';
import { SyncQueueModule } from '../sync/sync-queue.module.js';
import { SyncStoreModule } from '../sync/sync-store.module.js';
import { ExactDivisionDirectory } from './exact-division-directory.js';
import { ExactWebhookController } from './exact-webhook.controller.js';
import { ExactWebhookService } from './exact-webhook.service.js';
import { WebhookDeliveryLog } from './webhook-delivery-log.js';

/** Inbound platform webhooks (API processes). Needs the global config, DataSource, Redis and queue modules. */
@Module({
  imports: [SyncQueueModule, SyncStoreModule],
  controllers: [ExactWebhookController],
  providers: [ExactWebhookService, ExactDivisionDirectory, WebhookDeliveryLog],
})
export class WebhooksModule {}
