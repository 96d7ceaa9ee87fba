// End to end against the sandbox's SnelStart stand-in: a pasted maatwerk key, and the activation
// flow as SnelStart Web plays it (approve, then a user's Regenerate and Delete in SnelStart Web),
// with the koppelsleutel webhook really delivered to the hub over HTTP.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AddressInfo } from 'node:net';
import { startSandbox, type RunningSandbox } from '../../../sandbox/src/sandbox.js';
import type { ActivationOutcome, SnelStartSandbox } from '../../../sandbox/src/snelstart/index.js';
import { testConfig } from '../../../../test/support/test-config.js';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { createConnectTestApp } from '../exact-online/testing/connect-test-app.js';
import { CONNECTOR_RESOLVER, type ConnectorResolver } from '../sync/connector-resolver.js';
import { TenantService } from '../tenants/tenant.service.js';
import { SnelStartConnectionTokenSources } from './snelstart-token-sources.js';
import { parseStoredSnelStartKey } from './stored-snelstart-key.js';

let sandbox: RunningSandbox;
let snelstart: SnelStartSandbox;
let demo: Record<string, string>;
let app: INestApplication;
let dataSource: DataSource;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 23, platforms: { snelstart: { administrations: [{ invoices: 5 }, { invoices: 5 }] } } });
  snelstart = sandbox.platforms.snelstart as SnelStartSandbox;
  demo = snelstart.demoCredentials();
  const config = testConfig({
    SNELSTART_AUTH_URL: demo.authUrl,
    SNELSTART_API_URL: demo.apiUrl,
    SNELSTART_SUBSCRIPTION_KEY: demo.subscriptionKey,
    SNELSTART_WEB_URL: `${sandbox.url}/snelstart/web`,
    SNELSTART_APP_SHORT_NAME: snelstart.options.appShortName,
  });
  ({ app } = await createConnectTestApp(config));
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  snelstart.configure({ activationWebhookUrl: `http://127.0.0.1:${port}/webhooks/snelstart/activation` });
  dataSource = app.get(DataSource);
});

afterAll(async () => {
  await app?.close();
  await sandbox?.close();
});

const http = () => request(app.getHttpServer());

async function accountant(): Promise<{ tenantId: string; apiKey: string }> {
  const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Sandbox BV');
  const created = await http().post('/api/v1/api-keys').set('Authorization', `Bearer ${apiKey}`).send({ name: 'accountant', role: 'accountant' }).expect(201);
  return { tenantId, apiKey: created.body.apiKey as string };
}

async function storedKey(connectionId: string): Promise<string | null> {
  return (await app.get(ConnectionCredentialStore).read(dataSource, connectionId, parseStoredSnelStartKey))?.credentials?.koppelsleutel ?? null;
}

async function control(method: 'POST' | 'DELETE', path: string): Promise<ActivationOutcome> {
  const response = await fetch(`${sandbox.url}/_sandbox/snelstart${path}`, { method });
  expect(response.status).toBe(200);
  return (await response.json()) as ActivationOutcome;
}

it('connects a pasted maatwerk key to its administratie, and syncs from it', async () => {
  const { tenantId, apiKey } = await accountant();

  const response = await http().post('/api/v1/connections/snelstart').set('Authorization', `Bearer ${apiKey}`).send({ connectionKey: demo['connectionKey.adm-1'] });

  expect(response.status).toBe(201);
  expect(response.body.administration.externalId).toBe(demo['administratieIdentifier.adm-1'].toLowerCase());
  expect(await storedKey(response.body.connection.id as string)).toBe(demo['connectionKey.adm-1']);

  // The hub builds the administration's connector on the stored key: its first page of debtors.
  const { connector } = await app.get<ConnectorResolver>(CONNECTOR_RESOLVER).resolve(tenantId, response.body.administration.id as string);
  const pages = connector.pull({ resource: 'debtors', mode: 'full', cursor: null })[Symbol.asyncIterator]();
  const first = await pages.next();
  expect(first.done).toBe(false);
  expect(first.value?.records.length).toBeGreaterThan(0);
  await pages.return?.();
});

it('activates, regenerates and deletes through the koppelsleutel webhook', async () => {
  const { tenantId, apiKey } = await accountant();
  const started = await http().post('/api/v1/connections/snelstart/activation').set('Authorization', `Bearer ${apiKey}`).send({}).expect(201);

  // The user approves adm-2 in SnelStart Web; SnelStart posts the Create to the hub.
  const approved = await fetch(`${started.body.activationUrl}&sandbox_auto=approve&administration=adm-2`, { headers: { Accept: 'application/json' } });
  expect(approved.status).toBe(200);
  expect(((await approved.json()) as { delivery: { status: number } }).delivery.status).toBe(200);
  const [connection] = (await dataSource.query(`SELECT id, status FROM connections WHERE tenant_id = $1 AND platform = 'snelstart'`, [tenantId])) as { id: string; status: string }[];
  expect(connection.status).toBe('active');
  const [administration] = (await dataSource.query(`SELECT id, external_id FROM administrations WHERE tenant_id = $1`, [tenantId])) as { id: string; external_id: string }[];
  expect(administration.external_id).toBe(demo['administratieIdentifier.adm-2'].toLowerCase());

  // The user renews the key: the hub stores the new one, and tokens come from it.
  const regenerated = await control('POST', '/administrations/adm-2/connection-key/regenerate');
  expect(regenerated.delivery?.status).toBe(200);
  expect(await storedKey(connection.id)).toBe(regenerated.koppelsleutel);
  const grant = await app.get(SnelStartConnectionTokenSources).forConnection(connection.id, administration.id).current();
  expect(grant.accessToken).toEqual(expect.any(String));

  // The user removes the coupling: the connection is revoked, its key destroyed.
  const deleted = await control('DELETE', '/administrations/adm-2/connection-key');
  expect(deleted.delivery?.status).toBe(200);
  const [after] = (await dataSource.query(`SELECT status, credentials_ciphertext FROM connections WHERE id = $1`, [connection.id])) as { status: string; credentials_ciphertext: Buffer | null }[];
  expect(after).toEqual({ status: 'revoked', credentials_ciphertext: null });
  expect(snelstart.activation.deliveries().map((delivery) => [delivery.payload.ActionType, delivery.status])).toEqual([
    ['Create', 200],
    ['Regenerate', 200],
    ['Delete', 200],
  ]);
});
