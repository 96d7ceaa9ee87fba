// SnelStart's own control routes (/_sandbox/snelstart/…) and its malformed-body answers, over real
// HTTP in the sandbox server, as an e2e test running the sandbox as a process would use them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import request from 'supertest';
import { fakePlatformFactory } from '../core/testing/fake-platform.js';
import { startSandbox, type RunningSandbox } from '../sandbox.js';
import { INVALID_CLIENTKEY } from './auth/token-route.js';
import { createSnelStartSandbox, SNELSTART_RATE_LIMIT_TIERS, type SnelStartSandbox } from './index.js';

const CONTROL = '/_sandbox/snelstart';
const RELATIE_ID = '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b';

let sandbox: RunningSandbox;
let snelstart: SnelStartSandbox;
let api: ReturnType<typeof request>;

beforeAll(async () => {
  sandbox = await startSandbox({
    today: '2026-05-15',
    platforms: { snelstart: { administrations: [{ invoices: 12 }, { invoices: 5 }] } },
    factories: [fakePlatformFactory('exact-online'), createSnelStartSandbox, fakePlatformFactory('e-boekhouden')],
  });
  snelstart = sandbox.platforms.snelstart as SnelStartSandbox;
  api = request(sandbox.url);
}, 30_000);

afterAll(async () => {
  await sandbox.close();
  nock.restore(); // see core/control/control-router.spec.ts
});

async function credentials(): Promise<Record<string, string>> {
  return ((await api.get('/_sandbox/credentials').expect(200)).body as { snelstart: Record<string, string> }).snelstart;
}

function requestToken(connectionKey: string): request.Test {
  return api.post('/snelstart/auth/b2b/token').type('form').send({ grant_type: 'clientkey', clientkey: connectionKey });
}

async function token(administrationKey = 'adm-1'): Promise<string> {
  const key = (await credentials())[`connectionKey.${administrationKey}`] ?? '';
  return (await requestToken(key).expect(200)).body.access_token as string;
}

async function listInvoices(bearer: string): Promise<request.Response> {
  const subscriptionKey = (await credentials()).subscriptionKey ?? '';
  return api.get('/snelstart/api/v2/verkoopfacturen?$top=1').set('Authorization', `Bearer ${bearer}`).set('Ocp-Apim-Subscription-Key', subscriptionKey);
}

