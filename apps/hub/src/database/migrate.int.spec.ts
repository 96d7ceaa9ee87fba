import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { HUB_MIGRATIONS } from './migrations/index.js';
import { revertLastMigration, runMigrations } from './migrate.js';

// A database of its own: this test takes the schema down and up again.
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `debtor_hub_migrate_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${databaseName}` }).toString();
const allNames = HUB_MIGRATIONS.map((migration) => new migration().name);

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function publicTables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

// The tables of the foundation migrations; later migrations add more.
const FOUNDATION_TABLES = [
  'administrations',
  'api_keys',
  'connections',
  'debtors',
  'invoices',
  'oauth_states',
  'payment_allocations',
  'payments',
  'quarantined_records',
  'sync_cursors',
  'sync_runs',
  'tenants',
];

beforeAll(() => adminQuery(`CREATE DATABASE "${databaseName}"`));
afterAll(() => adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));

describe('runMigrations / revertLastMigration', () => {
  it('applies every migration once, even from two processes at the same time', async () => {
    const [first, second] = await Promise.all([runMigrations(databaseUrl), runMigrations(databaseUrl)]);
    expect([...first, ...second]).toEqual(allNames);
    expect(await runMigrations(databaseUrl)).toEqual([]);
    expect(await publicTables()).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
  });

  it('reverts migrations one by one, newest first, down to an empty schema, and applies them again', async () => {
    const reverted: (string | null)[] = [];
    for (let i = 0; i < allNames.length; i += 1) reverted.push(await revertLastMigration(databaseUrl));
    expect(reverted).toEqual([...allNames].reverse());
    expect(await publicTables()).toEqual([]);
    expect(await revertLastMigration(databaseUrl)).toBeNull();

    expect(await runMigrations(databaseUrl)).toEqual(allNames);
    expect(await publicTables()).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
  });
});
