import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { ConnectorError, type ExactTokenSet } from '@hub/connectors';
import nock from 'nock';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startSandbox, type RunningSandbox } from '../../../sandbox/src/sandbox.js';
import type { ExactOnlineSandbox } from '../../../sandbox/src/exact-online/index.js';
import { testConfig } from '../../../../test/support/test-config.js';
import { TenantService } from '../tenants/tenant.service.js';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { ExactTokenSources } from './exact-token-sources.js';
import { parseStoredExactTokens } from './stored-exact-tokens.js';
import { createConnectTestApp, type CapturingLogger } from './testing/connect-test-app.js';

const CALLBACK_PATH = '/oauth/exact-online/callback';
const WEBHOOK_URL = 'http://127.0.0.1:3999/webhooks/exact-online';

let sandbox: RunningSandbox;
let exact: ExactOnlineSandbox;
let config: LoadedConfig;
let app: INestApplication;
let logs: CapturingLogger;
let dataSource: DataSource;
let store: ConnectionCredentialStore;
let divisionCodes: string[];

/** What must never show up in a response or a log line: tokens, codes, the client secret. */
const secrets = new Set<string>();
/** States are handed out once, in the authorization URL, but never logged. */
const states = new Set<string>();
const responses: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 11 });
  exact = sandbox.platforms['exact-online'] as ExactOnlineSandbox;
  const demo = exact.demoCredentials();
  config = testConfig({ EXACT_ONLINE_BASE_URL: demo.baseUrl, EXACT_ONLINE_CLIENT_ID: demo.clientId, EXACT_ONLINE_CLIENT_SECRET: demo.clientSecret });
  secrets.add(demo.clientSecret);
  ({ app, logs } = await createConnectTestApp(config));
  dataSource = app.get(DataSource);
  store = app.get(ConnectionCredentialStore);
  divisionCodes = demo.divisions.split(',').map((entry) => entry.split('=')[0]);
});

afterAll(async () => {
  await app?.close();
  await sandbox?.close();
});

afterEach(() => {
  nock.cleanAll();
});

const http = () => request(app.getHttpServer());

async function firm(name: string): Promise<{ tenantId: string; admin: string; accountant: string; support: string }> {
  const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey(name);
  const key = async (role: string) => (await http().post('/api/v1/api-keys').set('Authorization', `Bearer ${apiKey}`).send({ name: role, role }).expect(201)).body.apiKey as string;
  return { tenantId, admin: apiKey, accountant: await key('accountant'), support: await key('support') };
}

/** POST /api/v1/connections/exact-online as `apiKey`; the answer, recorded. */
async function start(apiKey: string, body: Record<string, unknown> = {}): Promise<request.Response> {
  const response = await http().post('/api/v1/connections/exact-online').set('Authorization', `Bearer ${apiKey}`).send(body);
  responses.push(response.text);
  return response;
}

