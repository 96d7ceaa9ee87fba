// An HTTP app with the support API and what it needs (not the whole hub: the connector resolver
// is the test's), with the hub's real global guard (AuthModule), validation pipe and error filter.
// Give it a config with a Redis key prefix of the test file's own, so no other test file's
// worker takes its sync jobs.
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { seedAdministration, type SeededAdministration } from '../../database/testing/seed.js';
import type { LoadedConfig } from '@hub/config';
import { AdministrationsModule } from '../../administrations/administrations.module.js';
import { ApiKeyService } from '../../auth/api-key.service.js';
import { AuthModule } from '../../auth/auth.module.js';
import type { ApiKeyRole } from '../../auth/roles.js';
import { HubConfigModule } from '../../core/config.module.js';
import { DatabaseModule } from '../../core/database.module.js';
import { RedisModule } from '../../core/redis.module.js';
import { ApiErrorFilter } from '../../http/api-error.filter.js';
import { createValidationPipe } from '../../http/validation.pipe.js';
import { MetricsModule } from '../../observability/metrics.module.js';
import { QueueModule } from '../../queues/queue.module.js';
import { QUEUES } from '../../queues/queue-names.js';
import type { ConnectorResolver } from '../../sync/connector-resolver.js';
import { SyncModule } from '../../sync/sync.module.js';
import { TenantService } from '../../tenants/tenant.service.js';
import { TenantsModule } from '../../tenants/tenants.module.js';
import { SupportModule } from '../support.module.js';

export interface ApiKeyOf {
  key: string;
  id: string;
}

export interface TestFirm {
  tenantId: string;
  admin: ApiKeyOf;
  accountant: ApiKeyOf;
  support: ApiKeyOf;
}

export interface SupportTestApp {
  app: INestApplication;
  dataSource: DataSource;
  syncQueue: Queue;
  /** A new tenant with one key per role. */
  firm(name: string): Promise<TestFirm>;
  /** A new tenant with one key per role and one administration. */
  firmWithAdministration(name: string): Promise<{ firm: TestFirm; admin: SeededAdministration }>;
  close(): Promise<void>;
}

export async function createSupportTestApp(config: LoadedConfig, resolver: ConnectorResolver): Promise<SupportTestApp> {

  @Module({
    imports: [
      HubConfigModule.forRoot(config),
      DatabaseModule,
      RedisModule,
      MetricsModule,
      QueueModule,
      AuthModule,
      TenantsModule,
      AdministrationsModule,
      SyncModule.forRoot({ connectorResolver: { useValue: resolver }, worker: false }),
      SupportModule,
    ],
  })
  class SupportTestModule {}

  const app = await NestFactory.create(SupportTestModule, { logger: false, abortOnError: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiErrorFilter());
  await app.init();
  const dataSource = app.get(DataSource);
  const tenants = app.get(TenantService);
  const apiKeys = app.get(ApiKeyService);

  async function keyFor(tenantId: string, role: ApiKeyRole): Promise<ApiKeyOf> {
    const { apiKey, view } = await apiKeys.create(tenantId, `${role} key`, role);
    return { key: apiKey, id: view.id };
  }

  async function firm(name: string): Promise<TestFirm> {
    const { tenantId } = await tenants.createWithAdminKey(name);
    return { tenantId, admin: await keyFor(tenantId, 'admin'), accountant: await keyFor(tenantId, 'accountant'), support: await keyFor(tenantId, 'support') };
  }

  return {
    app,
    dataSource,
    syncQueue: app.get<Queue>(getQueueToken(QUEUES.sync)),
    firm,
    async firmWithAdministration(name) {
      const created = await firm(name);
      return { firm: created, admin: await seedAdministration(dataSource, { tenantId: created.tenantId }) };
    },
    close: () => app.close(),
  };
}

export function bearer(key: ApiKeyOf): { Authorization: string } {
  return { Authorization: `Bearer ${key.key}` };
}
