import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DEMO_APP } from '../options.js';
import { apiGet, apiPost, closeHarnesses, connect, createHarness, type Harness, type Tokens } from '../testing/harness.js';

afterEach(closeHarnesses);

interface Received {
  raw: string;
  headers: IncomingMessage['headers'];
}

/** A webhook receiver on 127.0.0.1 that records raw bodies; `statuses` are answered in turn (then 200). */
async function startReceiver(statuses: number[] = [], delayMs = 0): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ raw: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      setTimeout(() => res.writeHead(statuses.shift() ?? 200).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/exact`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Verifies like a careful receiver: HMAC over the Content text exactly as received (§5.4). */
function verify(raw: string, secret: string): { content: Record<string, unknown>; valid: boolean; contentText: string } {
  const match = /^\{"Content":(.*),"HashCode":"([0-9A-F]{64})"\}$/.exec(raw);
  if (match === null) throw new Error(`Unexpected webhook body: ${raw}`);
  const contentText = match[1] as string;
  const expected = createHmac('sha256', secret).update(contentText).digest('hex').toUpperCase();
  return { content: JSON.parse(contentText) as Record<string, unknown>, valid: expected === match[2], contentText };
}

describe('Exact Online webhooks (§5)', () => {
  let harness: Harness;
  let tokens: Tokens;
  let key: string;
  const receivers: Array<{ close(): Promise<void> }> = [];

  beforeEach(async () => {
    harness = await createHarness({ administrations: [{ invoices: 30, debtors: 40 }] });
    tokens = await connect(harness);
    key = harness.administrations[0]?.key ?? '';
  });

  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });

  async function subscribe(topic: string, callbackUrl: string): Promise<request.Response> {
    return apiPost(harness, tokens.accessToken, `/api/v1/${harness.division}/webhooks/WebhookSubscriptions`, { Topic: topic, CallbackURL: callbackUrl });
  }

  function openInvoice() {
    const invoice = harness.administrations[0]?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents);
    if (invoice === undefined) throw new Error('no open invoice');
    return invoice;
  }

  it('delivers a payment as a FinancialTransactions notification signed over the raw Content text', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    expect((await subscribe('FinancialTransactions', receiver.url)).status).toBe(201);

    const payment = harness.sandbox.control.registerPayment(key, openInvoice().number, 500);
    await harness.sandbox.flushWebhooks();

    expect(receiver.received).toHaveLength(1);
    const { raw, headers } = receiver.received[0] as Received;
    const { content, valid, contentText } = verify(raw, DEMO_APP.webhookSecret);
    expect(valid).toBe(true);
    expect(verify(raw, DEMO_APP.clientSecret).valid).toBe(false);
    expect(Object.keys(content)).toEqual(['Topic', 'ClientId', 'Division', 'Action', 'Key', 'ExactOnlineEndpoint', 'EventCreatedOn']);
    expect(content).toMatchObject({ Topic: 'FinancialTransactions', ClientId: DEMO_APP.clientId, Division: harness.division, Action: 'Create', Key: payment.key });
    expect(content.EventCreatedOn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
    expect(contentText).not.toContain(' ');
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['x-exact-signature']).toBeUndefined();
  });

  it('sends debtor changes under Accounts (Update, Delete) and only to that topic\'s subscribers', async () => {
    const accounts = await startReceiver();
    const financial = await startReceiver();
    receivers.push(accounts, financial);
    await subscribe('Accounts', accounts.url);
    await subscribe('FinancialTransactions', financial.url);
    const debtor = harness.administrations[0]?.debtors.find((d) => harness.administrations[0]?.invoices.every((i) => i.debtorKey !== d.key));
    if (debtor === undefined) throw new Error('no debtor without invoices');

    harness.sandbox.control.changeDebtor(key, debtor.code, { name: 'Andere Naam' });
    harness.sandbox.control.deleteDebtor(key, debtor.code);
    await harness.sandbox.flushWebhooks();

    const contents = accounts.received.map((r) => verify(r.raw, DEMO_APP.webhookSecret).content);
    expect(contents.map((c) => c.Action)).toEqual(['Update', 'Delete']);
    expect(contents[0]?.ExactOnlineEndpoint).toBe(`http://127.0.0.1:4010/exact-online/api/v1/${harness.division}/crm/Accounts(guid'${String(contents[0]?.Key)}')`);
    expect(financial.received).toHaveLength(0);
  });

  it('never makes the control call wait for the callback', async () => {
    const slow = await startReceiver([], 300);
    receivers.push(slow);
    await subscribe('FinancialTransactions', slow.url);

    harness.sandbox.control.registerPayment(key, openInvoice().number, 100);

    expect(harness.sandbox.webhookDeliveries().map((d) => d.outcome)).toEqual(['pending']);
    await harness.sandbox.flushWebhooks();
    expect(harness.sandbox.webhookDeliveries().map((d) => d.outcome)).toEqual(['delivered']);
  });

  it('retries a failed delivery shortly', async () => {
    const flaky = await startReceiver([500]);
    receivers.push(flaky);
    await subscribe('FinancialTransactions', flaky.url);

    harness.sandbox.control.registerPayment(key, openInvoice().number, 100);
    await harness.sandbox.flushWebhooks();

    expect(flaky.received).toHaveLength(2);
    expect(flaky.received[0]?.raw).toBe(flaky.received[1]?.raw);
    expect(harness.sandbox.webhookDeliveries()[0]).toMatchObject({ outcome: 'delivered', attempts: 2 });
  });

  it('sends nothing while the webhookOutage fault is on', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    await subscribe('FinancialTransactions', receiver.url);
    harness.context.setFaults('exact-online', { webhookOutage: true });

    harness.sandbox.control.registerPayment(key, openInvoice().number, 100);
    await harness.sandbox.flushWebhooks();

    expect(receiver.received).toHaveLength(0);
    expect(harness.sandbox.webhookDeliveries()[0]?.outcome).toBe('skipped');
  });

  it('keeps one subscription per topic per app per division, lists only the app\'s own, and stops after DELETE', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const created = await subscribe('FinancialTransactions', receiver.url);
    const duplicate = await subscribe('FinancialTransactions', `${receiver.url}/2`);
    const unknownTopic = await subscribe('Reminders', receiver.url);
    const listed = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/webhooks/WebhookSubscriptions`);

    expect(duplicate.status).toBe(400);
    expect(unknownTopic.status).toBe(400);
    expect(listed.body.d.results).toEqual([expect.objectContaining({ ID: created.body.d.ID, Topic: 'FinancialTransactions', CallbackURL: receiver.url })]);

    const removed = await request(harness.app)
      .delete(`/exact-online/api/v1/${harness.division}/webhooks/WebhookSubscriptions(guid'${String(created.body.d.ID)}')`)
      .set('Authorization', `Bearer ${tokens.accessToken}`);
    harness.sandbox.control.registerPayment(key, openInvoice().number, 100);
    await harness.sandbox.flushWebhooks();

    expect(removed.status).toBe(204);
    expect(receiver.received).toHaveLength(0);
  });
});