/** The browser at Exact: consent given (or refused) in the sandbox; returns the callback path + query. */
async function consent(authorizationUrl: string, decision: 'approve' | 'deny' = 'approve'): Promise<string> {
  const answer = await fetch(`${authorizationUrl}&sandbox_auto=${decision}`, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  const location = new URL(answer.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(`http://127.0.0.1:3999${CALLBACK_PATH}`);
  const code = location.searchParams.get('code');
  if (code !== null) secrets.add(code);
  states.add(location.searchParams.get('state') ?? '');
  return `${location.pathname}${location.search}`;
}

/** The browser back at the hub. */
async function callback(path: string): Promise<request.Response> {
  const response = await http().get(path).redirects(0);
  responses.push(response.text);
  return response;
}

async function connect(apiKey: string, body: Record<string, unknown> = {}): Promise<request.Response> {
  const started = await start(apiKey, body);
  expect(started.status).toBe(201);
  return callback(await consent(started.body.authorizationUrl));
}

async function connectionsOf(tenantId: string): Promise<{ id: string; status: string; credentials_version: number; last_error: Record<string, unknown> | null }[]> {
  return dataSource.query(`SELECT id, status, credentials_version, last_error FROM connections WHERE tenant_id = $1 ORDER BY created_at`, [tenantId]);
}

async function administrationsOf(tenantId: string): Promise<{ id: string; external_id: string; name: string; enabled: boolean; connection_id: string }[]> {
  return dataSource.query(`SELECT id, external_id, name, enabled, connection_id FROM administrations WHERE tenant_id = $1 ORDER BY external_id`, [tenantId]);
}

/** The stored tokens, decrypted; remembered as secrets. */
async function tokensOf(connectionId: string): Promise<ExactTokenSet | null> {
  const row = await store.read(dataSource, connectionId, parseStoredExactTokens);
  if (row?.credentials) for (const secret of [row.credentials.accessToken, row.credentials.refreshToken]) secrets.add(secret);
  return row?.credentials ?? null;
}

async function get(apiKey: string, path: string): Promise<request.Response> {
  const response = await http().get(path).set('Authorization', `Bearer ${apiKey}`);
  responses.push(response.text);
  return response;
}

function subscriptionsTo(callbackUrl: string): { division: number; topic: string }[] {
  return [...exact.runtime.state.subscriptions.values()]
    .filter((subscription) => subscription.callbackUrl === callbackUrl)
    .map((subscription) => ({ division: subscription.division, topic: subscription.topic }))
    .sort((a, b) => a.division - b.division || a.topic.localeCompare(b.topic));
}

describe('Exact Online connect flow (against the sandbox)', () => {
  it('connects: one connection, one administration per granted division, tokens encrypted, webhooks subscribed', async () => {
    const { tenantId, accountant, support } = await firm('Connect firm');
    const started = await start(accountant);
    expect(started.status).toBe(201);
    const url = new URL(started.body.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${config.EXACT_ONLINE_BASE_URL}/api/oauth2/auth`);
    expect(url.searchParams.get('client_id')).toBe(config.EXACT_ONLINE_CLIENT_ID);
    expect(url.searchParams.get('redirect_uri')).toBe(`http://127.0.0.1:3999${CALLBACK_PATH}`);
    const state = url.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const page = await callback(await consent(started.body.authorizationUrl));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');

    const [connection] = await connectionsOf(tenantId);
    expect(connection).toMatchObject({ status: 'active', credentials_version: 1, last_error: null });
    const administrations = await administrationsOf(tenantId);
    expect(administrations.map((administration) => administration.external_id)).toEqual([...divisionCodes].sort());
    for (const administration of administrations) {
      expect(administration).toMatchObject({ enabled: true, connection_id: connection.id });
      expect(page.text).toContain(administration.name);
    }

    const tokens = await tokensOf(connection.id);
    expect(tokens).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    const [raw] = await dataSource.query(`SELECT credentials_ciphertext, base_url, external_account_id FROM connections WHERE id = $1`, [connection.id]);
    expect(raw.base_url).toBe(config.EXACT_ONLINE_BASE_URL);
    expect(raw.external_account_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((raw.credentials_ciphertext as Buffer).toString('latin1')).not.toContain(tokens?.refreshToken);

    // Only a hash of the state is stored, and it is spent.
    const stored = await dataSource.query(`SELECT state_hash, consumed_at, api_key_id FROM oauth_states WHERE tenant_id = $1`, [tenantId]);
    expect(stored).toEqual([{ state_hash: createHash('sha256').update(state).digest('hex'), consumed_at: expect.any(Date), api_key_id: expect.any(String) }]);

    expect(subscriptionsTo(WEBHOOK_URL)).toEqual(
      divisionCodes.map(Number).sort((a, b) => a - b).flatMap((division) => [{ division, topic: 'Accounts' }, { division, topic: 'FinancialTransactions' }]),
    );

    const view = await get(support, `/api/v1/connections/${connection.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({
      id: connection.id,
      platform: 'exact-online',
      status: 'active',
      displayName: 'Exact Online (Demo Boekhouder)',
      externalAccountId: raw.external_account_id,
      baseUrl: config.EXACT_ONLINE_BASE_URL,
      lastError: null,
      administrationsCount: divisionCodes.length,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const list = await get(support, '/api/v1/connections');
    expect(list.body).toEqual({ items: [view.body], nextCursor: null });
  });

  it('refuses a replayed, expired, unknown or missing state with a 400 page and stores nothing', async () => {
    const { tenantId, accountant } = await firm('Replay firm');
    const path = await consent((await start(accountant)).body.authorizationUrl);
    expect((await callback(path)).status).toBe(200);
    const [before] = await connectionsOf(tenantId);

    const replay = await callback(path);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('not valid');
    expect(await connectionsOf(tenantId)).toEqual([before]);

    const other = await firm('Expiry firm');
    const started = await start(other.accountant);
    const expiredPath = await consent(started.body.authorizationUrl);
    await dataSource.query(`UPDATE oauth_states SET created_at = now() - interval '11 minutes', expires_at = now() - interval '1 minute' WHERE tenant_id = $1`, [other.tenantId]);
    expect((await callback(expiredPath)).status).toBe(400);

    const unknown = expiredPath.replace(/state=[^&]+/, `state=${'A'.repeat(43)}`);
    expect((await callback(unknown)).status).toBe(400);
    expect((await callback(`${CALLBACK_PATH}?code=abc`)).status).toBe(400);
    expect((await callback(`${CALLBACK_PATH}?code=abc&state=a&state=b`)).status).toBe(400);
    expect(await connectionsOf(other.tenantId)).toEqual([]);
    expect(await administrationsOf(other.tenantId)).toEqual([]);
  });

  it('refuses a state whose API key was revoked meanwhile', async () => {
    const { tenantId, admin, accountant } = await firm('Revoked key firm');
    const path = await consent((await start(accountant)).body.authorizationUrl);
    const keys = await http().get('/api/v1/api-keys').set('Authorization', `Bearer ${admin}`).expect(200);
    const accountantKey = keys.body.items.find((item: { role: string }) => item.role === 'accountant');
    await http().delete(`/api/v1/api-keys/${accountantKey.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect((await callback(path)).status).toBe(400);
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('binds the flow to the tenant that started it: another tenant neither sees nor changes the connection', async () => {
    const a = await firm('Tenant A');
    const b = await firm('Tenant B');
    await connect(a.accountant);
    const [ofA] = await connectionsOf(a.tenantId);

    expect((await get(b.support, `/api/v1/connections/${ofA.id}`)).status).toBe(404);
    expect((await http().delete(`/api/v1/connections/${ofA.id}`).set('Authorization', `Bearer ${b.accountant}`)).status).toBe(404);
    expect((await get(b.support, '/api/v1/connections')).body.items).toEqual([]);

    // The same Exact user connected by another firm is that firm's own connection.
    await connect(b.accountant);
    const [ofB] = await connectionsOf(b.tenantId);
    expect(ofB.id).not.toBe(ofA.id);
    expect(await connectionsOf(a.tenantId)).toEqual([ofA]);
    expect((await administrationsOf(b.tenantId)).every((administration) => administration.connection_id === ofB.id)).toBe(true);
  });

  it('re-connecting the same Exact user updates the connection: new tokens, active, error cleared, no duplicates', async () => {
    const { tenantId, accountant } = await firm('Reconnect firm');
    await connect(accountant);
    const [first] = await connectionsOf(tenantId);
    const administrationsBefore = await administrationsOf(tenantId);
    const tokensBefore = await tokensOf(first.id);
    await dataSource.query(`UPDATE connections SET status = 'needs_reconnect', last_error = '{"class":"auth","message":"Old refresh token used.","stage":"token_refresh","at":"2026-01-01T00:00:00.000Z"}' WHERE id = $1`, [first.id]);

    const again = await connect(accountant, { redirectAfter: 'https://console.example.nl/connections?tab=exact' });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(`https://console.example.nl/connections?tab=exact&connectionId=${first.id}`);

    const connections = await connectionsOf(tenantId);
    expect(connections).toEqual([{ id: first.id, status: 'active', credentials_version: first.credentials_version + 1, last_error: null }]);
    expect(await administrationsOf(tenantId)).toEqual(administrationsBefore);
    const tokensAfter = await tokensOf(first.id);
    expect(tokensAfter?.refreshToken).not.toBe(tokensBefore?.refreshToken);
  });

  it('DELETE destroys the credentials, revokes the connection and disables its administrations; connecting again restores them', async () => {
    const { tenantId, accountant, support } = await firm('Delete firm');
    await connect(accountant);
    const [connection] = await connectionsOf(tenantId);
    await tokensOf(connection.id);

    expect((await http().delete(`/api/v1/connections/${connection.id}`).set('Authorization', `Bearer ${support}`)).status).toBe(403);
    const deleted = await http().delete(`/api/v1/connections/${connection.id}`).set('Authorization', `Bearer ${accountant}`);
    responses.push(deleted.text);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: connection.id, status: 'revoked', administrationsCount: divisionCodes.length });

    const [row] = await dataSource.query(`SELECT status, credentials_key_id, credentials_ciphertext FROM connections WHERE id = $1`, [connection.id]);
    expect(row).toEqual({ status: 'revoked', credentials_key_id: null, credentials_ciphertext: null });
    expect((await administrationsOf(tenantId)).map((administration) => administration.enabled)).toEqual(divisionCodes.map(() => false));
    const refused = await app.get(ExactTokenSources).forConnection(connection.id).current().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConnectorError);
    expect((refused as ConnectorError).errorClass).toBe('auth');

    // A second DELETE changes nothing and still answers.
    expect((await http().delete(`/api/v1/connections/${connection.id}`).set('Authorization', `Bearer ${accountant}`)).body.status).toBe('revoked');

    await connect(accountant);
    expect((await connectionsOf(tenantId)).map((item) => [item.id, item.status])).toEqual([[connection.id, 'active']]);
    expect((await administrationsOf(tenantId)).map((administration) => administration.enabled)).toEqual(divisionCodes.map(() => true));
  });

  it('keeps an administration disabled by its users disabled when the same user connects again', async () => {
    const { tenantId, accountant } = await firm('Disabled firm');
    await connect(accountant);
    const [first] = await administrationsOf(tenantId);
    await http().patch(`/api/v1/administrations/${first.id}`).set('Authorization', `Bearer ${accountant}`).send({ enabled: false }).expect(200);
    await connect(accountant);
    expect((await administrationsOf(tenantId)).find((administration) => administration.id === first.id)?.enabled).toBe(false);
  });

  it('stores nothing when the user declines, and passes the refusal on to redirectAfter', async () => {
    const { tenantId, accountant } = await firm('Declining firm');
    const page = await callback(await consent((await start(accountant)).body.authorizationUrl, 'deny'));
    expect(page.status).toBe(400);
    expect(page.text).toContain('not granted');

    const redirected = await callback(await consent((await start(accountant, { redirectAfter: 'http://localhost:8080/done' })).body.authorizationUrl, 'deny'));
    expect(redirected.status).toBe(303);
    expect(redirected.headers.location).toBe('http://localhost:8080/done?error=access_denied');
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('records a failed webhook subscription in last_error and keeps the connection', async () => {
    const { tenantId, accountant, support } = await firm('Webhook firm');
    const [failing] = divisionCodes;
    // Only this division's subscription list fails; everything else reaches the sandbox.
    const scope = nock(sandbox.url, { allowUnmocked: true })
      .get(new RegExp(`^/exact-online/api/v1/${failing}/webhooks/WebhookSubscriptions`))
      .reply(400, { error: { code: '', message: { lang: '', value: 'Subscriptions are not available' } } });

    const page = await connect(accountant);
    expect(scope.isDone()).toBe(true);
    expect(page.status).toBe(200);
    expect(page.text).toContain('webhooks');

    const [connection] = await connectionsOf(tenantId);
    expect(connection.status).toBe('active');
    expect(connection.last_error).toMatchObject({ class: 'invalid_request', stage: 'webhook_subscriptions', message: expect.stringContaining(`division ${failing}:`) });
    expect(await administrationsOf(tenantId)).toHaveLength(divisionCodes.length);
    const view = await get(support, `/api/v1/connections/${connection.id}`);
    expect(view.body.lastError).toMatchObject({ class: 'invalid_request', stage: 'webhook_subscriptions' });
  });

  it('validates the start request: 400 with field details, roles enforced, regions mapped', async () => {
    const { accountant, support } = await firm('Validating firm');
    const badRegion = await start(accountant, { region: 'xx' });
    expect(badRegion.status).toBe(400);
    expect(badRegion.body.details).toEqual([{ field: 'region', messages: [expect.stringContaining('region must be one of nl, be')] }]);
    for (const redirectAfter of ['javascript:alert(1)', 'ftp://example.nl/x', '/relative/path', 'not a url', 42]) {
      const bad = await start(accountant, { redirectAfter });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((detail: { field: string }) => detail.field)).toEqual(['redirectAfter']);
    }
    const unknownField = await start(accountant, { scope: 'everything' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.details.map((detail: { field: string }) => detail.field)).toEqual(['scope']);

    expect((await start(support)).status).toBe(403);
    expect((await http().post('/api/v1/connections/exact-online').send({})).status).toBe(401);
    expect((await get(support, '/api/v1/connections/not-a-uuid')).status).toBe(400);

    const belgian = await start(accountant, { region: 'be', forceLogin: true });
    const url = new URL(belgian.body.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://start.exactonline.be/api/oauth2/auth');
    expect(url.searchParams.get('force_login')).toBe('1');
  });

  it('never returned or logged a token, code or the client secret, and never logged a state', async () => {
    expect(secrets.size).toBeGreaterThan(10);
    expect(states.size).toBeGreaterThan(5);
    const logged = logs.lines.join('\n');
    expect(logged).toContain('Exact Online connected');
    for (const secret of [...secrets, ...states]) expect(logged).not.toContain(secret);
    for (const secret of secrets) for (const response of responses) expect(response).not.toContain(secret);
  });
});
