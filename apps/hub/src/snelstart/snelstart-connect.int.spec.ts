import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import nock from 'nock';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { createConnectTestApp, type CapturingLogger } from '../exact-online/testing/connect-test-app.js';
import { TenantService } from '../tenants/tenant.service.js';
import { hashReferenceKey } from './activation-reference.js';
import { SnelStartConnectionTokenSources } from './snelstart-token-sources.js';
import { parseStoredSnelStartKey } from './stored-snelstart-key.js';

const AUTH = 'https://auth.snelstart.nl';
const API = 'https://b2bapi.snelstart.nl';
const WEB = 'https://web.snelstart.nl';
const SUBSCRIPTION_KEY = 'test-subscription-key-0123456789';
const APP_SHORT_NAME = 'debtor-hub-test';

let app: INestApplication;
let logs: CapturingLogger;
let dataSource: DataSource;
let store: ConnectionCredentialStore;

/** Every koppelsleutel, token and ReferenceKey: none may show up in a log line or a response (but the link's). */
const secrets = new Set<string>();
const responses: string[] = [];

beforeAll(async () => {
  const config = testConfig({
    SNELSTART_AUTH_URL: AUTH,
    SNELSTART_API_URL: `${API}/v2`,
    SNELSTART_SUBSCRIPTION_KEY: SUBSCRIPTION_KEY,
    SNELSTART_APP_SHORT_NAME: APP_SHORT_NAME,
  });
  ({ app, logs } = await createConnectTestApp(config));
  dataSource = app.get(DataSource);
  store = app.get(ConnectionCredentialStore);
});

