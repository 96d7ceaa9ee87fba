import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { INVALID_CLIENTKEY } from '../auth/token-route.js';
import { administration } from '../testing/fixture.js';
import { createHarness, TOKEN_PATH, type Harness } from '../testing/harness.js';
import { deleteConnectionKey, regenerateConnectionKey } from '../connection-keys.js';
import type { ActivationPayload } from './webhook.js';

const ACTIVATE = '/snelstart/web/couplings/activate/debtor-hub';
const REFERENCE = 'tenant-42.9f86d081884c7d659a2feaa0c55ad015';

/** The partner's webhook endpoint (the hub's POST /webhooks/snelstart/activation), on loopback. */
class Receiver {
  readonly received: { body: unknown; contentType: string | undefined }[] = [];
  status = 204;
  private server: Server | null = null;

  async start(): Promise<string> {
    const app = express();
    app.post('/webhooks/snelstart/activation', express.json(), (req, res) => {
      this.received.push({ body: req.body, contentType: req.get('content-type') });
      res.status(this.status).end();
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/webhooks/snelstart/activation`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  payloads(): ActivationPayload[] {
    return this.received.map((entry) => entry.body as ActivationPayload);
  }
}

function tokenFor(h: Harness, koppelsleutel: string): request.Test {
  return request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'clientkey', clientkey: koppelsleutel });
}

describe('koppelsleutel activation flow (web.snelstart.nl/couplings/activate/{appShortName})', () => {
  const receiver = new Receiver();
  let webhookUrl = '';

  beforeAll(async () => {
    webhookUrl = await receiver.start();
  });
  afterAll(() => receiver.stop());
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.status = 204;
  });

  const harness = () => createHarness([administration({ key: 'adm-1', name: 'Bakkerij De Vries B.V.' }), administration({ key: 'adm-2', name: 'Slagerij Jansen' })], { activationWebhookUrl: webhookUrl });

  it('shows SnelStart Web\'s page: the administraties to choose from and the approve button', async () => {
    const h = harness();
    const page = await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&successUrl=${encodeURIComponent('http://hub.test/done')}`).expect(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('Bakkerij De Vries B.V.');
    expect(page.text).toContain('Slagerij Jansen');
    expect(page.text).toContain('Koppeling instellen</button>');
    expect(page.text).toContain(`name="referenceKey" value="${REFERENCE}"`);
  });

  it('on approval POSTs {KoppelSleutel, ActionType: "Create", ReferenceKey} to the webhook and redirects to successUrl', async () => {
    const h = harness();
    const approved = await request(h.app)
      .post(ACTIVATE)
      .type('form')
      .send({ administration: 'adm-2', referenceKey: REFERENCE, successUrl: 'http://hub.test/done', decision: 'approve' });

    expect(approved.status).toBe(302);
    expect(approved.headers.location).toBe('http://hub.test/done');
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.contentType).toMatch(/^application\/json/);
    const [payload] = receiver.payloads();
    expect(Object.keys(payload ?? {})).toEqual(['KoppelSleutel', 'ActionType', 'ReferenceKey']);
    expect(payload).toMatchObject({ ActionType: 'Create', ReferenceKey: REFERENCE });

    const token = await tokenFor(h, payload?.KoppelSleutel ?? '').expect(200);
    const company = await h.get('/companyInfo', String(token.body.access_token)).expect(200);
    expect(company.body.administratieNaam).toBe('Slagerij Jansen');
  });

