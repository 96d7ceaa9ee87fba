// The stand-in inside the real sandbox server: mounted at /snelstart next to the control API,
// driven over HTTP exactly as the hub and the demo scripts drive it.
import { fakePlatformFactory } from '../core/testing/fake-platform.js';
import { startSandbox, type RunningSandbox } from '../sandbox.js';
import { createSnelStartSandbox } from './index.js';

describe('SnelStart in the sandbox server', () => {
  let sandbox: RunningSandbox;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    sandbox = await startSandbox({
      today: '2026-05-15',
      platforms: { snelstart: { administrations: [{ invoices: 37 }] } },
      factories: [fakePlatformFactory('exact-online'), createSnelStartSandbox, fakePlatformFactory('e-boekhouden')],
    });
    credentials = ((await (await fetch(`${sandbox.url}/_sandbox/credentials`)).json()) as { snelstart: Record<string, string> }).snelstart;
  });
  afterAll(() => sandbox.close());

  async function token(): Promise<string> {
    const response = await fetch(`${credentials.authUrl}/b2b/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'clientkey', clientkey: credentials['connectionKey.adm-1'] ?? '' }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  async function api(path: string, bearer: string): Promise<Response> {
    return fetch(`${credentials.apiUrl}${path}`, { headers: { Authorization: `Bearer ${bearer}`, 'Ocp-Apim-Subscription-Key': credentials.subscriptionKey ?? '' } });
  }

  it('publishes the hub\'s base URLs, subscription key and one koppelsleutel per administratie', () => {
    expect(credentials).toMatchObject({
      authUrl: `${sandbox.url}/snelstart/auth`,
      apiUrl: `${sandbox.url}/snelstart/api/v2`,
      activationUrl: `${sandbox.url}/snelstart/web/couplings/activate/debtor-hub`,
      subscriptionKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      'connectionKey.adm-1': expect.any(String),
    });
  });

  it('pages through every generated invoice and agrees with open items to the cent', async () => {
    const bearer = await token();
    const invoices: { openstaandSaldo: number }[] = [];
    for (let skip = 0; ; skip += 10) {
      const page = (await (await api(`/verkoopfacturen?$top=10&$skip=${skip}`, bearer)).json()) as { openstaandSaldo: number }[];
      invoices.push(...page);
      if (page.length < 10) break;
    }
    const openItems = (await (await fetch(`${sandbox.url}/_sandbox/snelstart/administrations/adm-1/open-items`)).json()) as { totalOpenCents: number; openInvoiceCount: number };

    expect(invoices).toHaveLength(37);
    const open = invoices.filter((invoice) => invoice.openstaandSaldo !== 0);
    expect(open).toHaveLength(openItems.openInvoiceCount);
    expect(open.reduce((sum, invoice) => sum + Math.round(invoice.openstaandSaldo * 100), 0)).toBe(openItems.totalOpenCents);
  });

  it('books a payment through the control API: openstaandSaldo drops, modifiedOn stays', async () => {
    const bearer = await token();
    const [target] = (await (await api('/verkoopfacturen?$filter=OpenstaandSaldo gt 10.00m&$top=1', bearer)).json()) as { id: string; factuurnummer: string; openstaandSaldo: number; modifiedOn: string }[];
    const payment = await fetch(`${sandbox.url}/_sandbox/snelstart/administrations/adm-1/payments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invoiceNumber: target?.factuurnummer, amountCents: 500 }),
    });
    const after = (await (await api(`/verkoopfacturen/${target?.id ?? ''}`, bearer)).json()) as { openstaandSaldo: number; modifiedOn: string };

    expect(payment.status).toBe(201);
    expect(Math.round(after.openstaandSaldo * 100)).toBe(Math.round((target?.openstaandSaldo ?? 0) * 100) - 500);
    expect(after.modifiedOn).toBe(target?.modifiedOn);
  });

  it('logs a write-back the control API can list', async () => {
    const bearer = await token();
    const [relatie] = (await (await api('/relaties?$top=1', bearer)).json()) as { id: string }[];
    await fetch(`${credentials.apiUrl}/relaties/${relatie?.id ?? ''}/customFields`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${bearer}`, 'Ocp-Apim-Subscription-Key': credentials.subscriptionKey ?? '', 'Content-Type': 'application/json' },
      body: JSON.stringify({ klantCustomFields: [{ name: 'Aanmaningsfase', value: 'Herinnering 1' }] }),
    });
    const log = (await (await fetch(`${sandbox.url}/_sandbox/snelstart/write-backs?kind=custom-field`)).json()) as unknown[];
    expect(log).toEqual([expect.objectContaining({ platform: 'snelstart', administrationKey: 'adm-1', method: 'PUT' })]);
  });
});
