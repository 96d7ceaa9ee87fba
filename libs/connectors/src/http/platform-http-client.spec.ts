import nock from 'nock';
import { inspect } from 'node:util';
import type { AccessGrant, AccessTokenSource } from '../port/credentials.js';
import { ConnectorError } from '../port/errors.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { defaultClassifyError } from './default-classifier.js';
import type { HttpFailure } from './http-failure.js';
import { createPlatformHttpClient, type PlatformHttpClient, type PlatformHttpClientOptions } from './platform-http-client.js';
import type { PlatformCallRecord } from './platform-request.js';
import { exactOnlineRateLimitHeaders } from './rate-limit-headers.js';
import { createWindowRateLimiter } from './rate-limiter.js';
import { FakeTime } from './testing/fake-time.js';

const ORIGIN = 'https://start.exactonline.nl';
const BASE_PATH = '/api/v1/123456';
const FIRST_TOKEN = 'first-access-token-0123456789';
const SECOND_TOKEN = 'second-access-token-9876543210';

class FakeTokens implements AccessTokenSource {
  readonly rejected: AccessGrant[] = [];
  private grant: AccessGrant = { accessToken: FIRST_TOKEN, expiresAt: Date.UTC(2026, 0, 5, 10) };

  async current(): Promise<AccessGrant> {
    return this.grant;
  }

  async renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant> {
    this.rejected.push(rejected);
    this.grant = { accessToken: SECOND_TOKEN, expiresAt: Date.UTC(2026, 0, 5, 11) };
    return this.grant;
  }
}

interface Harness {
  client: PlatformHttpClient;
  time: FakeTime;
  tokens: FakeTokens;
  calls: PlatformCallRecord[];
}

function harness(overrides: Partial<PlatformHttpClientOptions> = {}): Harness {
  const time = new FakeTime();
  const tokens = new FakeTokens();
  const calls: PlatformCallRecord[] = [];
  const limiter = createWindowRateLimiter({ windows: [{ limit: 60, windowMs: 60_000 }], headerReader: exactOnlineRateLimitHeaders, resetMarginMs: 1_000, clock: time, sleep: time.sleep });
  const client = createPlatformHttpClient({
    platform: 'exact-online',
    baseUrl: `${ORIGIN}${BASE_PATH}`,
    limiter,
    tokens,
    clock: time,
    sleep: time.sleep,
    retry: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 8_000, random: () => 0.5 },
    onCall: (call) => calls.push(call),
    ...overrides,
  });
  return { client, time, tokens, calls };
}

/** Replies with `statuses` in turn and counts the requests nock saw. */
function replySequence(path: string, statuses: number[], body: unknown = { d: { results: [] } }): { hits: () => number } {
  let hits = 0;
  nock(ORIGIN)
    .get(`${BASE_PATH}/${path}`)
    .times(statuses.length)
    .reply(() => {
      const status = statuses[hits++] as number;
      return [status, status < 300 ? body : { error: { code: '', message: { lang: '', value: `failure ${status}` } } }];
    });
  return { hits: () => hits };
}

