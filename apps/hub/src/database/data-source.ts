import { DataSource } from 'typeorm';
import { HUB_ENTITIES } from './entities/index.js';
import { HUB_MIGRATIONS } from './migrations/index.js';

export interface HubDataSourceOptions {
  /** Maximum connections in the pool (default 10). Workers running parallel syncs want more. */
  poolSize?: number;
  /** Shown in pg_stat_activity, e.g. "debtor-hub api" or "debtor-hub worker". */
  applicationName?: string;
  /** Abort any statement running longer than this (ms); unset means no limit. */
  statementTimeoutMs?: number;
  /** Log every SQL statement (development only). */
  logging?: boolean;
}

export const DEFAULT_POOL_SIZE = 10;

/**
 * The hub's TypeORM DataSource for PostgreSQL, not yet initialised. The schema belongs to the
 * migrations: `synchronize` is off and TypeORM installs no extensions (gen_random_uuid() is
 * built into PostgreSQL 13+).
 */
export function createDataSource(databaseUrl: string, options: HubDataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: [...HUB_ENTITIES],
    migrations: [...HUB_MIGRATIONS],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    applicationName: options.applicationName ?? 'debtor-hub',
    logging: options.logging ?? false,
    extra: options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs },
  });
}
