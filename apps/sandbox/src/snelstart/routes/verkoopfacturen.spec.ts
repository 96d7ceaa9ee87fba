import { administration, invoice } from '../testing/fixture.js';
import { createHarness } from '../testing/harness.js';

interface FactuurBody {
  id: string;
  factuurnummer: string;
  modifiedOn: string;
  openstaandSaldo: number;
  factuurBedrag: number;
  verkoopBoeking: { id: string; uri: string };
}

async function allPages(h: ReturnType<typeof createHarness>, token: string, top: number, query = ''): Promise<FactuurBody[][]> {
  const pages: FactuurBody[][] = [];
  for (let skip = 0; ; skip += top) {
    const response = await h.get(`/verkoopfacturen?$top=${top}&$skip=${skip}${query}`, token).expect(200);
    const page = response.body as FactuurBody[];
    pages.push(page);
    if (page.length < top) return pages;
  }
}

describe('GET /v2/verkoopfacturen', () => {
  it('answers a bare JSON array in SnelStart\'s casing, amounts as .NET decimals and naive timestamps', async () => {
    const h = createHarness();
    const response = await h.get('/verkoopfacturen?$top=1', await h.token()).expect(200);

    expect(Array.isArray(response.body)).toBe(true);
    const [first] = response.body as Record<string, unknown>[];
    expect(Object.keys(first ?? {})).toEqual([
      'verkoopBoeking', 'modifiedOn', 'openstaandSaldo', 'factuurnummer', 'vervalDatum', 'relatie', 'factuurDatum', 'factuurBedrag', 'verkoopOrders', 'id', 'uri',
    ]);
    expect(first).toMatchObject({ factuurnummer: '2026-00001', factuurDatum: '2026-03-01T00:00:00', vervalDatum: '2026-04-01T00:00:00' });
    expect(response.text).toContain('"factuurBedrag":1210.01');
    expect(response.text).toContain('"openstaandSaldo":1210.01');
    expect(String(first?.modifiedOn)).toMatch(/^2026-03-01T(0[89]|1[0-7]):\d{2}:\d{2}(\.\d{1,3})?$/);
  });

  it('pages with $top/$skip to the very last record of an uneven count, with no paging metadata', async () => {
    const h = createHarness([administration({ debtors: 7, invoices: 1003 })]);
    const token = await h.token();

    const pages = await allPages(h, token, 500);
    expect(pages.map((page) => page.length)).toEqual([500, 500, 3]);
    const numbers = pages.flat().map((factuur) => factuur.factuurnummer);
    expect(new Set(numbers).size).toBe(1003);
    expect(numbers.at(-1)).toBe('2026-01003');

    const small = await allPages(h, token, 7);
    expect(small.map((page) => page.length).slice(-2)).toEqual([7, 2]);
    expect(small.flat().map((factuur) => factuur.factuurnummer)).toEqual(numbers);
  });

  it('serves at most 500 for a larger $top, or refuses it when the switch says so', async () => {
    const h = createHarness([administration({ invoices: 520 })]);
    const token = await h.token();
    expect((await h.get('/verkoopfacturen?$top=1000', token).expect(200)).body).toHaveLength(500);

    h.sandbox.configure({ topAboveMaximum: 'error' });
    const refused = await h.get('/verkoopfacturen?$top=1000', token);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      message: "The query specified in the URI is not valid. The limit of '500' for Top query has been exceeded. The value from the incoming request is '1000'.",
    });
  });

  it('filters on ModifiedOn with the documented datetime literal', async () => {
    const h = createHarness();
    const token = await h.token();
    const all = (await h.get('/verkoopfacturen', token)).body as FactuurBody[];
    const pivot = all[2]?.modifiedOn ?? '';

    const newer = (await h.get(`/verkoopfacturen?$filter=ModifiedOn gt datetime'${pivot}'`, token).expect(200)).body as FactuurBody[];
    const atLeast = (await h.get(`/verkoopfacturen?$filter=ModifiedOn ge datetime'${pivot}'`, token).expect(200)).body as FactuurBody[];

    expect(newer.map((factuur) => factuur.factuurnummer)).toEqual(all.filter((factuur) => factuur.modifiedOn > pivot).map((factuur) => factuur.factuurnummer));
    expect(atLeast).toHaveLength(newer.length + 1);
  });

  it('filters on id, number and amount, combined with and', async () => {
    const h = createHarness();
    const token = await h.token();
    const [first] = (await h.get('/verkoopfacturen?$top=1', token)).body as FactuurBody[];

    const byId = await h.get(`/verkoopfacturen?$filter=Id eq guid'${first?.id ?? ''}' and Factuurnummer eq '2026-00001'`, token).expect(200);
    const byAmount = await h.get('/verkoopfacturen?$filter=FactuurBedrag gt 1210.03m', token).expect(200);

    expect((byId.body as FactuurBody[]).map((factuur) => factuur.id)).toEqual([first?.id]);
    expect((byAmount.body as FactuurBody[]).map((factuur) => factuur.factuurnummer)).toEqual(['2026-00004', '2026-00005']);
  });

  it('orders with $orderby, and keeps storage order when the switch ignores it', async () => {
    const h = createHarness();
    const token = await h.token();
    const descending = (await h.get('/verkoopfacturen?$orderby=Factuurnummer desc', token)).body as FactuurBody[];
    expect(descending.map((factuur) => factuur.factuurnummer)[0]).toBe('2026-00005');

    h.sandbox.configure({ orderBy: 'ignore' });
    const ignored = (await h.get('/verkoopfacturen?$orderby=Factuurnummer desc', token)).body as FactuurBody[];
    expect(ignored.map((factuur) => factuur.factuurnummer)[0]).toBe('2026-00001');
  });

  it('shows credit notes with negative amounts', async () => {
    const generated = administration();
    generated.invoices.push(invoice(6, 3, { number: 'C-2026-1', totalCents: -60_500, vatCents: -10_500, openCents: -60_500, isCreditNote: true, creditsInvoiceKey: 'I000001' }));
    const h = createHarness([generated]);
    const response = await h.get("/verkoopfacturen?$filter=Factuurnummer eq 'C-2026-1'", await h.token());
    expect(response.text).toContain('"factuurBedrag":-605.00');
    expect(response.text).toContain('"openstaandSaldo":-605.00');
  });

  it('answers an unknown id with an empty 404 and a malformed id with ASP.NET\'s binding error', async () => {
    const h = createHarness();
    const token = await h.token();
    const missing = await h.get('/verkoopfacturen/0f0e0d0c-0b0a-4909-8807-060504030201', token);
    const malformed = await h.get('/verkoopfacturen/not-a-guid', token);
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ message: 'The request is invalid.' });
  });
});