/** nock 15 only delivers Error instances to axios; a plain object leaves the request hanging. */
function networkError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${inspect(error)}`);
  return error;
}

afterEach(() => {
  nock.cleanAll();
});

describe('createPlatformHttpClient', () => {
  it('sends an authenticated JSON request and returns the parsed answer', async () => {
    const { client, calls } = harness();
    const scope = nock(ORIGIN, { reqheaders: { authorization: `Bearer ${FIRST_TOKEN}`, accept: 'application/json' } })
      .get(`${BASE_PATH}/crm/Accounts`)
      .query({ $select: 'ID,Name', $filter: "Name eq 'Bakkerij de Vries'" })
      .reply(200, { d: { results: [{ ID: 'a1', Name: 'Bakkerij de Vries' }] } });

    const response = await client.request<{ d: { results: { ID: string }[] } }>({
      method: 'GET',
      path: 'crm/Accounts',
      query: { $select: 'ID,Name', $filter: "Name eq 'Bakkerij de Vries'" },
      endpoint: 'crm/Accounts',
    });

    expect(scope.isDone()).toBe(true);
    expect(response.status).toBe(200);
    expect(response.data.d.results[0]?.ID).toBe('a1');
    expect(client.apiCalls).toBe(1);
    expect(calls).toEqual([{ endpoint: 'crm/Accounts', method: 'GET', status: 200, durationMs: 0 }]);
  });

  it('sends JSON bodies and forms, and no Authorization header on unauthenticated requests', async () => {
    const { client } = harness();
    const token = nock(ORIGIN, { badheaders: ['authorization'] })
      .post('/api/oauth2/token', 'grant_type=refresh_token&refresh_token=r1&client_id=app')
      .matchHeader('content-type', 'application/x-www-form-urlencoded')
      .reply(200, { access_token: 'new', expires_in: '600' });
    const note = nock(ORIGIN).post(`${BASE_PATH}/crm/Documents`, { Subject: 'Herinnering 1' }).matchHeader('content-type', 'application/json').reply(201, { d: { ID: 'doc-1' } });

    await client.request({ method: 'POST', path: `${ORIGIN}/api/oauth2/token`, form: { grant_type: 'refresh_token', refresh_token: 'r1', client_id: 'app' }, endpoint: 'oauth2/token', authenticated: false });
    const created = await client.request<{ d: { ID: string } }>({ method: 'POST', path: 'crm/Documents', body: { Subject: 'Herinnering 1' }, endpoint: 'crm/Documents' });

    expect(token.isDone()).toBe(true);
    expect(note.isDone()).toBe(true);
    expect(created.data.d.ID).toBe('doc-1');
  });

  it('returns null for an empty success body and strings or bytes when asked', async () => {
    const { client } = harness();
    nock(ORIGIN).put(`${BASE_PATH}/crm/Accounts(guid'a1')`).reply(204);
    nock(ORIGIN).get(`${BASE_PATH}/soap`).reply(200, '<xml/>');
    nock(ORIGIN).get(`${BASE_PATH}/pdf`).reply(200, Buffer.from([0x25, 0x50, 0x44, 0x46]));

    expect((await client.request({ method: 'PUT', path: "crm/Accounts(guid'a1')", body: {}, endpoint: 'crm/Accounts' })).data).toBeNull();
    expect((await client.request({ method: 'GET', path: 'soap', endpoint: 'soap', responseType: 'text' })).data).toBe('<xml/>');
    expect((await client.request<Buffer>({ method: 'GET', path: 'pdf', endpoint: 'pdf', responseType: 'binary' })).data.toString('latin1')).toBe('%PDF');
  });

  describe('retries', () => {
    it('retries 5xx with backoff and counts every attempt as an API call', async () => {
      const { client, time } = harness();
      const sequence = replySequence('crm/Accounts', [503, 502, 200]);

      await client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' });

      expect(sequence.hits()).toBe(3);
      expect(client.apiCalls).toBe(3);
      expect(time.sleeps).toEqual([750, 1_500]);
    });

    it('gives up after maxAttempts with a transient error', async () => {
      const { client } = harness();
      const sequence = replySequence('crm/Accounts', [500, 500, 500, 500, 200]);

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('transient');
      expect(error.platformStatus).toBe(500);
      expect(sequence.hits()).toBe(4);
    });

    it.each([
      [400, 'invalid_request'],
      [403, 'auth'],
      [404, 'not_found'],
      [409, 'invalid_request'],
      [422, 'invalid_request'],
    ])('never retries HTTP %i (%s)', async (status, errorClass) => {
      const { client, time } = harness();
      const sequence = replySequence('crm/Accounts', [status, 200]);

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe(errorClass);
      expect(sequence.hits()).toBe(1);
      expect(time.sleeps).toEqual([]);
    });

    it('retries network errors', async () => {
      const { client } = harness();
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).replyWithError(networkError('ECONNRESET', 'socket hang up'));
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).reply(200, {});

      await expect(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' })).resolves.toMatchObject({ status: 200 });
      expect(client.apiCalls).toBe(2);
    });

    it('reports a timeout as transient', async () => {
      const { client, calls } = harness({ timeoutMs: 20, retry: { maxAttempts: 1 } });
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).delay(500).reply(200, {});

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('transient');
      expect(error.message).toBe('exact-online GET crm/Accounts failed: timed out (ETIMEDOUT)');
      expect(calls).toEqual([{ endpoint: 'crm/Accounts', method: 'GET', networkCode: 'ETIMEDOUT', durationMs: 0 }]);
    });

    it('does not retry a success body it cannot read (platform_bug)', async () => {
      const { client } = harness();
      let hits = 0;
      nock(ORIGIN)
        .get(`${BASE_PATH}/crm/Accounts`)
        .times(2)
        .reply(() => {
          hits++;
          return [200, '<html>maintenance</html>', { 'content-type': 'text/html' }];
        });

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('platform_bug');
      expect(error.message).toBe('exact-online GET crm/Accounts failed: HTTP 200 with an unreadable body');
      expect(hits).toBe(1);
    });
  });

  describe('on 401', () => {
    it('renews the token once and repeats the call with the new one', async () => {
      const { client, tokens } = harness();
      const rejected = nock(ORIGIN, { reqheaders: { authorization: `Bearer ${FIRST_TOKEN}` } }).get(`${BASE_PATH}/crm/Accounts`).reply(401);
      const accepted = nock(ORIGIN, { reqheaders: { authorization: `Bearer ${SECOND_TOKEN}` } }).get(`${BASE_PATH}/crm/Accounts`).reply(200, { d: {} });

      await expect(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' })).resolves.toMatchObject({ status: 200 });

      expect(rejected.isDone()).toBe(true);
      expect(accepted.isDone()).toBe(true);
      expect(tokens.rejected).toEqual([{ accessToken: FIRST_TOKEN, expiresAt: expect.any(Number) }]);
      expect(client.apiCalls).toBe(2);
    });

    it('fails with an auth error after a second 401, renewing exactly once and not retrying', async () => {
      const { client, tokens, time } = harness();
      const sequence = replySequence('crm/Accounts', [401, 401, 401, 401]);

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('auth');
      expect(error.platformStatus).toBe(401);
      expect(tokens.rejected).toHaveLength(1);
      expect(sequence.hits()).toBe(2);
      expect(time.sleeps).toEqual([]);
    });
  });

  describe('on 429', () => {
    it("waits until Exact's reported reset and then succeeds", async () => {
      const { client, time } = harness();
      const reset = time.now() + 20_000;
      nock(ORIGIN)
        .get(`${BASE_PATH}/crm/Accounts`)
        .reply(429, '', { 'X-RateLimit-Minutely-Limit': '60', 'X-RateLimit-Minutely-Remaining': '0', 'X-RateLimit-Minutely-Reset': String(reset) });
      const retried = nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).reply(200, {});

      await client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' });

      expect(retried.isDone()).toBe(true);
      // until the reset plus the limiter's 1 s margin for clock skew, and not a second longer
      expect(time.sleeps).toEqual([21_000]);
    });

    it('honours Retry-After where the platform sends it (SnelStart behind Azure APIM)', async () => {
      const { client, time } = harness({ platform: 'snelstart' });
      nock(ORIGIN).get(`${BASE_PATH}/relaties`).reply(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' }, { 'Retry-After': '7' });
      nock(ORIGIN).get(`${BASE_PATH}/relaties`).reply(200, []);

      await client.request({ method: 'GET', path: 'relaties', endpoint: 'relaties' });

      expect(time.sleeps).toEqual([7_000]);
    });

    it('throws rate_limited with retryAt at once when the reset is beyond the wait budget', async () => {
      const { client, time } = harness();
      const midnight = time.now() + 15 * 3_600_000;
      const sequence = { hits: 0 };
      nock(ORIGIN)
        .get(`${BASE_PATH}/crm/Accounts`)
        .times(2)
        .reply(() => {
          sequence.hits++;
          return [429, '', { 'X-RateLimit-Limit': '5000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(midnight) }];
        });

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('rate_limited');
      expect(error.retryAt).toBe(midnight + 1_000);
      expect(sequence.hits).toBe(1);
      expect(time.sleeps).toEqual([]);
    });
  });

  describe('circuit breaker', () => {
    it('opens after the threshold, refuses without calling the platform, and half-opens after the period', async () => {
      const time = new FakeTime();
      const { client } = harness({ clock: time, sleep: time.sleep, breaker: createCircuitBreaker({ countedThreshold: 8, countedWindowMs: 3_600_000 }, time) });
      const firstError = time.now();
      const failures = replySequence('crm/Accounts', Array<number>(8).fill(404));
      for (let i = 0; i < 8; i++) {
        await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));
        time.advance(60_000);
      }
      const untouched = nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).reply(200, {});

      const refused = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(failures.hits()).toBe(8);
      expect(untouched.isDone()).toBe(false);
      expect(refused.errorClass).toBe('transient');
      expect(refused.retryAt).toBe(firstError + 3_600_000);
      expect(client.apiCalls).toBe(8);

      time.advance(firstError + 3_600_000 - time.now());
      await expect(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' })).resolves.toMatchObject({ status: 200 });
      expect(untouched.isDone()).toBe(true);
    });
  });

  describe('URLs', () => {
    it("follows an absolute __next link on the platform's origin", async () => {
      const { client } = harness();
      const next = `${ORIGIN}${BASE_PATH}/crm/Accounts?$select=ID&$skiptoken=guid'12345678-aaaa-bbbb-cccc-ddddeeeeffff'`;
      const scope = nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).query({ $select: 'ID', $skiptoken: "guid'12345678-aaaa-bbbb-cccc-ddddeeeeffff'" }).reply(200, { d: { results: [] } });

      await client.request({ method: 'GET', path: next, endpoint: 'crm/Accounts' });

      expect(scope.isDone()).toBe(true);
    });

    it('refuses a URL on another origin without sending anything', async () => {
      const { client, calls } = harness();
      const foreign = nock('https://evil.example').get('/collect').reply(200, {});

      const error = await rejection(client.request({ method: 'GET', path: 'https://evil.example/collect', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('invalid_request');
      expect(error.message).toBe('exact-online GET crm/Accounts failed: refused to send the request outside https://start.exactonline.nl');
      expect(foreign.isDone()).toBe(false);
      expect(calls).toEqual([]);
      expect(client.apiCalls).toBe(0);
    });
  });

  describe('secrets', () => {
    const SUBSCRIPTION_KEY = 'subscription-key-abcdef123456';
    const applyAuth = (headers: Record<string, string>, accessToken: string): void => {
      headers['Authorization'] = `Bearer ${accessToken}`;
      headers['Ocp-Apim-Subscription-Key'] = SUBSCRIPTION_KEY;
    };

    function expectNoSecrets(value: unknown): void {
      for (const text of [inspect(value, { depth: Infinity, showHidden: true }), JSON.stringify(value), value instanceof Error ? `${value.message}\n${value.stack ?? ''}` : '']) {
        expect(text).not.toContain(FIRST_TOKEN);
        expect(text).not.toContain(SECOND_TOKEN);
        expect(text).not.toContain(SUBSCRIPTION_KEY);
      }
    }

    it('keeps tokens and keys out of errors after HTTP failures, even when the body echoes them', async () => {
      const { client } = harness({ applyAuth, platform: 'snelstart' });
      nock(ORIGIN)
        .get(`${BASE_PATH}/relaties`)
        .times(2)
        .reply(() => [401, { message: `Token ${FIRST_TOKEN} with key ${SUBSCRIPTION_KEY} refused` }]);

      const error = await rejection(client.request({ method: 'GET', path: 'relaties', endpoint: 'relaties' }));

      expect(error.errorClass).toBe('auth');
      expectNoSecrets(error);
      expect(error.message).toContain('[redacted]');
    });

    it('keeps them out of errors after network failures (no AxiosError escapes)', async () => {
      const { client } = harness({ applyAuth, retry: { maxAttempts: 1 } });
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).replyWithError(networkError('ECONNREFUSED', 'connect ECONNREFUSED'));

      const error = await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(error.errorClass).toBe('transient');
      expect(error.cause).toBeUndefined();
      expectNoSecrets(error);
    });

    it('hands classifiers the response, never the request headers', async () => {
      const seen: HttpFailure[] = [];
      const { client } = harness({
        applyAuth,
        classifyError: (failure) => {
          seen.push(failure);
          return defaultClassifyError(failure);
        },
      });
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).reply(400, `{"error":{"message":{"value":"bad header ${SUBSCRIPTION_KEY}"}}}`, { 'X-Request-Id': 'r-1' });

      await rejection(client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts' }));

      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ platform: 'exact-online', method: 'GET', endpoint: 'crm/Accounts', status: 400, headers: { 'x-request-id': 'r-1' } });
      expect(seen[0]?.bodyJson).toEqual({ error: { message: { value: 'bad header [redacted]' } } });
      expectNoSecrets(seen[0]);
    });

    it('rethrows an abort as the signal reason, not as an axios error', async () => {
      const { client } = harness({ applyAuth });
      nock(ORIGIN).get(`${BASE_PATH}/crm/Accounts`).delay(1_000).reply(200, {});
      const controller = new AbortController();
      const reason = new Error('sync cancelled');

      const pending = client.request({ method: 'GET', path: 'crm/Accounts', endpoint: 'crm/Accounts', signal: controller.signal });
      setTimeout(() => controller.abort(reason), 10);

      await expect(pending).rejects.toBe(reason);
    });
  });
});