afterAll(async () => {
  await app?.close();
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

/** A fresh koppelsleutel (base64 of user:password, §1.2). */
function newKey(): string {
  const key = Buffer.from(`${randomUUID()}:${randomBytes(20).toString('hex')}`).toString('base64');
  secrets.add(key);
  return key;
}

interface Administratie {
  id: string;
  name: string;
}

function administratie(name = 'Bakkerij Jansen 2026'): Administratie {
  return { id: randomUUID(), name };
}

/** SnelStart accepts `key` for `adm`: a token (§1.2), then companyInfo with both credentials (§1.1). */
function accepts(key: string, adm: Administratie): nock.Scope[] {
  const token = `token-${randomUUID()}`;
  secrets.add(token);
  return [
    nock(AUTH, { badheaders: ['ocp-apim-subscription-key', 'authorization'] })
      .post('/b2b/token', { grant_type: 'clientkey', clientkey: key })
      .reply(200, { access_token: token, token_type: 'bearer', expires_in: 3599 }),
    nock(API, { reqheaders: { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': SUBSCRIPTION_KEY } })
      .get('/v2/companyInfo')
      .reply(200, { administratieIdentifier: adm.id.toUpperCase(), administratieNaam: adm.name, bedrijfsnaam: `${adm.name} B.V.` }),
  ];
}

/** §1.2: a refused key is a 400 with an OAuth-style body. */
function refuses(key: string): nock.Scope {
  return nock(AUTH)
    .post('/b2b/token', { grant_type: 'clientkey', clientkey: key })
    .reply(400, { error: 'GrantType clientkey was found. Parameter clientkey does not contain a valid value' });
}

function allDone(scopes: nock.Scope[]): void {
  for (const scope of scopes) expect(scope.isDone()).toBe(true);
}

async function paste(apiKey: string, body: Record<string, unknown>): Promise<request.Response> {
  const response = await http().post('/api/v1/connections/snelstart').set('Authorization', `Bearer ${apiKey}`).send(body);
  responses.push(response.text);
  return response;
}

function startActivation(apiKey: string, body: Record<string, unknown> = {}): Promise<request.Response> {
  // Not recorded: this answer is where the ReferenceKey is handed out, in the link.
  return http().post('/api/v1/connections/snelstart/activation').set('Authorization', `Bearer ${apiKey}`).send(body);
}

/** Starts an activation and returns the ReferenceKey from the link (as SnelStart Web would echo it). */
async function referenceKeyFor(apiKey: string): Promise<string> {
  const response = await startActivation(apiKey);
  expect(response.status).toBe(201);
  const referenceKey = new URL(response.body.activationUrl as string).searchParams.get('referenceKey') ?? '';
  secrets.add(referenceKey);
  return referenceKey;
}

async function deliver(body: Record<string, unknown>): Promise<request.Response> {
  const response = await http().post('/webhooks/snelstart/activation').set('Content-Type', 'application/json; charset=utf-8').send(body);
  responses.push(response.text);
  return response;
}

async function storedKey(connectionId: string): Promise<string | null> {
  const row = await store.read(dataSource, connectionId, parseStoredSnelStartKey);
  return row?.credentials?.koppelsleutel ?? null;
}

async function connectionsOf(tenantId: string): Promise<{ id: string; status: string; external_account_id: string; credentials_version: number }[]> {
  return dataSource.query(`SELECT id, status, external_account_id, credentials_version FROM connections WHERE tenant_id = $1 AND platform = 'snelstart' ORDER BY created_at`, [tenantId]);
}

async function administrationsOf(tenantId: string): Promise<{ id: string; external_id: string; name: string; connection_id: string; enabled: boolean }[]> {
  return dataSource.query(`SELECT id, external_id, name, connection_id, enabled FROM administrations WHERE tenant_id = $1 ORDER BY created_at`, [tenantId]);
}

describe('POST /api/v1/connections/snelstart (pasted koppelsleutel)', () => {
  it('tests the key, then stores it encrypted with one administration named by SnelStart', async () => {
    const { tenantId, accountant } = await firm('Paste BV');
    const key = newKey();
    const adm = administratie();
    const scopes = accepts(key, adm);

    const response = await paste(accountant, { connectionKey: key });

    expect(response.status).toBe(201);
    allDone(scopes);
    expect(response.body.connection).toMatchObject({ platform: 'snelstart', status: 'active', externalAccountId: adm.id, administrationsCount: 1, lastError: null });
    expect(response.body.administration).toEqual({
      id: expect.any(String),
      platform: 'snelstart',
      externalId: adm.id,
      name: adm.name,
      connectionId: response.body.connection.id,
      enabled: true,
    });
    expect(await storedKey(response.body.connection.id as string)).toBe(key);
    const [raw] = await dataSource.query(`SELECT credentials_ciphertext::text AS ciphertext FROM connections WHERE id = $1`, [response.body.connection.id]);
    expect(raw.ciphertext).not.toContain(Buffer.from(key).toString('hex'));
    expect(await administrationsOf(tenantId)).toHaveLength(1);
  });

  it('takes the administration name from the request when given', async () => {
    const { accountant } = await firm('Named BV');
    const key = newKey();
    accepts(key, administratie());

    const response = await paste(accountant, { connectionKey: ` ${key} `, name: 'Mijn klant' });

    expect(response.status).toBe(201);
    expect(response.body.administration.name).toBe('Mijn klant');
    expect(await storedKey(response.body.connection.id as string)).toBe(key);
  });

  it.each([
    ['missing', {}],
    ['empty', { connectionKey: '   ' }],
    ['not a string', { connectionKey: 12345 }],
    ['with spaces', { connectionKey: 'abc def' }],
  ])('answers 400 with field details for a connectionKey that is %s, and calls nobody', async (_case, body) => {
    const { tenantId, accountant } = await firm('Invalid BV');

    const response = await paste(accountant, body);

    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'connectionKey' })]));
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('rejects unknown fields and a bad name with 400', async () => {
    const { accountant } = await firm('Fields BV');

    const response = await paste(accountant, { connectionKey: 'abc', name: '', extra: 1 });

    expect(response.status).toBe(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['extra', 'name']);
  });

  it('is for accountants and admins, not support or anonymous callers', async () => {
    const { support } = await firm('Roles BV');
    expect((await paste(support, { connectionKey: newKey() })).status).toBe(403);
    expect((await http().post('/api/v1/connections/snelstart').send({ connectionKey: newKey() })).status).toBe(401);
  });

  it('stores nothing and answers 422 when SnelStart refuses the key', async () => {
    const { tenantId, accountant } = await firm('Refused BV');
    const key = newKey();
    const token = refuses(key);
    const companyInfo = nock(API).get('/v2/companyInfo').reply(200, {});

    const response = await paste(accountant, { connectionKey: key });

    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/refused the connection key/);
    expect(token.isDone()).toBe(true);
    expect(companyInfo.isDone()).toBe(false);
    expect(await connectionsOf(tenantId)).toEqual([]);
    expect(await administrationsOf(tenantId)).toEqual([]);
  });

  it('answers 422 when the key lacks access to companyInfo (403), storing nothing', async () => {
    const { tenantId, accountant } = await firm('Scope BV');
    const key = newKey();
    nock(AUTH).post('/b2b/token').reply(200, { access_token: 'scoped-token', token_type: 'bearer', expires_in: 3599 });
    nock(API).get('/v2/companyInfo').reply(403, { message: 'Authorization has been denied for this request.' });

    expect((await paste(accountant, { connectionKey: key })).status).toBe(422);
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('answers 503 when SnelStart is down, storing nothing', async () => {
    const { tenantId, accountant } = await firm('Down BV');
    const key = newKey();
    const token = nock(AUTH).post('/b2b/token').times(10).reply(503, 'Service Unavailable');

    const response = await paste(accountant, { connectionKey: key });

    expect(response.status).toBe(503);
    expect(token.pendingMocks()).toHaveLength(1); // one quick retry, not ten: someone is waiting
    expect(await connectionsOf(tenantId)).toEqual([]);
  }, 30_000);

  it('updates the connection and administration when the same administratie is connected again', async () => {
    const { tenantId, accountant } = await firm('Reconnect BV');
    const adm = administratie('Oude naam');
    const first = newKey();
    accepts(first, adm);
    const before = await paste(accountant, { connectionKey: first });
    await http().delete(`/api/v1/connections/${before.body.connection.id}`).set('Authorization', `Bearer ${accountant}`).expect(200);

    const second = newKey();
    accepts(second, { ...adm, name: 'Nieuwe naam' });
    const after = await paste(accountant, { connectionKey: second });

    expect(after.status).toBe(201);
    expect(after.body.connection.id).toBe(before.body.connection.id);
    expect(after.body.connection.status).toBe('active');
    expect(after.body.administration).toMatchObject({ id: before.body.administration.id, name: 'Nieuwe naam', enabled: true });
    expect(await storedKey(after.body.connection.id as string)).toBe(second);
    expect(await connectionsOf(tenantId)).toHaveLength(1);
    expect(await administrationsOf(tenantId)).toHaveLength(1);
  });

  it('keeps tenants apart: the same administratie connected by two firms is two connections', async () => {
    const a = await firm('Firm A');
    const b = await firm('Firm B');
    const adm = administratie();
    const keyA = newKey();
    const keyB = newKey();
    accepts(keyA, adm);
    accepts(keyB, adm);

    const connectionA = (await paste(a.accountant, { connectionKey: keyA })).body.connection.id as string;
    const connectionB = (await paste(b.accountant, { connectionKey: keyB })).body.connection.id as string;

    expect(connectionA).not.toBe(connectionB);
    expect(await storedKey(connectionA)).toBe(keyA);
    expect(await storedKey(connectionB)).toBe(keyB);
    expect((await connectionsOf(a.tenantId)).map((row) => row.id)).toEqual([connectionA]);
    await http().get(`/api/v1/connections/${connectionB}`).set('Authorization', `Bearer ${a.accountant}`).expect(404);
  });
});

describe('POST /api/v1/connections/snelstart/activation', () => {
  it('returns the SnelStart Web activation link with an unguessable ReferenceKey, stored only hashed', async () => {
    const { tenantId, accountant } = await firm('Link BV');

    const response = await startActivation(accountant, { redirectAfter: 'https://console.example.nl/done?x=1' });

    expect(response.status).toBe(201);
    const url = new URL(response.body.activationUrl as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${WEB}/couplings/activate/${APP_SHORT_NAME}`);
    expect(url.searchParams.get('successUrl')).toBe('https://console.example.nl/done?x=1');
    const referenceKey = url.searchParams.get('referenceKey') ?? '';
    secrets.add(referenceKey);
    expect(referenceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(response.body.expiresAt as string)).toBeGreaterThan(Date.now());
    const rows = await dataSource.query(`SELECT reference_hash, consumed_at FROM snelstart_activations WHERE tenant_id = $1`, [tenantId]);
    expect(rows).toEqual([{ reference_hash: hashReferenceKey(referenceKey), consumed_at: null }]);

    const again = await referenceKeyFor(accountant);
    expect(again).not.toBe(referenceKey);
  });

  it('validates redirectAfter and is not for support', async () => {
    const { accountant, support } = await firm('Link rules BV');
    const bad = await startActivation(accountant, { redirectAfter: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'redirectAfter' })]);
    expect((await startActivation(support)).status).toBe(403);
  });
});

describe('POST /webhooks/snelstart/activation', () => {
  it('Create: tests the delivered key, then connects the tenant that asked for the link (no API key needed)', async () => {
    const { tenantId, accountant } = await firm('Activate BV');
    const referenceKey = await referenceKeyFor(accountant);
    const key = newKey();
    const adm = administratie();
    const scopes = accepts(key, adm);

    const response = await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'connected', connectionId: expect.any(String) });
    allDone(scopes);
    const [connection] = await connectionsOf(tenantId);
    expect(connection).toMatchObject({ id: response.body.connectionId, status: 'active', external_account_id: adm.id });
    expect(await storedKey(connection.id)).toBe(key);
    expect(await administrationsOf(tenantId)).toEqual([expect.objectContaining({ external_id: adm.id, name: adm.name, connection_id: connection.id, enabled: true })]);
  });

  it('Create: a repeated delivery is a 200 that changes nothing; another key under a used ReferenceKey is refused', async () => {
    const { tenantId, accountant } = await firm('Repeat BV');
    const referenceKey = await referenceKeyFor(accountant);
    const key = newKey();
    accepts(key, administratie());
    const first = await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey });
    const [before] = await connectionsOf(tenantId);

    const repeated = await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey });
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual({ status: 'duplicate', connectionId: first.body.connectionId });

    const other = newKey();
    const otherScopes = accepts(other, administratie());
    const reuse = await deliver({ KoppelSleutel: other, ActionType: 'Create', ReferenceKey: referenceKey });
    expect(reuse.status).toBe(409);
    expect(otherScopes[0].isDone()).toBe(false);

    expect(await connectionsOf(tenantId)).toEqual([before]);
    expect(await storedKey(before.id)).toBe(key);
  });

  it('refuses an unknown or malformed ReferenceKey with 404 and stores nothing', async () => {
    const key = newKey();
    const scopes = accepts(key, administratie());

    expect((await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: randomBytes(32).toString('base64url') })).status).toBe(404);
    expect((await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: 'tenant-42' })).status).toBe(404);
    expect((await deliver({ KoppelSleutel: key, ActionType: 'Regenerate', ReferenceKey: randomBytes(32).toString('base64url') })).status).toBe(404);
    expect((await deliver({ KoppelSleutel: key, ActionType: 'Delete', ReferenceKey: randomBytes(32).toString('base64url') })).status).toBe(404);
    expect(scopes[0].isDone()).toBe(false);
  });

  it('refuses an expired activation with 410 and stores nothing', async () => {
    const { tenantId, accountant } = await firm('Expired BV');
    const referenceKey = await referenceKeyFor(accountant);
    await dataSource.query(
      `UPDATE snelstart_activations SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE reference_hash = $1`,
      [hashReferenceKey(referenceKey)],
    );
    const key = newKey();
    const scopes = accepts(key, administratie());

    const response = await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey });

    expect(response.status).toBe(410);
    expect(scopes[0].isDone()).toBe(false);
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('refuses an activation whose API key was revoked meanwhile', async () => {
    const { tenantId, admin, accountant } = await firm('Revoked key BV');
    const referenceKey = await referenceKeyFor(accountant);
    const keys = await http().get('/api/v1/api-keys').set('Authorization', `Bearer ${admin}`).expect(200);
    const accountantKey = (keys.body.items as { id: string; role: string }[]).find((item) => item.role === 'accountant');
    await http().delete(`/api/v1/api-keys/${accountantKey?.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    const key = newKey();
    accepts(key, administratie());

    expect((await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey })).status).toBe(410);
    expect(await connectionsOf(tenantId)).toEqual([]);
  });

  it('Create with a refused key answers 422, stores nothing and leaves the ReferenceKey usable', async () => {
    const { tenantId, accountant } = await firm('Refused activation BV');
    const referenceKey = await referenceKeyFor(accountant);
    const bad = newKey();
    refuses(bad);

    expect((await deliver({ KoppelSleutel: bad, ActionType: 'Create', ReferenceKey: referenceKey })).status).toBe(422);
    expect(await connectionsOf(tenantId)).toEqual([]);

    const good = newKey();
    accepts(good, administratie());
    expect((await deliver({ KoppelSleutel: good, ActionType: 'Create', ReferenceKey: referenceKey })).body.status).toBe('connected');
  });

  it('answers 400 with field details for a malformed body', async () => {
    const response = await deliver({ KoppelSleutel: '', ActionType: 'Rename' });
    expect(response.status).toBe(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['ActionType', 'KoppelSleutel', 'ReferenceKey']);
  });

  it('Regenerate: tests the new key, then replaces the stored one; a repeat changes nothing', async () => {
    const { tenantId, accountant } = await firm('Regenerate BV');
    const referenceKey = await referenceKeyFor(accountant);
    const adm = administratie();
    const first = newKey();
    accepts(first, adm);
    const connectionId = (await deliver({ KoppelSleutel: first, ActionType: 'Create', ReferenceKey: referenceKey })).body.connectionId as string;

    const refused = newKey();
    refuses(refused);
    expect((await deliver({ KoppelSleutel: refused, ActionType: 'Regenerate', ReferenceKey: referenceKey })).status).toBe(422);
    expect(await storedKey(connectionId)).toBe(first);

    const elsewhere = newKey();
    accepts(elsewhere, administratie('Andere administratie'));
    expect((await deliver({ KoppelSleutel: elsewhere, ActionType: 'Regenerate', ReferenceKey: referenceKey })).status).toBe(409);
    expect(await storedKey(connectionId)).toBe(first);

    // Meanwhile the old key stopped working and the connection was marked; the new key heals it.
    await dataSource.query(`UPDATE connections SET status = 'needs_reconnect', last_error = '{"class":"auth"}' WHERE id = $1`, [connectionId]);
    const second = newKey();
    const scopes = accepts(second, adm);
    const response = await deliver({ KoppelSleutel: second, ActionType: 'Regenerate', ReferenceKey: referenceKey });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'updated', connectionId });
    allDone(scopes);
    expect(await storedKey(connectionId)).toBe(second);
    expect((await connectionsOf(tenantId))[0].status).toBe('active');

    const repeat = await deliver({ KoppelSleutel: second, ActionType: 'Regenerate', ReferenceKey: referenceKey });
    expect(repeat.body).toEqual({ status: 'duplicate', connectionId });
    expect(await connectionsOf(tenantId)).toHaveLength(1);
  });

  it('Regenerate and Delete need a completed activation', async () => {
    const { accountant } = await firm('Pending BV');
    const referenceKey = await referenceKeyFor(accountant);
    expect((await deliver({ KoppelSleutel: newKey(), ActionType: 'Regenerate', ReferenceKey: referenceKey })).status).toBe(409);
    expect((await deliver({ KoppelSleutel: newKey(), ActionType: 'Delete', ReferenceKey: referenceKey })).status).toBe(409);
  });

  it('Delete: revokes the connection and destroys its credentials; a repeat is a 200 that changes nothing', async () => {
    const { tenantId, accountant } = await firm('Delete BV');
    const referenceKey = await referenceKeyFor(accountant);
    const key = newKey();
    accepts(key, administratie());
    const connectionId = (await deliver({ KoppelSleutel: key, ActionType: 'Create', ReferenceKey: referenceKey })).body.connectionId as string;

    const response = await deliver({ KoppelSleutel: key, ActionType: 'Delete', ReferenceKey: referenceKey });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'revoked', connectionId });
    const [raw] = await dataSource.query(`SELECT status, credentials_ciphertext, credentials_key_id FROM connections WHERE id = $1`, [connectionId]);
    expect(raw).toEqual({ status: 'revoked', credentials_ciphertext: null, credentials_key_id: null });
    expect(await administrationsOf(tenantId)).toEqual([expect.objectContaining({ enabled: false })]);

    expect((await deliver({ KoppelSleutel: key, ActionType: 'Delete', ReferenceKey: referenceKey })).body).toEqual({ status: 'duplicate', connectionId });

    // A revoked connection stays revoked: a later Regenerate under the old ReferenceKey stores nothing.
    const again = newKey();
    accepts(again, { id: (await connectionsOf(tenantId))[0].external_account_id, name: 'Terug' });
    expect((await deliver({ KoppelSleutel: again, ActionType: 'Regenerate', ReferenceKey: referenceKey })).status).toBe(409);
    expect((await connectionsOf(tenantId))[0].status).toBe('revoked');
    expect(await storedKey(connectionId)).toBeNull();
  });

  it('Delete of a key the connection no longer uses (a newer key was pasted) leaves it connected', async () => {
    const { tenantId, accountant } = await firm('Stale delete BV');
    const referenceKey = await referenceKeyFor(accountant);
    const adm = administratie();
    const activated = newKey();
    accepts(activated, adm);
    const connectionId = (await deliver({ KoppelSleutel: activated, ActionType: 'Create', ReferenceKey: referenceKey })).body.connectionId as string;
    const pasted = newKey();
    accepts(pasted, adm);
    expect((await paste(accountant, { connectionKey: pasted })).body.connection.id).toBe(connectionId);

    const response = await deliver({ KoppelSleutel: activated, ActionType: 'Delete', ReferenceKey: referenceKey });

    expect(response.body).toEqual({ status: 'ignored', connectionId });
    expect((await connectionsOf(tenantId))[0].status).toBe('active');
    expect(await storedKey(connectionId)).toBe(pasted);
  });
});