  it('approves without the form with ?sandbox_auto=approve', async () => {
    const h = harness();
    const response = await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve&administration=adm-1`).set('Accept', 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ administrationKey: 'adm-1', actionType: 'Create', delivery: { status: 204, delivered: true } });
    expect(receiver.payloads()).toEqual([expect.objectContaining({ ActionType: 'Create', ReferenceKey: REFERENCE })]);
  });

  it('Regenerate: a new key is delivered and the old key and its tokens stop working', async () => {
    const h = harness();
    await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve&administration=adm-1`).expect(200);
    const created = receiver.payloads()[0]?.KoppelSleutel ?? '';
    const oldToken = String((await tokenFor(h, created)).body.access_token);

    const outcome = await h.sandbox.activation.regenerate('adm-1');

    const regenerated = receiver.payloads()[1];
    expect(regenerated).toEqual({ KoppelSleutel: outcome.koppelsleutel, ActionType: 'Regenerate', ReferenceKey: REFERENCE });
    expect(regenerated?.KoppelSleutel).not.toBe(created);
    expect((await tokenFor(h, created)).body).toEqual({ error: INVALID_CLIENTKEY });
    expect((await h.get('/companyInfo', oldToken)).status).toBe(401);
    expect((await tokenFor(h, regenerated?.KoppelSleutel ?? '')).status).toBe(200);
  });

  it('Delete: the revoked key is reported and refused from then on', async () => {
    const h = harness();
    await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve&administration=adm-1`).expect(200);
    const created = receiver.payloads()[0]?.KoppelSleutel ?? '';

    await h.sandbox.activation.remove('adm-1');

    expect(receiver.payloads()[1]).toEqual({ KoppelSleutel: created, ActionType: 'Delete', ReferenceKey: REFERENCE });
    expect((await tokenFor(h, created)).status).toBe(400);
  });

  it('does not retry a failed delivery, and records it', async () => {
    const h = harness();
    receiver.status = 500;
    await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve`).expect(200);
    expect(receiver.received).toHaveLength(1);
    expect(h.sandbox.activation.deliveries()).toEqual([expect.objectContaining({ status: 500, delivered: false, url: webhookUrl })]);
  });

  it('delivers nothing during a webhook outage', async () => {
    const h = harness();
    h.context.setFaults('snelstart', { webhookOutage: true });
    await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve`).expect(200);
    expect(receiver.received).toHaveLength(0);
    expect(h.sandbox.activation.deliveries()[0]).toMatchObject({ delivered: false, status: null });
  });

  it('requires a referenceKey of at most 500 characters, and knows only its own app', async () => {
    const h = harness();
    expect((await request(h.app).get(ACTIVATE)).status).toBe(400);
    expect((await request(h.app).get(`${ACTIVATE}?referenceKey=${'x'.repeat(501)}`)).status).toBe(400);
    expect((await request(h.app).get(`/snelstart/web/couplings/activate/other-app?referenceKey=${REFERENCE}`)).status).toBe(404);
  });

  it('regenerates a hand-made (maatwerk) key without a webhook when the app was never activated', async () => {
    const h = harness();
    const before = h.connectionKey('adm-1');
    const outcome = await h.sandbox.activation.regenerate('adm-1');
    expect(outcome.delivery).toBeNull();
    expect(receiver.received).toHaveLength(0);
    expect((await tokenFor(h, before)).status).toBe(400);
    expect((await tokenFor(h, outcome.koppelsleutel)).status).toBe(200);
  });

  it('redirects /snelstart/activation to the app\'s activation page', async () => {
    const h = harness();
    const response = await request(h.app).get(`/snelstart/activation?referenceKey=${REFERENCE}`);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`${ACTIVATE}?referenceKey=${REFERENCE}`);
  });

  it('exposes Regenerate and Delete to the control side for a plain PlatformSandbox', async () => {
    const h = harness();
    await request(h.app).get(`${ACTIVATE}?referenceKey=${REFERENCE}&sandbox_auto=approve&administration=adm-2`).expect(200);

    await regenerateConnectionKey(h.sandbox, 'adm-2');
    await deleteConnectionKey(h.sandbox, 'adm-2');

    expect(receiver.payloads().map((payload) => payload.ActionType)).toEqual(['Create', 'Regenerate', 'Delete']);
    expect(() => regenerateConnectionKey({ ...h.sandbox, platform: 'exact-online' }, 'adm-2')).toThrow(expect.objectContaining({ status: 400 }));
  });
});
