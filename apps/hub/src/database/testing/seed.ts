// Minimal rows for tests and benchmarks that need a tenant with an administration. Each call
// makes fresh rows, so tests stay independent of each other.
import { randomUUID } from 'node:crypto';
import { type Platform } from '@hub/mapping';
import { type DataSource } from 'typeorm';

export interface SeededAdministration {
  tenantId: string;
  connectionId: string;
  administrationId: string;
  platform: Platform;
}

export async function seedTenant(dataSource: DataSource, name = `Tenant ${randomUUID().slice(0, 8)}`): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(`INSERT INTO tenants (name) VALUES ($1) RETURNING id`, [name]);
  return rows[0].id;
}

/** A connection plus one administration on it, for `tenantId` or a new tenant. */
export async function seedAdministration(
  dataSource: DataSource,
  options: { tenantId?: string; platform?: Platform; enabled?: boolean } = {},
): Promise<SeededAdministration> {
  const tenantId = options.tenantId ?? (await seedTenant(dataSource));
  const platform = options.platform ?? 'exact-online';
  const [connection]: { id: string }[] = await dataSource.query(
    `INSERT INTO connections (tenant_id, platform, display_name) VALUES ($1, $2, 'Test connection') RETURNING id`,
    [tenantId, platform],
  );
  const [administration]: { id: string }[] = await dataSource.query(
    `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name, enabled)
     VALUES ($1, $2, $3, $4, 'Test administration', $5) RETURNING id`,
    [tenantId, connection.id, platform, randomUUID(), options.enabled ?? true],
  );
  return { tenantId, connectionId: connection.id, administrationId: administration.id, platform };
}
