// Exact Online's own control routes (/_sandbox/exact-online/…) and its malformed-body answer, over
// real HTTP in the sandbox server, as an e2e test running the sandbox as a process would use them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import request from 'supertest';
import { FAKE_FACTORIES } from '../core/testing/fake-platform.js';
import { startSandbox, type RunningSandbox } from '../sandbox.js';
import { createExactOnlineSandbox, type ExactOnlineSandbox } from './index.js';
import { DEMO_APP, DEMO_USER } from './options.js';

const REDIRECT_URI = 'http://localhost:3000/connect/exact/callback';

let sandbox: RunningSandbox;
let exact: ExactOnlineSandbox;
let api: ReturnType<typeof request>;
let token: string;
let division: number;

beforeAll(async () => {
  sandbox = await startSandbox({
    today: '2026-03-02',
    factories: [createExactOnlineSandbox, ...FAKE_FACTORIES.filter((factory) => factory !== FAKE_FACTORIES[0])],
    platforms: { 'exact-online': { administrations: [{ invoices: 30 }] } },
  });
  exact = sandbox.platforms['exact-online'] as ExactOnlineSandbox;
  api = request(sandbox.url);
  division = exact.divisionCode('adm-1');
  token = await connect();
}, 30_000);

afterEach(async () => {
  await api.delete('/_sandbox/exact-online/options').expect(200);
});

afterAll(async () => {
  await sandbox.close();
  nock.restore(); // see core/control/control-router.spec.ts
});

/** Consent with `sandbox_auto=approve` and the code exchange, as the hub's connect flow does. */
async function connect(clientId = DEMO_APP.clientId, clientSecret = DEMO_APP.clientSecret): Promise<string> {
  const consent = await api
    .get('/exact-online/api/oauth2/auth')
    .query({ client_id: clientId, redirect_uri: REDIRECT_URI, response_type: 'code', state: 's', sandbox_auto: 'approve' })
    .expect(302);
  const code = new URL(String(consent.headers.location)).searchParams.get('code') ?? '';
  const tokens = await api
    .post('/exact-online/api/oauth2/token')
    .type('form')
    .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: clientId, client_secret: clientSecret })
    .expect(200);
  return tokens.body.access_token as string;
}

function getAccounts(): request.Test {
  return api.get(`/exact-online/api/v1/${division}/crm/Accounts?$top=1`).set('Authorization', `Bearer ${token}`).set('Accept', 'application/json');
}

