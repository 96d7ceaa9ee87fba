// Creates one throwaway database (migrated) and one Redis key prefix per test run, so runs on
// the same machine never collide. Workers inherit the variables set here.
import pg from 'pg';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { adminDatabaseUrl, databaseUrlFor, testRedisUrl, throwawayName } from './test-env.js';

export default async function globalSetup(): Promise<void> {
  const databaseName = throwawayName('debtor_hub_test');
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = databaseUrlFor(databaseName);
  await runMigrations(databaseUrl);

  process.env.TEST_DATABASE_NAME = databaseName;
  process.env.DATABASE_URL = databaseUrl;
  process.env.REDIS_URL = testRedisUrl();
  process.env.REDIS_KEY_PREFIX = throwawayName('dh_test');
}
