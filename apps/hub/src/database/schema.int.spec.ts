import { type DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { AdministrationEntity, ConnectionEntity, HUB_ENTITIES, SyncRunEntity, TenantEntity } from './entities/index.js';
import { seedAdministration } from './testing/seed.js';

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 2 });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

// TypeORM column type → information_schema udt_name.
const UDT: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  timestamptz: 'timestamptz',
  integer: 'int4',
  bigint: 'int8',
  boolean: 'bool',
  jsonb: 'jsonb',
  bytea: 'bytea',
  date: 'date',
  char: 'bpchar',
};

interface DbColumn {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
}

describe('entities and migrated schema', () => {
  it('map every column of every table with the same type and nullability', async () => {
    const dbColumns: DbColumn[] = await dataSource.query(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    for (const entity of HUB_ENTITIES) {
      const metadata = dataSource.getMetadata(entity);
      const inTable = dbColumns.filter((column) => column.table_name === metadata.tableName);
      const mapped = metadata.columns.map((column) => {
        const type = String(column.type);
        return {
          column_name: column.databaseName,
          udt_name: column.isArray ? `_${UDT[type]}` : UDT[type],
          is_nullable: column.isNullable ? 'YES' : 'NO',
        };
      });
      const actual = inTable.map(({ column_name, udt_name, is_nullable }) => ({ column_name, udt_name, is_nullable }));
      const byName = (a: { column_name: string }, b: { column_name: string }) => a.column_name.localeCompare(b.column_name);
      expect({ table: metadata.tableName, columns: mapped.sort(byName) }).toEqual({ table: metadata.tableName, columns: actual.sort(byName) });
    }
  });

  it('lets repositories insert and read rows with database-generated ids', async () => {
    const tenant = await dataSource.getRepository(TenantEntity).save(Object.assign(new TenantEntity(), { name: 'Boekhouding Jansen' }));
    expect(tenant.id).toMatch(/^[0-9a-f-]{36}$/);
    const connection = await dataSource.getRepository(ConnectionEntity).save(
      Object.assign(new ConnectionEntity(), {
        tenantId: tenant.id,
        platform: 'snelstart',
        displayName: 'SnelStart',
        credentialsKeyId: 'k1',
        credentialsCiphertext: Buffer.from([1, 2, 3]),
      }),
    );
    const read = await dataSource.getRepository(ConnectionEntity).findOneByOrFail({ id: connection.id });
    expect(read).toMatchObject({ status: 'active', credentialsVersion: 0, credentialsCiphertext: Buffer.from([1, 2, 3]) });
  });

  it('refuses a child row whose tenant is not its administration\'s tenant', async () => {
    const a = await seedAdministration(dataSource);
    const b = await seedAdministration(dataSource);
    await expect(
      dataSource.query(`INSERT INTO sync_runs (tenant_id, administration_id, trigger) VALUES ($1, $2, 'manual')`, [a.tenantId, b.administrationId]),
    ).rejects.toThrow(/sync_runs_administration_fk/);
    await expect(
      dataSource.query(
        `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name) VALUES ($1, $2, 'exact-online', 'x', 'x')`,
        [a.tenantId, b.connectionId],
      ),
    ).rejects.toThrow(/administrations_connection_fk/);
  });

  it('keeps a connection that still has administrations, and removes everything with its tenant', async () => {
    const seeded = await seedAdministration(dataSource);
    await expect(dataSource.query(`DELETE FROM connections WHERE id = $1`, [seeded.connectionId])).rejects.toThrow(/administrations_connection_fk/);

    await dataSource.query(`INSERT INTO sync_runs (tenant_id, administration_id, trigger) VALUES ($1, $2, 'schedule')`, [
      seeded.tenantId,
      seeded.administrationId,
    ]);
    await dataSource.query(`DELETE FROM tenants WHERE id = $1`, [seeded.tenantId]);
    expect(await dataSource.getRepository(AdministrationEntity).countBy({ tenantId: seeded.tenantId })).toBe(0);
    expect(await dataSource.getRepository(SyncRunEntity).countBy({ tenantId: seeded.tenantId })).toBe(0);
  });
});
