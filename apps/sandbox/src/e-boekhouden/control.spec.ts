import { SandboxControlError } from '../core/contracts.js';
import { createHarness, getJson, openSession, type Harness } from './testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
interface Outstanding {
  mutationId: number;
  invoiceNumber: string;
  outstandingAmount: number;
}

describe('e-Boekhouden control operations', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  const control = () => harness.sandbox.control;
  const outstanding = async (): Promise<Outstanding[]> =>
    (await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000')).items;
  const openInvoice = () => {
    const invoice = harness.generated[0]?.invoices.find((candidate) => candidate.openCents > 100 && !candidate.isCreditNote);
    if (!invoice) throw new Error('fixture has no open invoice');
    return invoice;
  };

  it('sums the open items to the cent, as the generator left them', () => {
    const open = (harness.generated[0]?.invoices ?? []).filter((invoice) => invoice.openCents !== 0);
    expect(control().openItems('adm-1')).toEqual({
      administrationKey: 'adm-1',
      openInvoiceCount: open.length,
      totalOpenCents: open.reduce((sum, invoice) => sum + invoice.openCents, 0),
    });
  });

  it('registers a payment as a type-3 mutation that lowers the open amount, and removes a fully paid invoice', async () => {
    const invoice = openInvoice();
    const before = control().openItems('adm-1');
    const payment = control().registerPayment('adm-1', invoice.number, 100, '2026-03-10');
    expect(payment).toMatchObject({ invoiceKey: invoice.key, debtorKey: invoice.debtorKey, amountCents: 100, date: '2026-03-10' });
    expect(control().openItems('adm-1').totalOpenCents).toBe(before.totalOpenCents - 100);
    const item = (await outstanding()).find((candidate) => candidate.invoiceNumber === invoice.number);
    expect(item?.outstandingAmount).toBe((invoice.openCents - 100) / 100);
    const payments = await getJson<Page<{ type: number; invoiceNumber: string; amount: number; date: string }>>(harness, token, `/mutation?type=3&invoiceNumber=${invoice.number}&limit=2000`);
    expect(payments.items.at(-1)).toMatchObject({ type: 3, invoiceNumber: invoice.number, amount: 1, date: '2026-03-10' });

    control().registerPayment('adm-1', invoice.number, invoice.openCents - 100);
    expect((await outstanding()).map((candidate) => candidate.invoiceNumber)).not.toContain(invoice.number);
    expect(control().openItems('adm-1').openInvoiceCount).toBe(before.openInvoiceCount - 1);
    expect(harness.context.writeBacks('e-boekhouden')).toEqual([]);
  });

  it('refuses payments for unknown invoices or administrations, and non-positive amounts', () => {
    expect(() => control().registerPayment('adm-1', 'NOPE', 100)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => control().registerPayment('adm-9', openInvoice().number, 100)).toThrow(SandboxControlError);
    expect(() => control().registerPayment('adm-1', openInvoice().number, 0)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('adds an invoice as a type-2 mutation with an open post whose term gives the due date', async () => {
    const debtor = harness.generated[0]?.debtors[0];
    if (!debtor) throw new Error('fixture has no debtor');
    const added = control().addInvoice('adm-1', {
      number: '2026-09001',
      debtorKey: debtor.key,
      issueDate: '2026-03-16',
      dueDate: '2026-04-15',
      description: 'Extra werkzaamheden',
      currency: 'EUR',
      totalCents: 12_100,
      vatCents: 2_100,
      openCents: 12_100,
      isCreditNote: false,
      creditsInvoiceKey: null,
    });
    expect(added.key).toMatch(/\S/);
    const item = (await outstanding()).find((candidate) => candidate.invoiceNumber === '2026-09001');
    expect(item?.outstandingAmount).toBe(121);
    const mutation = await getJson<{ type: number; termOfPayment: number; date: string }>(harness, token, `/mutation/${item?.mutationId ?? 0}`);
    expect(mutation).toMatchObject({ type: 2, termOfPayment: 30, date: '2026-03-16' });
    expect(() => control().addInvoice('adm-1', { ...added })).toThrow(expect.objectContaining({ status: 409 }));
  });

  it('deletes an invoice: gone from open items, mutations and the invoicing module', async () => {
    const invoice = openInvoice();
    control().deleteInvoice('adm-1', invoice.number);
    expect((await outstanding()).map((candidate) => candidate.invoiceNumber)).not.toContain(invoice.number);
    expect((await getJson<Page<unknown>>(harness, token, `/mutation?type=2&invoiceNumber=${invoice.number}`)).items).toEqual([]);
    expect((await getJson<Page<unknown>>(harness, token, `/invoice?invoiceNumber=${invoice.number}`)).items).toEqual([]);
  });

  it('changes an invoice: due date through the term, description, and total with the paid part kept', async () => {
    const invoice = openInvoice();
    const paidCents = invoice.totalCents - invoice.openCents;
    control().changeInvoice('adm-1', invoice.number, { dueDate: '2026-12-31', description: 'Gecorrigeerd', totalCents: invoice.totalCents + 1_000 });
    const item = (await outstanding()).find((candidate) => candidate.invoiceNumber === invoice.number);
    expect(item?.outstandingAmount).toBe((invoice.totalCents + 1_000 - paidCents) / 100);
    const mutation = await getJson<{ date: string; termOfPayment: number; description: string }>(harness, token, `/mutation/${item?.mutationId ?? 0}`);
    expect(mutation.description).toBe('Gecorrigeerd');
    expect(new Date(Date.parse(`${mutation.date}T00:00:00Z`) + mutation.termOfPayment * 86_400_000).toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(() => control().changeInvoice('adm-1', invoice.number, { dueDate: '2000-01-01' })).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('changes a debtor so the relation detail (and any hash of it) changes; language has no field', async () => {
    const debtor = harness.generated[0]?.debtors[0];
    if (!debtor) throw new Error('fixture has no debtor');
    const id = (await getJson<Page<{ id: number }>>(harness, token, `/relation?code=${debtor.code}`)).items[0]?.id ?? 0;
    const before = await getJson<Record<string, unknown>>(harness, token, `/relation/${id}`);
    control().changeDebtor('adm-1', debtor.code, { name: 'Nieuwe Naam B.V.', email: 'factuur@nieuwenaam.nl', language: 'en' });
    const after = await getJson<Record<string, unknown>>(harness, token, `/relation/${id}`);
    expect(after).toEqual({ ...before, name: 'Nieuwe Naam B.V.', emailAddress: 'factuur@nieuwenaam.nl' });
    expect(() => control().changeDebtor('adm-1', 'NOPE', { name: 'x' })).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('deletes a debtor without bookings, and sets one with bookings inactive', async () => {
    const invoiced = new Set(harness.generated[0]?.invoices.map((invoice) => invoice.debtorKey));
    const withBookings = harness.generated[0]?.debtors.find((debtor) => invoiced.has(debtor.key) && debtor.active);
    if (!withBookings) throw new Error('fixture has no invoiced debtor');
    control().deleteDebtor('adm-1', withBookings.code);
    const id = (await getJson<Page<{ id: number }>>(harness, token, `/relation?code=${withBookings.code}`)).items[0]?.id ?? 0;
    expect(await getJson<Record<string, unknown>>(harness, token, `/relation/${id}`)).toMatchObject({ inactive: true });

    const fresh = createHarness({ invoices: 5, debtors: 12 });
    const freshToken = await openSession(fresh);
    const booked = new Set(fresh.generated[0]?.invoices.map((invoice) => invoice.debtorKey));
    const idle = fresh.generated[0]?.debtors.find((debtor) => !booked.has(debtor.key));
    if (!idle) throw new Error('fixture has no debtor without invoices');
    fresh.sandbox.control.deleteDebtor('adm-1', idle.code);
    expect((await getJson<Page<unknown>>(fresh, freshToken, `/relation?code=${idle.code}`)).items).toEqual([]);
  });
});
