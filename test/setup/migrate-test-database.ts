// Brings the run's throwaway database to the latest schema before a test file runs. Migrations
// take an advisory lock, so parallel test files wait for the first and then find nothing to do.
import { runMigrations } from '../../apps/hub/src/database/migrate.js';

beforeAll(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run integration tests through the integration Jest project');
  await runMigrations(databaseUrl);
});
