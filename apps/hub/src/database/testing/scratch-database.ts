// A throwaway database for one benchmark run, or for a test file whose code under test scans
// across tenants (the sync planner and sweeper) and so must not see other files' rows. Created
// from the admin connection and dropped at the end whatever happens.
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** A scratch database on the server of `databaseUrl` (administered through its `postgres` database). */
export function createScratchDatabaseBeside(databaseUrl: string, prefix: string): Promise<ScratchDatabase> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  return createScratchDatabase(admin.toString(), prefix);
}
