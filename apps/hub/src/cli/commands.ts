import type { LoadedConfig } from '@hub/config';
import { createHubHttpApp, createHubWorker } from '../app/create-hub-app.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { createDataSource } from '../database/data-source.js';
import { runMigrations } from '../database/migrate.js';
import { TenantService } from '../tenants/tenant.service.js';

/** `hub api` (and `hub all`): migrate, then serve HTTP; `all` also runs the queue processors. */
export async function serve(config: LoadedConfig, withWorker: boolean): Promise<void> {
  await runMigrations(config.DATABASE_URL);
  const app = await createHubHttpApp(config, { api: true, worker: withWorker });
  await app.listen(config.PORT, '0.0.0.0');
}

/** `hub worker`: the queue processors without an HTTP server. */
export async function work(config: LoadedConfig): Promise<void> {
  await runMigrations(config.DATABASE_URL);
  await createHubWorker(config);
}

export async function migrate(config: LoadedConfig): Promise<string[]> {
  return runMigrations(config.DATABASE_URL);
}

export async function createTenant(config: LoadedConfig, name: string): Promise<{ tenantId: string; apiKey: string }> {
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  try {
    return await new TenantService(dataSource, new ApiKeyService(dataSource)).createWithAdminKey(name);
  } finally {
    await dataSource.destroy();
  }
}