describe('SnelStart token source', () => {
  async function connected(): Promise<{ connectionId: string; administrationId: string; key: string }> {
    const { accountant } = await firm(`Tokens ${randomUUID()}`);
    const key = newKey();
    accepts(key, administratie());
    const response = await paste(accountant, { connectionKey: key });
    return { connectionId: response.body.connection.id as string, administrationId: response.body.administration.id as string, key };
  }

  it('mints tokens from the stored key, and renews once after a rejection', async () => {
    const { connectionId, administrationId, key } = await connected();
    const source = app.get(SnelStartConnectionTokenSources).forConnection(connectionId, administrationId);
    nock(AUTH).post('/b2b/token', { grant_type: 'clientkey', clientkey: key }).reply(200, { access_token: 'hub-token-1', token_type: 'bearer', expires_in: 3599 });
    nock(AUTH).post('/b2b/token', { grant_type: 'clientkey', clientkey: key }).reply(200, { access_token: 'hub-token-2', token_type: 'bearer', expires_in: 3599 });
    secrets.add('hub-token-1').add('hub-token-2');

    const grant = await source.current();
    expect(grant.accessToken).toBe('hub-token-1');
    expect((await source.current()).accessToken).toBe('hub-token-1');
    expect((await source.renewAfterRejection(grant)).accessToken).toBe('hub-token-2');
  });

  it('marks the connection needs_reconnect when SnelStart refuses the stored key', async () => {
    const { connectionId, administrationId, key } = await connected();
    const source = app.get(SnelStartConnectionTokenSources).forConnection(connectionId, administrationId);
    refuses(key);

    await expect(source.current()).rejects.toMatchObject({ errorClass: 'auth' });

    const [row] = await dataSource.query(`SELECT status, last_error FROM connections WHERE id = $1`, [connectionId]);
    expect(row.status).toBe('needs_reconnect');
    expect(row.last_error).toMatchObject({ class: 'auth', stage: 'token' });
    // Needs people now: no further token calls.
    const more = nock(AUTH).post('/b2b/token').reply(200, { access_token: 'never', token_type: 'bearer', expires_in: 3599 });
    await expect(source.current()).rejects.toMatchObject({ errorClass: 'auth' });
    expect(more.isDone()).toBe(false);
  });

  it('gives no token for a revoked connection', async () => {
    const { connectionId, administrationId } = await connected();
    await dataSource.query(`UPDATE connections SET status = 'revoked', credentials_key_id = NULL, credentials_ciphertext = NULL WHERE id = $1`, [connectionId]);
    await expect(app.get(SnelStartConnectionTokenSources).forConnection(connectionId, administrationId).current()).rejects.toMatchObject({ errorClass: 'auth' });
  });
});

describe('secrets', () => {
  it('never echoes or logs a koppelsleutel, token or ReferenceKey', () => {
    expect(secrets.size).toBeGreaterThan(10);
    const seen = [...responses, ...logs.lines].join('\n');
    expect([...secrets].filter((secret) => seen.includes(secret))).toEqual([]);
  });
});
