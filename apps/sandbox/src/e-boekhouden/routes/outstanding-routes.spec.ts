import request from 'supertest';
import { addDays } from '../../core/clock.js';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
interface Outstanding {
  date: string;
  mutationId: number;
  invoiceNumber: string;
  relationId: number;
  relationCode: string;
  company: string;
  totalAmount: number;
  paidAmount: number;
  outstandingAmount: number;
}

describe('e-Boekhouden open items (GET /v1/mutation/invoice/outstanding)', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  const openGenerated = () => (harness.generated[0]?.invoices ?? []).filter((invoice) => invoice.openCents !== 0);

  it('lists the open posts with exactly the documented fields, and no due date', async () => {
    const page = await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000');
    expect(page.count).toBe(openGenerated().length);
    expect(page.count).toBeGreaterThan(3);
    for (const item of page.items) {
      expect(Object.keys(item)).toEqual(['date', 'mutationId', 'invoiceNumber', 'relationId', 'relationCode', 'company', 'totalAmount', 'paidAmount', 'outstandingAmount']);
      expect(Math.round((item.totalAmount - item.paidAmount) * 100)).toBe(Math.round(item.outstandingAmount * 100));
    }
  });

  it('matches the generated open amounts to the cent, in euros on the wire', async () => {
    const page = await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000');
    const byNumber = new Map(openGenerated().map((invoice) => [invoice.number, invoice]));
    for (const item of page.items) {
      const invoice = byNumber.get(item.invoiceNumber);
      expect(invoice).toBeDefined();
      expect(item.outstandingAmount).toBe((invoice?.openCents ?? 0) / 100);
      expect(item.totalAmount).toBe((invoice?.totalCents ?? 0) / 100);
      expect(item.date).toBe(invoice?.issueDate);
    }
    const debtor = harness.generated[0]?.debtors.find((candidate) => candidate.key === byNumber.get(page.items[0]?.invoiceNumber ?? '')?.debtorKey);
    expect(page.items[0]).toMatchObject({ relationCode: debtor?.code, company: debtor?.name });
  });

  it('lets a client derive the due date from the invoice mutation: date + termOfPayment', async () => {
    const page = await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000');
    const dueDates = new Map(openGenerated().map((invoice) => [invoice.number, invoice.dueDate]));
    for (const item of page.items) {
      const mutation = await getJson<{ date: string; termOfPayment: number; type: number }>(harness, token, `/mutation/${item.mutationId}`);
      expect(mutation.type).toBe(2);
      expect(addDays(mutation.date, mutation.termOfPayment)).toBe(dueDates.get(item.invoiceNumber));
    }
  });

  it('requires credDeb (MUTA_006), accepts only C or D, and has no creditors in the stand-in', async () => {
    const missing = await request(harness.app).get(`${V1}/mutation/invoice/outstanding`).set('Authorization', token).expect(400);
    expect(missing.body).toMatchObject({ type: 'validation', code: 'MUTA_006', propertyName: 'credDeb' });
    expect((await request(harness.app).get(`${V1}/mutation/invoice/outstanding?credDeb=X`).set('Authorization', token).expect(400)).body).toMatchObject({ code: 'ERR_002' });
    expect(await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=C')).toEqual({ items: [], count: 0 });
  });

  it('filters on invoiceNumber', async () => {
    const number = openGenerated()[0]?.number ?? '';
    const page = await getJson<Page<Outstanding>>(harness, token, `/mutation/invoice/outstanding?credDeb=D&invoiceNumber=${number}`);
    expect(page.items.map((item) => item.invoiceNumber)).toEqual([number]);
  });
});