describe('GET/PUT/DELETE /_sandbox/snelstart/options', () => {
  afterEach(async () => {
    await api.delete(`${CONTROL}/options`).expect(200);
  });

  it('switches rate limiting off and on at runtime', async () => {
    expect((await api.get(`${CONTROL}/options`).expect(200)).body.rateLimits).toEqual(SNELSTART_RATE_LIMIT_TIERS.productie);
    sandbox.context.clock.advance(3_600_000); // an empty hour window
    const bearer = await token();

    const tight = await api.put(`${CONTROL}/options`).send({ rateLimits: { perMinute: 1, perHour: 100, concurrent: 5 } }).expect(200);
    expect(tight.body.rateLimits).toEqual({ perMinute: 1, perHour: 100, concurrent: 5 });
    expect((await listInvoices(bearer)).status).toBe(200);
    expect((await listInvoices(bearer)).status).toBe(429);

    const off = await api.put(`${CONTROL}/options`).send({ rateLimits: null }).expect(200);
    expect(off.body.rateLimits).toBeNull();
    expect(snelstart.options.rateLimits).toBeNull();
    expect((await listInvoices(bearer)).status).toBe(200);
  });

  it('restores the options the sandbox started with', async () => {
    await api.put(`${CONTROL}/options`).send({ rateLimits: null, aspNetErrorKeys: 'pascal', grantedScopes: ['relaties:read'] }).expect(200);
    const restored = await api.delete(`${CONTROL}/options`).expect(200);
    expect(restored.body).toMatchObject({ rateLimits: SNELSTART_RATE_LIMIT_TIERS.productie, aspNetErrorKeys: 'camel' });
    expect(snelstart.options.grantedScopes).toContain('boekhouden:write');
  });

  it.each([
    [{ rateLimits: { perMinute: 5 } }, 'rateLimits.perHour'],
    [{ rateLimits: 'off' }, 'rateLimits'],
    [{ grantedScopes: ['relaties:read', 'everything'] }, 'grantedScopes[1]'],
    [{ timeZone: 'CET' }, 'timeZone'],
    [{ retryAfterHeader: 1 }, 'retryAfterHeader'],
    [{ activationWebhookUrl: 'not a url' }, 'activationWebhookUrl'],
    [{ customFieldDefinitions: [{ name: 'Fase', type: 'Text' }] }, 'customFieldDefinitions[0].relatiesoort'],
    [{ rateLimitsOff: true }, 'rateLimitsOff'],
  ])('refuses %j with a 400 naming %s and changes nothing', async (body, field) => {
    const response = await api.put(`${CONTROL}/options`).send(body).expect(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', field });
    expect(snelstart.options.rateLimits).toEqual(SNELSTART_RATE_LIMIT_TIERS.productie);
  });
});

describe('the koppelsleutel of an administratie', () => {
  it('regenerates: the old key stops working, the new one works', async () => {
    const old = (await credentials())['connectionKey.adm-2'] ?? '';
    const response = await api.post(`${CONTROL}/administrations/adm-2/connection-key/regenerate`).expect(200);
    expect(response.body).toEqual({ administrationKey: 'adm-2', action: 'Regenerate', koppelsleutel: expect.any(String), delivery: null });
    expect(response.body.koppelsleutel).not.toBe(old);
    expect((await requestToken(old).expect(400)).body).toEqual({ error: INVALID_CLIENTKEY });
    await requestToken(response.body.koppelsleutel as string).expect(200);
  });

  it('deletes: the key is refused, and a second delete is a conflict', async () => {
    const key = (await credentials())['connectionKey.adm-2'] ?? '';
    const response = await api.delete(`${CONTROL}/administrations/adm-2/connection-key`).expect(200);
    expect(response.body).toEqual({ administrationKey: 'adm-2', action: 'Delete', koppelsleutel: key, delivery: null });
    await requestToken(key).expect(400);
    expect((await api.delete(`${CONTROL}/administrations/adm-2/connection-key`).expect(409)).body).toMatchObject({ error: 'conflict' });
  });

  it('answers an unknown administratie with a 404', async () => {
    const response = await api.post(`${CONTROL}/administrations/adm-9/connection-key/regenerate`).expect(404);
    expect(response.body).toEqual({ error: 'not_found', message: "No SnelStart administratie with key 'adm-9'" });
    await api.delete(`${CONTROL}/administrations/adm-9/connection-key`).expect(404);
  });
});

describe('GET /_sandbox/snelstart/activation/deliveries', () => {
  let receiver: Server;
  const received: unknown[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/snelstart/activation`;
    await api.put(`${CONTROL}/options`).send({ activationWebhookUrl: url }).expect(200);
  });

  afterAll(async () => {
    await api.delete(`${CONTROL}/options`).expect(200);
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('lists the webhook calls of an activation and a regeneration', async () => {
    await api
      .get('/snelstart/web/couplings/activate/debtor-hub')
      .query({ referenceKey: 'tenant-7', sandbox_auto: 'approve', administration: 'adm-1' })
      .set('Accept', 'application/json')
      .expect(200);
    const regenerated = await api.post(`${CONTROL}/administrations/adm-1/connection-key/regenerate`).expect(200);
    expect(regenerated.body.delivery).toMatchObject({ delivered: true, status: 204 });

    const deliveries = await api.get(`${CONTROL}/activation/deliveries`).expect(200);
    expect(deliveries.body.map((delivery: { payload: unknown }) => delivery.payload)).toEqual(received);
    expect(received).toEqual([
      { KoppelSleutel: expect.any(String), ActionType: 'Create', ReferenceKey: 'tenant-7' },
      { KoppelSleutel: regenerated.body.koppelsleutel, ActionType: 'Regenerate', ReferenceKey: 'tenant-7' },
    ]);
  });
});

describe('a malformed JSON body', () => {
  function send(method: 'put' | 'post', path: string): request.Test {
    return api[method](path).set('Content-Type', 'application/json').send('{"naam": "Jansen",');
  }

  it("gets the resource's own validation code", async () => {
    const relatie = await send('put', `/snelstart/api/v2/relaties/${RELATIE_ID}`).expect(400);
    expect(relatie.body).toEqual([{ errorCode: 'REL-0066', message: 'De input is incompleet of incorrect. Controleer of de json valide is en de juiste properties bevat.' }]);
    expect((await send('put', `/snelstart/api/v2/relaties/${RELATIE_ID}/customFields`).expect(400)).body).toEqual([expect.objectContaining({ errorCode: 'REF-0016' })]);
    expect((await send('post', '/snelstart/api/v2/documenten/Relaties').expect(400)).body).toEqual([expect.objectContaining({ errorCode: 'BLG-0009' })]);
  });

  it("gets ASP.NET's invalid-request message elsewhere, in the configured key case", async () => {
    expect((await send('post', '/snelstart/api/v2/verkoopboekingen').expect(400)).body).toEqual({ message: 'The request is invalid.' });
    await api.put(`${CONTROL}/options`).send({ aspNetErrorKeys: 'pascal' }).expect(200);
    expect((await send('post', '/snelstart/api/v2/verkoopboekingen').expect(400)).body).toEqual({ Message: 'The request is invalid.' });
    await api.delete(`${CONTROL}/options`).expect(200);
  });

  it("gets the token server's error on the token endpoint", async () => {
    expect((await send('post', '/snelstart/auth/b2b/token').expect(400)).body).toEqual({ error: 'unsupported_grant_type' });
  });
});
