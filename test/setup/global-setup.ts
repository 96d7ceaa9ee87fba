// Creates one throwaway database and one Redis key prefix per test run, so runs on the same
// machine never collide. Workers inherit the variables set here. Jest loads this file outside
// its module system, so it imports packages only (no project TypeScript); the schema is
// migrated by test/setup/migrate-test-database.ts inside each test file's environment.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const runId = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const databaseName = `debtor_hub_test_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;

  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
  process.env.TEST_DATABASE_NAME = databaseName;
  process.env.DATABASE_URL = databaseUrl.toString();
  process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  process.env.REDIS_KEY_PREFIX = `dh_test_${runId}`;
}
