import nock from 'nock';
import type { PlatformCallRecord } from '../../http/platform-request.js';
import { createSnelStartTokenSource } from '../auth/token-source.js';
import {
  ADMINISTRATION,
  api,
  checked,
  FIRST_TOKEN,
  KOPPELSLEUTEL,
  SECOND_TOKEN,
  SUBSCRIPTION_KEY,
  snelStartKit,
  tokenEndpoint,
  tokenResponse,
  type SnelStartKit,
} from '../testing/snelstart-test-kit.js';
import { createSnelStartHttpClient } from './snelstart-http-client.js';
import type { SnelStartHttpSettings } from './settings.js';

const PAGE = { $filter: "ModifiedOn gt datetime'2026-05-01T00:00:00'", $top: '500', $skip: '0' };
let kit: SnelStartKit;

function client(settings: SnelStartHttpSettings = kit.settings) {
  const tokens = createSnelStartTokenSource(settings, { administration: ADMINISTRATION, koppelsleutel: KOPPELSLEUTEL });
  return { tokens, http: createSnelStartHttpClient(settings, tokens, { administration: ADMINISTRATION }) };
}

function getInvoices(http: ReturnType<typeof client>['http']) {
  return http.request<unknown[]>({ method: 'GET', path: 'verkoopfacturen', query: PAGE, endpoint: 'verkoopfacturen' });
}

beforeEach(() => {
  kit = snelStartKit();
});

afterEach(() => {
  nock.cleanAll();
});

describe('createSnelStartHttpClient', () => {
  it('sends the bearer token and the subscription key, and reports each call to onCall', async () => {
    const calls: PlatformCallRecord[] = [];
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const log = checked(api().get('/v2/verkoopfacturen').query(PAGE).reply(200, []));
    const { http } = client({ ...kit.settings, onCall: (call) => calls.push(call) });

    await expect(getInvoices(http)).resolves.toMatchObject({ status: 200, data: [] });

    log.assertAllValid();
    expect(calls.map(({ endpoint, method, status }) => ({ endpoint, method, status }))).toEqual([
      { endpoint: 'b2b/token', method: 'POST', status: 200 },
      { endpoint: 'verkoopfacturen', method: 'GET', status: 200 },
    ]);
  });

  it('renews the token once on a 401 and repeats the call', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
    const first = checked(api(FIRST_TOKEN).get('/v2/verkoopfacturen').query(PAGE).reply(401, { message: 'Authorization has been denied for this request.' }));
    const second = checked(api(SECOND_TOKEN).get('/v2/verkoopfacturen').query(PAGE).reply(200, [{ id: 'x' }]));
    const { http, tokens } = client();

    await expect(getInvoices(http)).resolves.toMatchObject({ data: [{ id: 'x' }] });
    first.assertAllValid();
    second.assertAllValid();
    expect(tokens.tokenCalls).toBe(2);
  });

  it('gives up with auth after the renewed token is refused too', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
    const denied = { message: 'Authorization has been denied for this request.' };
    const log = checked(api(FIRST_TOKEN).get('/v2/verkoopfacturen').query(PAGE).reply(401, denied));
    api(SECOND_TOKEN).get('/v2/verkoopfacturen').query(PAGE).reply(401, denied);
    const { http, tokens } = client();

    await expect(getInvoices(http)).rejects.toMatchObject({ errorClass: 'auth', platformStatus: 401, message: expect.stringContaining(denied.message) });
    log.assertAllValid();
    expect(tokens.tokenCalls).toBe(2);
    expect(http.apiCalls).toBe(2);
  });

  it("honours a 429's Retry-After, then succeeds", async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const log = checked(
      api()
        .get('/v2/verkoopfacturen')
        .query(PAGE)
        .reply(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' }, { 'Retry-After': '7' })
        .get('/v2/verkoopfacturen')
        .query(PAGE)
        .reply(200, []),
    );
    const { http } = client();
    const started = kit.time.now();

    await expect(getInvoices(http)).resolves.toMatchObject({ status: 200 });

    log.assertAllValid();
    expect(log.requests).toHaveLength(2);
    expect(kit.time.now() - started).toBeGreaterThanOrEqual(7_000);
  });

  it('reports a 429 that outlasts the retry budget as rate_limited with retryAt', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    api().get('/v2/verkoopfacturen').query(PAGE).reply(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 3600 seconds.' }, { 'Retry-After': '3600' });
    const { http } = client();
    const started = kit.time.now();

    await expect(getInvoices(http)).rejects.toMatchObject({ errorClass: 'rate_limited', platformStatus: 429, retryAt: started + 3_600_000 });
  });

  it.each([
    ['the validation array', 400, [{ errorCode: 'BOE-0021', message: 'Het factuurnummer bestaat al' }], { errorClass: 'invalid_request', platformCode: 'BOE-0021' }],
    ['a message', 400, { message: "Could not find a property named 'X' on type 'VerkoopfactuurModel'." }, { errorClass: 'invalid_request', platformCode: undefined }],
    ['a modelState', 400, { message: 'The request is invalid.', modelState: { $top: ['ongeldig'] } }, { errorClass: 'invalid_request' }],
    ['a not-found code', 400, [{ errorCode: 'REL-0005', message: 'Relatie niet gevonden' }], { errorClass: 'not_found', platformCode: 'REL-0005' }],
    ['a missing scope', 403, { message: 'Authorization has been denied for this request.' }, { errorClass: 'auth' }],
  ])('parses %s into the shared error classes', async (_shape, status, body, expected) => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const log = checked(api().get('/v2/verkoopfacturen').query(PAGE).reply(status, body));

    await expect(getInvoices(client().http)).rejects.toMatchObject({ ...expected, platformStatus: status, endpoint: 'verkoopfacturen' });
    log.assertAllValid();
  });

  it('never lets a credential the platform echoes reach the error', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    api().get('/v2/verkoopfacturen').query(PAGE).reply(400, { message: `bad key ${SUBSCRIPTION_KEY} with Bearer ${FIRST_TOKEN}` });

    const error = (await getInvoices(client().http).catch((caught: unknown) => caught)) as Error;

    expect(error.message).toContain('bad key [redacted] with [redacted]');
    expect(error.message).not.toContain(SUBSCRIPTION_KEY);
    expect(error.message).not.toContain(FIRST_TOKEN);
  });

  it('shares one limiter per administratie and takes the limits from the settings', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    api().get('/v2/verkoopfacturen').query(PAGE).times(3).reply(200, []);
    const { http } = client({ ...kit.settings, rateLimits: { perMinute: 2, concurrency: 1 } });
    const started = kit.time.now();

    for (let page = 0; page < 3; page++) await getInvoices(http);

    // The third call waited for the first to leave the one-minute window.
    expect(kit.time.now() - started).toBeGreaterThanOrEqual(60_000);
    expect(kit.settings.limiters?.has('snelstart:adm-1')).toBe(true);
  });
});