describe('GET/PUT/DELETE /_sandbox/exact-online/options', () => {
  it('shows the live switches', async () => {
    const response = await api.get('/_sandbox/exact-online/options').expect(200);
    expect(response.body).toMatchObject({ rateLimits: { minutely: 60, daily: 5000 }, pageSizes: { standard: 60 }, postCreatedStatus: 201 });
    expect(response.body.apps[0].clientId).toBe(DEMO_APP.clientId);
  });

  it('merges a group patch and applies it to the next call: rate limits tightened, then relaxed', async () => {
    const tightened = await api.put('/_sandbox/exact-online/options').send({ rateLimits: { minutely: 2 } }).expect(200);
    expect(tightened.body.rateLimits).toEqual({ minutely: 2, daily: 5000 });

    sandbox.context.clock.advance(60_000); // a fresh minute window
    await getAccounts().expect(200);
    await getAccounts().expect(200);
    const limited = await getAccounts().expect(429);
    expect(limited.headers['x-ratelimit-minutely-limit']).toBe('2');

    await api.put('/_sandbox/exact-online/options').send({ rateLimits: { minutely: 10_000, daily: 1_000_000 } }).expect(200);
    const relaxed = await getAccounts().expect(200);
    expect(relaxed.headers['x-ratelimit-minutely-limit']).toBe('10000');
    expect(relaxed.headers['x-ratelimit-limit']).toBe('1000000');
  });

  it('changes the wire format at runtime', async () => {
    expect((await getAccounts().expect(200)).text).toContain('\\/Date(');
    await api.put('/_sandbox/exact-online/options').send({ escapeForwardSlashes: false }).expect(200);
    const plain = (await getAccounts().expect(200)).text;
    expect(plain).toContain('/Date(');
    expect(plain).not.toContain('\\/Date(');
  });

  it('restores the options the sandbox started with', async () => {
    await api.put('/_sandbox/exact-online/options').send({ pageSizes: { standard: 5 }, partialPayments: 'unmatched-receipt' }).expect(200);
    const restored = await api.delete('/_sandbox/exact-online/options').expect(200);
    expect(restored.body).toMatchObject({ pageSizes: { standard: 60, bulkAndSync: 1000 }, partialPayments: 'split-term' });
    expect(exact.options.pageSizes.standard).toBe(60);
  });

  it.each([
    [{ rateLimits: { perMinute: 5 } }, 'rateLimits.perMinute'],
    [{ rateLimits: { minutely: 0 } }, 'rateLimits.minutely'],
    [{ tokens: { tokenCallsPerDay: 'many' } }, 'tokens.tokenCallsPerDay'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    [{ postCreatedStatus: 202 }, 'postCreatedStatus'],
    [{ apps: [{ ...DEMO_APP, redirectUris: ['not a url'] }] }, 'apps[0].redirectUris'],
    [{ users: [] }, 'users'],
    [{ rateLimit: { minutely: 1 } }, 'rateLimit'],
  ])('refuses %j with a 400 naming %s and changes nothing', async (body, field) => {
    const response = await api.put('/_sandbox/exact-online/options').send(body).expect(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', field });
    expect(exact.options.rateLimits).toEqual({ minutely: 60, daily: 5000 });
  });
});

describe('configure() refreshes what is derived from the options', () => {
  it('registers new apps and users and re-encodes instants', async () => {
    const app = { ...DEMO_APP, clientId: '0f6d7c1e-2222-4a3b-9c8d-7e6f5a4b3c2d', clientSecret: 'other-secret', name: 'Tweede app' };
    const user = { ...DEMO_USER, userName: 'tweede@debtor-hub.test', fullName: 'Tweede Boekhouder' };
    exact.configure({ apps: [DEMO_APP, app], users: [DEMO_USER, user], instantEncoding: 'utc' });

    expect(await connect(app.clientId, app.clientSecret)).toMatch(/\S/);
    expect(exact.runtime.state.userByName(user.userName)?.fullName).toBe('Tweede Boekhouder');
    expect(exact.runtime.instant(1_772_445_600_000)).toBe(1_772_445_600_000);

    exact.configure({ instantEncoding: 'local-wall-clock' });
    expect(exact.runtime.instant(1_772_445_600_000)).toBe(1_772_445_600_000 + 3_600_000); // CET in March
  });

  it('checks a patch from code as the control API does', () => {
    expect(() => exact.configure({ pageSizes: { standard: -1 } })).toThrow(expect.objectContaining({ status: 400, field: 'pageSizes.standard' }));
  });
});

describe('webhook deliveries', () => {
  let receiver: Server;
  let callbackUrl: string;
  const received: string[] = [];

  beforeAll(async () => {
    // Answers after 150 ms, so a delivery is still in flight when the flush is asked for.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        setTimeout(() => res.writeHead(200).end(), 150);
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/exact`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('flushes the deliveries in flight and lists them', async () => {
    await api
      .post(`/exact-online/api/v1/${division}/webhooks/WebhookSubscriptions`)
      .set('Authorization', `Bearer ${token}`)
      .set('Accept', 'application/json')
      .send({ Topic: 'FinancialTransactions', CallbackURL: callbackUrl })
      .expect(201);
    const invoice = sandbox.runtime.fixtures('exact-online')[0]?.invoices.find((candidate) => !candidate.isCreditNote && candidate.openCents === candidate.totalCents);
    await api.post('/_sandbox/exact-online/administrations/adm-1/payments').send({ invoiceNumber: invoice?.number, amountCents: 500 }).expect(201);

    const flushed = await api.post('/_sandbox/exact-online/webhooks/flush').expect(200);
    expect(flushed.body).toEqual([expect.objectContaining({ callbackUrl, topic: 'FinancialTransactions', action: 'Create', outcome: 'delivered', attempts: 1, lastStatus: 200 })]);
    expect(received).toEqual([flushed.body[0].body]);

    const listed = await api.get('/_sandbox/exact-online/webhooks/deliveries').expect(200);
    expect(listed.body).toEqual(flushed.body);
  });

  it('flushes at once when nothing is in flight', async () => {
    const response = await api.post('/_sandbox/exact-online/webhooks/flush').expect(200);
    expect(response.body).toHaveLength(1);
  });
});

describe('a malformed JSON body', () => {
  it("gets Exact's error envelope from the REST API", async () => {
    const response = await api
      .post(`/exact-online/api/v1/${division}/activities/CommunicationNotes`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send('{"Subject": "Herinnering",')
      .expect(400);
    expect(response.body).toEqual({ error: { code: '', message: { lang: '', value: 'Error processing request stream. The request body is not valid JSON.' } } });
  });

  it("gets the OAuth error from the token endpoint", async () => {
    const response = await api.post('/exact-online/api/oauth2/token').set('Content-Type', 'application/json').send('{grant_type').expect(400);
    expect(response.body).toEqual({ error: 'invalid_request' });
  });
});
