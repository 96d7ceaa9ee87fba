import { randomInt, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { ExactTokenSet } from '@hub/connectors';
import nock from 'nock';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { createHubHttpApp } from '../app/create-hub-app.js';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { seedTenant } from '../database/testing/seed.js';
import { CONNECTOR_RESOLVER, type ConnectorResolver } from '../sync/connector-resolver.js';

// Exact's NL host, closed by nock (test/setup/close-network.ts): every call here is mocked.
const ORIGIN = 'https://start.exactonline.nl';

describe('connectors built by the hub count their platform calls in the metrics', () => {
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    // A client id of its own: Exact limiters are shared per app and division within a process.
    const config = testConfig({ EXACT_ONLINE_BASE_URL: ORIGIN, EXACT_ONLINE_CLIENT_ID: randomUUID(), EXACT_ONLINE_CLIENT_SECRET: 'app-secret-for-tests' });
    app = await createHubHttpApp(config, { api: true, worker: false });
    await app.init();
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    nock.cleanAll();
    await app.close();
  });

  /** An active Exact connection with fresh tokens and one administration (division) on it. */
  async function exactAdministration(): Promise<{ tenantId: string; administrationId: string; division: string }> {
    const tenantId = await seedTenant(dataSource);
    const division = String(randomInt(100_000, 999_999));
    const [connection] = await dataSource.query(
      `INSERT INTO connections (tenant_id, platform, display_name, external_account_id, base_url)
       VALUES ($1, 'exact-online', 'Exact metrics test', $2, $3) RETURNING id`,
      [tenantId, randomUUID(), ORIGIN],
    );
    const tokens: ExactTokenSet = { accessToken: 'AAEAA-access-metrics', refreshToken: 'Gcp7!refresh-metrics', obtainedAt: Date.now(), expiresAt: Date.now() + 600_000 };
    await app.get(ConnectionCredentialStore).write(dataSource, connection.id, tokens);
    const [administration] = await dataSource.query(
      `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name) VALUES ($1, $2, 'exact-online', $3, 'Metrics B.V.') RETURNING id`,
      [tenantId, connection.id, division],
    );
    return { tenantId, administrationId: administration.id, division };
  }

  it('counts a 429 and the retried 200 as two calls, and the 429 as rate limited', async () => {
    const { tenantId, administrationId, division } = await exactAdministration();
    const accounts = nock(ORIGIN, { reqheaders: { authorization: 'Bearer AAEAA-access-metrics' } });
    // Exact's answer when the minute's calls are spent: come back at the reset (a moment from now).
    accounts
      .get(`/api/v1/${division}/crm/Accounts`)
      .query(true)
      .reply(429, { error: { message: { value: 'Too many requests' } } }, {
        'X-RateLimit-Minutely-Limit': '60',
        'X-RateLimit-Minutely-Remaining': '0',
        'X-RateLimit-Minutely-Reset': String(Date.now() + 200),
      });
    accounts.get(`/api/v1/${division}/crm/Accounts`).query(true).reply(200, { d: { results: [] } });

    const { connector } = await app.get<ConnectorResolver>(CONNECTOR_RESOLVER).resolve(tenantId, administrationId);
    expect(await connector.fetchOne('debtors', '6bf0ab1b-07d5-4d6e-9e7c-2d35d0d3e7b1')).toBeNull();
    expect(accounts.isDone()).toBe(true);

    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toContain('hub_platform_api_calls_total{platform="exact-online",outcome="429"} 1');
    expect(metrics.text).toContain('hub_platform_api_calls_total{platform="exact-online",outcome="200"} 1');
    expect(metrics.text).toContain('hub_platform_rate_limited_total{platform="exact-online"} 1');
  });
});
