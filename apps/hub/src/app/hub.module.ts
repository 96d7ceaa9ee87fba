import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Provider } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { LoggerModule } from 'nestjs-pino';
import { AdministrationsModule } from '../administrations/administrations.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ConnectionsModule } from '../connections/connections.module.js';
import { HubConnectorResolver } from '../connectors/hub-connector-resolver.js';
import { HubConfigModule } from '../core/config.module.js';
import { DatabaseModule } from '../core/database.module.js';
import { ExactOnlineTokensModule } from '../exact-online/exact-online-tokens.module.js';
import { ExactOnlineModule } from '../exact-online/exact-online.module.js';
import { RedisModule } from '../core/redis.module.js';
import { HealthController } from '../health/health.controller.js';
import { HttpMetricsMiddleware } from '../observability/http-metrics.middleware.js';
import { loggerParams } from '../observability/logging.js';
import { MetricsController } from '../observability/metrics.controller.js';
import { MetricsModule } from '../observability/metrics.module.js';
import { WorkerMetricsServer } from '../observability/worker-metrics-server.js';
import { MaintenanceSchedule } from '../queues/maintenance-schedule.js';
import { MaintenanceProcessor } from '../queues/maintenance.processor.js';
import { QueueModule } from '../queues/queue.module.js';
import { SnelStartModule } from '../snelstart/snelstart.module.js';
import { SnelStartTokensModule } from '../snelstart/snelstart-tokens.module.js';
import { SupportModule } from '../support/support.module.js';
import { SyncModule } from '../sync/sync.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';

/** Which halves of the hub this process runs: the HTTP API, the queue processors, or both. */
export interface HubRoles {
  api: boolean;
  worker: boolean;
}

const WORKER_PROVIDERS: Provider[] = [MaintenanceProcessor, MaintenanceSchedule];

@Module({})
export class HubModule implements NestModule {
  static forRoot(config: LoadedConfig, roles: HubRoles): DynamicModule {
    return {
      module: HubModule,
      imports: [
        HubConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config.LOG_LEVEL)),
        DatabaseModule,
        RedisModule,
        MetricsModule,
        QueueModule,
        AuthModule,
        TenantsModule,
        ExactOnlineTokensModule,
        SyncModule.forRoot({ connectorResolver: { useClass: HubConnectorResolver }, imports: [ExactOnlineTokensModule, SnelStartTokensModule], worker: roles.worker }),
        ...(roles.api ? [AdministrationsModule, ConnectionsModule, ExactOnlineModule, SnelStartModule, WebhooksModule, SupportModule] : []),
      ],
      controllers: roles.api ? [HealthController, MetricsController] : [],
      // A worker-only process has no HTTP API: it serves its own metrics when WORKER_METRICS_PORT is set.
      providers: roles.worker ? [...WORKER_PROVIDERS, ...(roles.api ? [] : [WorkerMetricsServer])] : [],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