describe('payments and deletions, as SnelStart records them', () => {
  it('lowers openstaandSaldo on a payment without bumping the invoice\'s modifiedOn, so a ModifiedOn sync misses it', async () => {
    const h = createHarness();
    const token = await h.token();
    const before = ((await h.get("/verkoopfacturen?$filter=Factuurnummer eq '2026-00002'", token)).body as FactuurBody[])[0];
    h.context.clock.advance(1_800_000);

    h.sandbox.control.registerPayment('adm-1', '2026-00002', 50_000);

    const after = (await h.get(`/verkoopfacturen/${before?.id ?? ''}`, token).expect(200)).body as FactuurBody;
    expect(after.openstaandSaldo).toBe(710.02);
    expect(after.modifiedOn).toBe(before?.modifiedOn);
    const changed = await h.get(`/verkoopfacturen?$filter=ModifiedOn gt datetime'${before?.modifiedOn ?? ''}' and Factuurnummer eq '2026-00002'`, token);
    expect(changed.body).toEqual([]);
  });

  it('bumps modifiedOn on a payment when the switch says payments do', async () => {
    const h = createHarness(undefined, { paymentBumpsInvoiceModifiedOn: true });
    h.context.clock.advance(3_600_000);
    h.sandbox.control.registerPayment('adm-1', '2026-00002', 50_000);
    const [after] = (await h.get("/verkoopfacturen?$filter=Factuurnummer eq '2026-00002'", await h.token())).body as FactuurBody[];
    expect(after?.modifiedOn).toBe('2026-05-15T13:00:00'); // 11:00 UTC is 13:00 in Amsterdam
  });

  it('records the payment as grootboekmutaties: bank debit and a debtors credit carrying the invoice number', async () => {
    const h = createHarness();
    const token = await h.token();
    const debiteuren = ((await h.get('/grootboeken?$filter=Nummer eq 1300', token)).body as { id: string }[])[0]?.id ?? '';
    h.sandbox.control.registerPayment('adm-1', '2026-00002', 50_000, '2026-05-14');

    const payments = await h.get(`/grootboekmutaties?$filter=Grootboek/Id eq guid'${debiteuren}' and Saldo lt 0`, token).expect(200);
    expect(payments.body).toHaveLength(1);
    expect(payments.body[0]).toMatchObject({ datum: '2026-05-14T00:00:00', factuurNummer: '2026-00002', modifiedOn: '2026-05-15T12:00:00' });
    expect(payments.text).toContain('"credit":500.00');
    expect(payments.text).toContain('"saldo":-500.00');
  });

  it('deletes an invoice without a trace: not listed, 404 by id, its booking and ledger line gone', async () => {
    const h = createHarness();
    const token = await h.token();
    const [doomed] = (await h.get("/verkoopfacturen?$filter=Factuurnummer eq '2026-00003'", token)).body as FactuurBody[];

    h.sandbox.control.deleteInvoice('adm-1', '2026-00003');

    const list = (await h.get('/verkoopfacturen', token)).body as FactuurBody[];
    expect(list.map((factuur) => factuur.factuurnummer)).not.toContain('2026-00003');
    expect(list).toHaveLength(4);
    expect((await h.get(`/verkoopfacturen/${doomed?.id ?? ''}`, token)).status).toBe(404);
    expect((await h.get(`/verkoopboekingen/${doomed?.verkoopBoeking.id ?? ''}`, token)).status).toBe(404);
    expect((await h.get("/grootboekmutaties?$filter=FactuurNummer eq '2026-00003'", token)).body).toEqual([]);
    expect((await h.get("/verkoopfacturen?$filter=ModifiedOn gt datetime'2000-01-01T00:00:00'", token)).body).toHaveLength(4);
  });
});
