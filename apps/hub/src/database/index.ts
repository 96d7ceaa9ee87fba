// Persistence wiring for the Nest app: the DataSource factory, migrations and entities.
export { createDataSource, DEFAULT_POOL_SIZE, type HubDataSourceOptions } from './data-source.js';
export * from './entities/index.js';
export { HUB_MIGRATIONS } from './migrations/index.js';
export { revertLastMigration, runMigrations } from './migrate.js';
export { assertSafeInteger, bigintToNumber, toSafeInteger, UnsafeIntegerError } from './safe-integer.js';
