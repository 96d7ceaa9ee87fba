import { randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ConnectorError, type ExactTokenSet } from '@hub/connectors';
import nock from 'nock';
import { type DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { createDataSource } from '../database/data-source.js';
import { seedTenant } from '../database/testing/seed.js';
import { CredentialCipher, EncryptionKeyRing } from '../security/index.js';
import { ExactKeepAliveService } from './exact-keep-alive.service.js';
import { ExactOnlineApp } from './exact-online-app.js';
import { ExactTokenSources } from './exact-token-sources.js';
import { parseStoredExactTokens } from './stored-exact-tokens.js';

// Exact's NL host, closed by nock: every token request in this file is one the test expects.
const ORIGIN = 'https://start.exactonline.nl';
const SECOND = 1000;
const DAY = 86_400 * SECOND;
const PROCESSES = 10;
const CALLERS = 50;

const config = testConfig({ EXACT_ONLINE_BASE_URL: ORIGIN, EXACT_ONLINE_CLIENT_ID: randomUUID(), EXACT_ONLINE_CLIENT_SECRET: 'app-secret-for-tests' });
const app = new ExactOnlineApp(config);
// Every "process" has its own key ring object, cipher and store, built from the same key as
// separate processes of one deployment would be.
const key = { keyId: `tok-${randomBytes(3).toString('hex')}`, key: randomBytes(32) };
const newStore = (): ConnectionCredentialStore => new ConnectionCredentialStore(new CredentialCipher(EncryptionKeyRing.fromKeys([key])));

let dataSource: DataSource;
let tenantId: string;

beforeAll(async () => {
  Logger.overrideLogger(false); // no app here: keep Nest's console logger quiet
  dataSource = await createDataSource(config.DATABASE_URL, { poolSize: 3 }).initialize();
  tenantId = await seedTenant(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

afterEach(() => {
  nock.cleanAll();
});

function tokensObtained(agoMs: number, label = randomBytes(4).toString('hex')): ExactTokenSet {
  const obtainedAt = Date.now() - agoMs;
  return { accessToken: `AAEAA-access-${label}`, refreshToken: `Gcp7!refresh-${label}`, obtainedAt, expiresAt: obtainedAt + 600 * SECOND };
}

async function exactConnection(tokens: ExactTokenSet, status = 'active'): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO connections (tenant_id, platform, status, display_name, external_account_id, base_url)
     VALUES ($1, 'exact-online', $2, 'Exact test', $3, $4) RETURNING id`,
    [tenantId, status, randomUUID(), ORIGIN],
  );
  await newStore().write(dataSource, row.id, tokens);
  return row.id;
}

async function stored(connectionId: string): Promise<{ tokens: ExactTokenSet | null; status: string; version: number; lastError: Record<string, unknown> | null }> {
  const row = await newStore().read(dataSource, connectionId, parseStoredExactTokens);
  const [extra] = await dataSource.query(`SELECT last_error FROM connections WHERE id = $1`, [connectionId]);
  if (row === null) throw new Error('connection gone');
  return { tokens: row.credentials, status: row.status, version: row.credentialsVersion, lastError: extra.last_error };
}

/** The token endpoint, answering once; `requests` counts every token request that reaches it. */
function tokenEndpoint(requests: { count: number; refreshTokens: string[] }): nock.Interceptor {
  return nock(ORIGIN)
    .post('/api/oauth2/token', (body: Record<string, string> | string) => {
      const form = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body;
      requests.count += 1;
      requests.refreshTokens.push(form.refresh_token);
      return form.grant_type === 'refresh_token';
    })
    .once();
}

function freshAnswer(label: string): Record<string, string> {
  return { access_token: `AAEAA-new-access-${label}`, token_type: 'bearer', expires_in: '600', refresh_token: `Gcp7!new-refresh-${label}` };
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw error;
  }
  throw new Error('expected a ConnectorError');
}

describe('ExactTokenSource across processes', () => {
  let processes: DataSource[] = [];

  beforeAll(async () => {
    processes = await Promise.all(Array.from({ length: PROCESSES }, () => createDataSource(config.DATABASE_URL, { poolSize: 5 }).initialize()));
  });

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.destroy()));
  });

  /** One independent token source per caller, as if each ran in its own process. */
  function callers(connectionId: string, count: number): ReturnType<ExactTokenSources['forConnection']>[] {
    return Array.from({ length: count }, (_, index) => new ExactTokenSources(processes[index % PROCESSES], newStore(), app).forConnection(connectionId));
  }

  it('refreshes an expired token exactly once for 50 concurrent callers, and all get the new token', async () => {
    const old = tokensObtained(20 * 60 * SECOND);
    const connectionId = await exactConnection(old);
    const before = await stored(connectionId);
    const requests = { count: 0, refreshTokens: [] as string[] };
    // Slow enough that every caller is queued on the row lock while the refresh is under way.
    const scope = tokenEndpoint(requests).delay(300).reply(200, freshAnswer('one'));

    const grants = await Promise.all(callers(connectionId, CALLERS).map((source) => source.current()));

    expect(scope.isDone()).toBe(true);
    expect(requests).toEqual({ count: 1, refreshTokens: [old.refreshToken] });
    expect(new Set(grants.map((grant) => grant.accessToken))).toEqual(new Set(['AAEAA-new-access-one']));
    const after = await stored(connectionId);
    expect(after.tokens).toMatchObject({ accessToken: 'AAEAA-new-access-one', refreshToken: 'Gcp7!new-refresh-one' });
    expect(after.tokens?.obtainedAt).toBeGreaterThan(old.obtainedAt);
    expect(after.version).toBe(before.version + 1);
    expect(grants[0].expiresAt).toBe(after.tokens?.expiresAt);
  });

  it('marks the connection needs_reconnect when Exact refuses the refresh, with one token call for all callers', async () => {
    const connectionId = await exactConnection(tokensObtained(DAY));
    const requests = { count: 0, refreshTokens: [] as string[] };
    const scope = tokenEndpoint(requests).delay(200).reply(401, { error: 'unauthorized_client', error_description: 'Old refresh token used.' });

    const results = await Promise.allSettled(callers(connectionId, 20).map((source) => source.current()));

    expect(scope.isDone()).toBe(true);
    expect(requests.count).toBe(1);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as ConnectorError;
      expect(reason).toBeInstanceOf(ConnectorError);
      expect(reason.errorClass).toBe('auth');
    }
    const after = await stored(connectionId);
    expect(after.status).toBe('needs_reconnect');
    expect(after.lastError).toMatchObject({ class: 'auth', stage: 'token_refresh', platformStatus: 401, message: expect.stringContaining('Old refresh token used.') });

    // Later callers fail fast: no token call at all (nock would refuse one).
    expect((await rejection(callers(connectionId, 1)[0].current())).errorClass).toBe('auth');
    expect(requests.count).toBe(1);
  });

  it('returns a fresh stored token without any token call', async () => {
    const fresh = tokensObtained(60 * SECOND);
    const connectionId = await exactConnection(fresh);
    const grants = await Promise.all(callers(connectionId, 10).map((source) => source.current()));
    expect(grants.every((grant) => grant.accessToken === fresh.accessToken && grant.expiresAt === fresh.expiresAt)).toBe(true);
    expect((await stored(connectionId)).version).toBe(1);
  });

  it('keeps a transient token-endpoint failure from changing anything', async () => {
    // Younger than the keep-alive ages below, so the keep-alive test leaves it alone.
    const old = tokensObtained(20 * 60 * SECOND);
    const connectionId = await exactConnection(old);
    tokenEndpoint({ count: 0, refreshTokens: [] }).reply(503, 'Service Unavailable', { 'Content-Type': 'text/plain' });
    expect((await rejection(callers(connectionId, 1)[0].current())).errorClass).toBe('transient');
    expect(await stored(connectionId)).toMatchObject({ status: 'active', version: 1, tokens: old, lastError: null });
  });
});

describe('ExactTokenSource.renewAfterRejection', () => {
  const source = (connectionId: string) => new ExactTokenSources(dataSource, newStore(), app).forConnection(connectionId);

  it('does not refresh inside the 570 s: a transient error with retryAt, and no token call', async () => {
    const tokens = tokensObtained(100 * SECOND);
    const connectionId = await exactConnection(tokens);
    const error = await rejection(source(connectionId).renewAfterRejection({ accessToken: tokens.accessToken, expiresAt: tokens.expiresAt }));
    expect(error.errorClass).toBe('transient');
    expect(error.retryAt).toBe(tokens.obtainedAt + 570 * SECOND);
    expect((await stored(connectionId)).tokens).toEqual(tokens);
  });

  it('returns the stored token when another process has already replaced the rejected one', async () => {
    const tokens = tokensObtained(10 * SECOND);
    const connectionId = await exactConnection(tokens);
    const grant = await source(connectionId).renewAfterRejection({ accessToken: 'AAEAA-an-older-token', expiresAt: tokens.expiresAt - 600 * SECOND });
    expect(grant.accessToken).toBe(tokens.accessToken);
  });

  it('refreshes the rejected token once the 570 s have passed', async () => {
    const tokens = tokensObtained(575 * SECOND);
    const connectionId = await exactConnection(tokens);
    const requests = { count: 0, refreshTokens: [] as string[] };
    tokenEndpoint(requests).reply(200, freshAnswer('renewed'));
    const grant = await source(connectionId).renewAfterRejection({ accessToken: tokens.accessToken, expiresAt: tokens.expiresAt });
    expect(grant.accessToken).toBe('AAEAA-new-access-renewed');
    expect(requests).toEqual({ count: 1, refreshTokens: [tokens.refreshToken] });
  });

  it('refuses revoked and needs_reconnect connections with auth, without a token call', async () => {
    const revoked = await exactConnection(tokensObtained(DAY), 'revoked');
    const waiting = await exactConnection(tokensObtained(DAY), 'needs_reconnect');
    for (const id of [revoked, waiting]) {
      expect((await rejection(source(id).current())).errorClass).toBe('auth');
      expect((await rejection(source(id).renewAfterRejection({ accessToken: 'x', expiresAt: 0 }))).errorClass).toBe('auth');
    }
  });
});

describe('ExactKeepAliveService', () => {
  it('refreshes active connections whose tokens are older than the maximum idle age, and only those', async () => {
    const idle = await exactConnection(tokensObtained(8 * DAY, 'idle'));
    const recent = await exactConnection(tokensObtained(DAY, 'recent'));
    const waiting = await exactConnection(tokensObtained(20 * DAY, 'waiting'), 'needs_reconnect');
    const requests = { count: 0, refreshTokens: [] as string[] };
    const scope = tokenEndpoint(requests).reply(200, freshAnswer('kept-alive'));

    const keepAlive = new ExactKeepAliveService(dataSource, newStore(), new ExactTokenSources(dataSource, newStore(), app));
    const report = await keepAlive.refreshIdleConnections();

    expect(scope.isDone()).toBe(true);
    expect(requests.refreshTokens).toEqual(['Gcp7!refresh-idle']);
    expect(report.refreshed).toContain(idle);
    expect(report.refreshed).not.toContain(recent);
    expect(report.failed.map((failure) => failure.connectionId)).not.toContain(idle);
    expect((await stored(idle)).tokens?.accessToken).toBe('AAEAA-new-access-kept-alive');
    expect((await stored(recent)).tokens?.refreshToken).toBe('Gcp7!refresh-recent');
    expect((await stored(waiting)).tokens?.refreshToken).toBe('Gcp7!refresh-waiting');

    // With a shorter maximum age the day-old one is due as well.
    tokenEndpoint(requests).reply(200, freshAnswer('shorter'));
    const again = await keepAlive.refreshIdleConnections(new Date(), { maxIdleMs: 12 * 60 * 60 * SECOND });
    expect(again.refreshed).toContain(recent);
    expect(again.refreshed).not.toContain(idle);
    expect(requests.refreshTokens).toEqual(['Gcp7!refresh-idle', 'Gcp7!refresh-recent']);
  });
});
