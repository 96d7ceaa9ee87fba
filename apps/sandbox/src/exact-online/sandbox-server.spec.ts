// The stand-in inside the real sandbox server (core startSandbox), over real HTTP: the demo
// credentials, the OAuth flow, absolute __next links and the control API working together.
import { FAKE_FACTORIES } from '../core/testing/fake-platform.js';
import { startSandbox, type RunningSandbox } from '../sandbox.js';
import { createExactOnlineSandbox, flushExactOnlineWebhooks } from './index.js';

describe('Exact Online in the sandbox server', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({
      today: '2026-03-02',
      factories: [createExactOnlineSandbox, ...FAKE_FACTORIES.filter((factory) => factory !== FAKE_FACTORIES[0])],
      platforms: { 'exact-online': { administrations: [{ invoices: 1100 }] } },
    });
  });

  afterAll(() => sandbox.close());

  it('connects with the demo credentials, pages a sync endpoint through absolute __next links and sees a control payment', async () => {
    const credentials = (await (await fetch(`${sandbox.url}/_sandbox/credentials`)).json()) as Record<string, Record<string, string>>;
    const exact = credentials['exact-online'] ?? {};
    expect(exact.baseUrl).toBe(`${sandbox.url}/exact-online`);

    const redirectUri = 'http://localhost:3000/connect/exact/callback';
    const consent = await fetch(`${exact.authorizeUrl}?${new URLSearchParams({ client_id: exact.clientId ?? '', redirect_uri: redirectUri, response_type: 'code', state: 's', sandbox_auto: 'approve' })}`, { redirect: 'manual' });
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokenResponse = await fetch(exact.tokenUrl ?? '', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: exact.clientId ?? '', client_secret: exact.clientSecret ?? '' }),
    });
    const { access_token: accessToken } = (await tokenResponse.json()) as { access_token: string };
    const division = Number((exact.divisions ?? '').split(',')[0]?.split('=')[0]);
    const get = async (url: string) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
      return (await response.json()) as { d: { results: Array<Record<string, string>>; __next?: string } };
    };

    let next: string | undefined = `${exact.baseUrl}/api/v1/${division}/sync/Cashflow/PaymentTerms?$select=Timestamp,InvoiceNumber&$filter=Timestamp gt 1`;
    let rows = 0;
    let highest = 0;
    while (next !== undefined) {
      const page = await get(next);
      rows += page.d.results.length;
      highest = Math.max(highest, ...page.d.results.map((row) => Number(row.Timestamp)));
      next = page.d.__next;
      if (next !== undefined) expect(next.startsWith(`${sandbox.url}/exact-online/api/v1/${division}/sync/Cashflow/PaymentTerms?`)).toBe(true);
    }
    expect(rows).toBeGreaterThan(1000);

    const invoice = sandbox.runtime.fixtures('exact-online')[0]?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents);
    const payment = await fetch(`${sandbox.url}/_sandbox/exact-online/administrations/adm-1/payments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invoiceNumber: invoice?.number, amountCents: invoice?.totalCents }),
    });
    expect(payment.status).toBe(201);
    await flushExactOnlineWebhooks(sandbox.platforms['exact-online']);

    const changed = await get(`${exact.baseUrl}/api/v1/${division}/sync/Cashflow/PaymentTerms?$select=Timestamp,InvoiceNumber,IsFullyPaid&$filter=Timestamp gt ${highest}L`);
    expect(changed.d.results).toEqual([expect.objectContaining({ InvoiceNumber: Number(invoice?.number.replace(/\D/g, '')), IsFullyPaid: true })]);
    const stats = (await (await fetch(`${sandbox.url}/_sandbox/exact-online/stats`)).json()) as { calls: number };
    expect(stats.calls).toBeGreaterThanOrEqual(4);
  });
});
