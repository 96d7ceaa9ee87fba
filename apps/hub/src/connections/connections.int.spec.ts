import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { createConnectTestApp } from '../exact-online/testing/connect-test-app.js';
import { TenantService } from '../tenants/tenant.service.js';
import { ConnectionCredentialStore } from './connection-credential-store.js';

let app: INestApplication;
let dataSource: DataSource;

beforeAll(async () => {
  ({ app } = await createConnectTestApp(testConfig()));
  dataSource = app.get(DataSource);
});

afterAll(async () => {
  await app?.close();
});

const http = () => request(app.getHttpServer());

async function connection(tenantId: string, name: string, administrations = 0): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO connections (tenant_id, platform, display_name) VALUES ($1, 'e-boekhouden', $2) RETURNING id`,
    [tenantId, name],
  );
  for (let index = 0; index < administrations; index += 1) {
    await dataSource.query(
      `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name) VALUES ($1, $2, 'e-boekhouden', $3, $4)`,
      [tenantId, row.id, `${name}-${index}`, `${name} ${index}`],
    );
  }
  await app.get(ConnectionCredentialStore).write(dataSource, row.id, { apiToken: `eb-api-token-${name}` });
  return row.id;
}

describe('connections API', () => {
  it('lists the tenant’s connections page by page, with status, last error and administrations count, never credentials', async () => {
    const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Listing firm');
    const ids = [await connection(tenantId, 'one', 2), await connection(tenantId, 'two'), await connection(tenantId, 'three', 1)];
    await dataSource.query(`UPDATE connections SET status = 'needs_reconnect', last_error = $2 WHERE id = $1`, [
      ids[1],
      JSON.stringify({ class: 'auth', message: 'token refused', stage: 'token_refresh', at: '2026-01-02T03:04:05.000Z', platformStatus: 401 }),
    ]);

    const first = await http().get('/api/v1/connections').query({ limit: 2 }).set('Authorization', `Bearer ${apiKey}`).expect(200);
    const second = await http().get('/api/v1/connections').query({ limit: 2, cursor: first.body.nextCursor }).set('Authorization', `Bearer ${apiKey}`).expect(200);
    expect(second.body.nextCursor).toBeNull();
    const items = [...first.body.items, ...second.body.items];
    expect(items.map((item: { id: string }) => item.id)).toEqual(ids);
    expect(items.map((item: { administrationsCount: number }) => item.administrationsCount)).toEqual([2, 0, 1]);
    expect(items[1]).toMatchObject({
      status: 'needs_reconnect',
      lastError: { class: 'auth', message: 'token refused', stage: 'token_refresh', at: '2026-01-02T03:04:05.000Z', platformStatus: 401 },
    });
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        ['administrationsCount', 'baseUrl', 'createdAt', 'displayName', 'externalAccountId', 'id', 'lastError', 'platform', 'status', 'updatedAt'],
      );
    }
    expect(JSON.stringify([first.body, second.body])).not.toContain('eb-api-token');
  });

  it('answers 404 for another tenant’s connection and 400 for a bad id or cursor', async () => {
    const own = await app.get(TenantService).createWithAdminKey('Own firm');
    const other = await app.get(TenantService).createWithAdminKey('Other firm');
    const foreign = await connection(other.tenantId, 'foreign', 1);
    const auth = { Authorization: `Bearer ${own.apiKey}` };
    await http().get(`/api/v1/connections/${foreign}`).set(auth).expect(404);
    await http().delete(`/api/v1/connections/${foreign}`).set(auth).expect(404);
    const [untouched] = await dataSource.query(`SELECT status, credentials_ciphertext IS NOT NULL AS has_credentials FROM connections WHERE id = $1`, [foreign]);
    expect(untouched).toEqual({ status: 'active', has_credentials: true });
    await http().get('/api/v1/connections/not-a-uuid').set(auth).expect(400);
    await http().get('/api/v1/connections').query({ cursor: 'garbage' }).set(auth).expect(400);
  });

  it('revokes any platform’s connection: credentials gone, administrations disabled', async () => {
    const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Revoking firm');
    const id = await connection(tenantId, 'revoked', 2);
    const response = await http().delete(`/api/v1/connections/${id}`).set('Authorization', `Bearer ${apiKey}`).expect(200);
    expect(response.body).toMatchObject({ id, status: 'revoked', platform: 'e-boekhouden', administrationsCount: 2 });
    const [row] = await dataSource.query(`SELECT credentials_key_id, credentials_ciphertext, credentials_version FROM connections WHERE id = $1`, [id]);
    expect(row).toEqual({ credentials_key_id: null, credentials_ciphertext: null, credentials_version: 2 });
    const enabled = await dataSource.query(`SELECT enabled FROM administrations WHERE connection_id = $1`, [id]);
    expect(enabled).toEqual([{ enabled: false }, { enabled: false }]);
  });
});
