import request from 'supertest';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
type Item = Record<string, unknown> & { id: number; invoiceNumber: string; relationId: number };

describe('e-Boekhouden invoices (/v1/invoice) and ledgers (/v1/ledger)', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  it('lists the invoicing module with the documented fields, and no open amount or status', async () => {
    const page = await getJson<Page<Item>>(harness, token, '/invoice?limit=2000');
    for (const item of page.items) {
      expect(Object.keys(item)).toEqual([
        'id',
        'invoiceNumber',
        'relationId',
        'date',
        'reference',
        'text',
        'urlPdfFile',
        'totalExcl',
        'totalAmount',
        'vatAmount',
        'termOfPayment',
        'templateId',
        'print',
      ]);
    }
    const generated = harness.generated[0]?.invoices ?? [];
    const invoice = generated.find((candidate) => candidate.number === page.items[0]?.invoiceNumber);
    expect(page.items[0]).toMatchObject({ totalAmount: (invoice?.totalCents ?? 0) / 100, vatAmount: (invoice?.vatCents ?? 0) / 100, text: invoice?.description });
  });

  it('holds only the invoices made in the invoicing module (invoiceModuleShare); the rest exist only as mutations', async () => {
    const generated = harness.generated[0]?.invoices ?? [];
    const module = await getJson<Page<Item>>(harness, token, '/invoice?limit=2000');
    expect(module.count).toBeGreaterThan(generated.length / 2);
    expect(module.count).toBeLessThan(generated.length);
    const onlyBooked = generated.find((invoice) => !module.items.some((item) => item.invoiceNumber === invoice.number));
    const mutations = await getJson<Page<unknown>>(harness, token, `/mutation?type=2&invoiceNumber=${onlyBooked?.number ?? ''}`);
    expect(mutations.items).toHaveLength(1);

    const everything = createHarness({ options: { invoiceModuleShare: 1 } });
    expect((await getJson<Page<Item>>(everything, await openSession(everything), '/invoice?limit=2000')).count).toBe(generated.length);
  });

  it('gives an invoice in detail with its items, and filters by relation and date', async () => {
    const [first] = (await getJson<Page<Item>>(harness, token, '/invoice?limit=1')).items;
    if (!first) throw new Error('fixture has no invoice');
    const detail = await getJson<Record<string, unknown>>(harness, token, `/invoice/${first.id}`);
    expect(detail).toMatchObject({ id: first.id, invoiceNumber: first.invoiceNumber, inExVat: 'EX', items: [expect.objectContaining({ quantity: 1, amount: 1 })] });
    const forRelation = await getJson<Page<Item>>(harness, token, `/invoice?relationId=${first.relationId}&limit=2000`);
    expect(forRelation.items.every((item) => item.relationId === first.relationId)).toBe(true);
    const march = await getJson<Page<Item>>(harness, token, '/invoice?date[gte]=2026-03-01&limit=2000');
    expect(march.items.every((item) => String(item['date']) >= '2026-03-01')).toBe(true);
    expect((await request(harness.app).get(`${V1}/invoice/1`).set('Authorization', token).expect(404)).body).toMatchObject({ type: 'notFound' });
  });

  it('lists the ledgers a payment booking needs: a debtors ledger and the bank and cash (FIN) ledgers', async () => {
    const fin = await getJson<Page<{ id: number; code: string; category: string }>>(harness, token, '/ledger?category=FIN');
    expect(fin.items.map((ledger) => ledger.code)).toEqual(['1100', '1000']);
    const deb = await getJson<Page<{ id: number; description: string }>>(harness, token, '/ledger?category=DEB');
    expect(deb.items).toEqual([expect.objectContaining({ code: '1300', description: 'Debiteuren' })]);
    expect(await getJson(harness, token, `/ledger/${deb.items[0]?.id ?? 0}`)).toEqual(deb.items[0]);
    await request(harness.app).get(`${V1}/ledger/1`).set('Authorization', token).expect(404);
  });
});
