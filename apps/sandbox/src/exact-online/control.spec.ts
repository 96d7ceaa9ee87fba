import { SandboxControlError, type GeneratedInvoice } from '../core/contracts.js';
import { apiGet, closeHarnesses, connect, createHarness, readAll, type Harness, type Tokens } from './testing/harness.js';

afterEach(closeHarnesses);

type Row = Record<string, unknown>;

/** What the hub would do: remember the highest Timestamp, then ask for what changed after it. */
async function maxTimestamp(harness: Harness, token: string, endpoint: string): Promise<number> {
  const all = await readAll(harness, token, `/api/v1/${harness.division}/${endpoint}?$select=Timestamp&$filter=Timestamp gt 1`);
  return Math.max(...all.rows.map((row) => Number(row.Timestamp)));
}

async function changedSince(harness: Harness, token: string, endpoint: string, since: number, select: string): Promise<Row[]> {
  return (await readAll(harness, token, `/api/v1/${harness.division}/${endpoint}?$select=${select}&$filter=Timestamp gt ${since}L`)).rows;
}

function exactNumber(invoice: GeneratedInvoice): number {
  return Number(invoice.number.replace(/\D/g, ''));
}

async function receivablesOf(harness: Harness, token: string, invoiceNumber: number): Promise<Row[]> {
  return (await readAll(harness, token, `/api/v1/${harness.division}/read/financial/ReceivablesList?$filter=InvoiceNumber eq ${invoiceNumber}`)).rows;
}

describe('Exact Online control: seeding', () => {
  it('books the generated ledger so ReceivablesList and openItems() match the generator to the cent', async () => {
    const harness = await createHarness({ administrations: [{ invoices: 300 }] });
    const tokens = await connect(harness);
    const administration = harness.administrations[0];
    if (administration === undefined) throw new Error('no administration');

    const rows = (await readAll(harness, tokens.accessToken, `/api/v1/${harness.division}/read/financial/ReceivablesList`)).rows;
    const summary = harness.sandbox.control.openItems(administration.key);

    const generatedOpen = administration.invoices.filter((invoice) => invoice.openCents !== 0);
    expect(summary.totalOpenCents).toBe(generatedOpen.reduce((sum, invoice) => sum + invoice.openCents, 0));
    expect(summary.openInvoiceCount).toBe(generatedOpen.length);
    expect(rows.reduce((sum, row) => sum + Math.round((row.Amount as number) * 100), 0)).toBe(summary.totalOpenCents);
    expect(new Set(rows.map((row) => row.InvoiceNumber))).toEqual(new Set(generatedOpen.map(exactNumber)));
  });
});

describe('Exact Online control: payments (split-term, the default)', () => {
  let harness: Harness;
  let tokens: Tokens;
  let invoice: GeneratedInvoice;
  let key: string;

  beforeEach(async () => {
    harness = await createHarness({ administrations: [{ invoices: 60 }] });
    tokens = await connect(harness);
    key = harness.administrations[0]?.key ?? '';
    const candidate = harness.administrations[0]?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents && i.totalCents > 100);
    if (candidate === undefined) throw new Error('no fully open invoice in the fixture');
    invoice = candidate;
  });

  it('shows a partial payment in the Timestamp sync as a split: the open remainder and a matched part', async () => {
    const since = await maxTimestamp(harness, tokens.accessToken, 'sync/Cashflow/PaymentTerms');
    const half = Math.floor(invoice.totalCents / 2);

    const payment = harness.sandbox.control.registerPayment(key, invoice.number, half, '2026-03-01');

    const changed = await changedSince(harness, tokens.accessToken, 'sync/Cashflow/PaymentTerms', since, 'Timestamp,ID,EntryID,TransactionEntryID,InvoiceNumber,AmountDC,TransactionAmountDC,IsFullyPaid,Status,LastPaymentDate,LineType');
    expect(payment).toMatchObject({ invoiceKey: invoice.key, amountCents: half, date: '2026-03-01' });
    expect(changed).toHaveLength(2);
    const [open, paid] = changed as [Row, Row];
    expect(open).toMatchObject({ InvoiceNumber: exactNumber(invoice), IsFullyPaid: false, Status: 20, LastPaymentDate: null, LineType: 20 });
    expect(Math.round((open.AmountDC as number) * -100)).toBe(invoice.totalCents - half);
    expect(paid).toMatchObject({ InvoiceNumber: exactNumber(invoice), IsFullyPaid: true, Status: 50, LastPaymentDate: `/Date(${Date.parse('2026-03-01T00:00:00Z')})/` });
    expect(Math.round((paid.AmountDC as number) * -100)).toBe(half);
    expect(Math.round((paid.TransactionAmountDC as number) * 100)).toBe(invoice.totalCents);
    expect(paid.EntryID).not.toBe(open.EntryID);
    expect(paid.TransactionEntryID).toBe(open.TransactionEntryID);
    expect(Number(paid.Timestamp)).toBeGreaterThan(Number(open.Timestamp));

    const listed = await receivablesOf(harness, tokens.accessToken, exactNumber(invoice));
    expect(listed.map((row) => Math.round((row.Amount as number) * 100))).toEqual([invoice.totalCents - half]);

    const receipt = await changedSince(harness, tokens.accessToken, 'sync/Financial/TransactionLines', since, 'Timestamp,Type,AmountDC,InvoiceNumber,Account');
    expect(receipt).toEqual([expect.objectContaining({ Type: 40, AmountDC: -half / 100, InvoiceNumber: exactNumber(invoice) })]);
  });

  it('matches a full payment: IsFullyPaid true, gone from ReceivablesList, openItems lower by the amount', async () => {
    const before = harness.sandbox.control.openItems(key);
    const since = await maxTimestamp(harness, tokens.accessToken, 'sync/Cashflow/PaymentTerms');

    harness.sandbox.control.registerPayment(key, invoice.number, invoice.totalCents);

    const changed = await changedSince(harness, tokens.accessToken, 'sync/Cashflow/PaymentTerms', since, 'Timestamp,InvoiceNumber,IsFullyPaid,Status');
    expect(changed).toEqual([expect.objectContaining({ InvoiceNumber: exactNumber(invoice), IsFullyPaid: true, Status: 50 })]);
    expect(await receivablesOf(harness, tokens.accessToken, exactNumber(invoice))).toEqual([]);
    const after = harness.sandbox.control.openItems(key);
    expect(after.totalOpenCents).toBe(before.totalOpenCents - invoice.totalCents);
    expect(after.openInvoiceCount).toBe(before.openInvoiceCount - 1);
  });

  it('accepts the Exact invoice number as well as the generated one, and 404s an unknown invoice', () => {
    expect(() => harness.sandbox.control.registerPayment(key, String(exactNumber(invoice)), 1)).not.toThrow();
    expect(() => harness.sandbox.control.registerPayment(key, '1999-99999', 1)).toThrow(SandboxControlError);
    expect(() => harness.sandbox.control.registerPayment('adm-99', invoice.number, 1)).toThrow(/Unknown administration/);
  });
});

describe('Exact Online control: payments (unmatched-receipt switch)', () => {
  it('leaves a partial receipt next to the invoice: two ReceivablesList rows for one voucher, summing to what is open', async () => {
    const harness = await createHarness({ administrations: [{ invoices: 60 }], options: { partialPayments: 'unmatched-receipt' } });
    const tokens = await connect(harness);
    const key = harness.administrations[0]?.key ?? '';
    const invoice = harness.administrations[0]?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents && i.totalCents > 100);
    if (invoice === undefined) throw new Error('no open invoice');
    const part = 100;

    harness.sandbox.control.registerPayment(key, invoice.number, part);

    const rows = await receivablesOf(harness, tokens.accessToken, exactNumber(invoice));
    expect(rows.map((row) => Math.round((row.Amount as number) * 100)).sort((a, b) => a - b)).toEqual([-part, invoice.totalCents]);
    expect(rows.find((row) => (row.Amount as number) < 0)?.YourRef).toBeNull();

    harness.sandbox.control.registerPayment(key, invoice.number, invoice.totalCents - part);
    expect(await receivablesOf(harness, tokens.accessToken, exactNumber(invoice))).toEqual([]);
  });
});

describe('Exact Online control: changes and deletions', () => {
  let harness: Harness;
  let tokens: Tokens;
  let key: string;
  let invoice: GeneratedInvoice;

  beforeEach(async () => {
    harness = await createHarness({ administrations: [{ invoices: 40 }] });
    tokens = await connect(harness);
    key = harness.administrations[0]?.key ?? '';
    const candidate = harness.administrations[0]?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents);
    if (candidate === undefined) throw new Error('no open invoice');
    invoice = candidate;
  });

  it('writes sync/Deleted rows for the payment terms (10) and transaction lines (1) of a deleted invoice', async () => {
    const terms = await receivablesOf(harness, tokens.accessToken, exactNumber(invoice));
    const since = await maxTimestamp(harness, tokens.accessToken, 'sync/Deleted').catch(() => 1);

    harness.sandbox.control.deleteInvoice(key, invoice.number);

    const deleted = await changedSince(harness, tokens.accessToken, 'sync/Deleted', Number.isFinite(since) ? since : 1, 'Timestamp,EntityKey,EntityType,DeletedBy,DeletedDate,Division');
    expect(deleted.filter((row) => row.EntityType === 10).map((row) => row.EntityKey)).toEqual(terms.map((row) => row.Id));
    expect(deleted.filter((row) => row.EntityType === 1)).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ Division: harness.division, DeletedDate: expect.stringMatching(/^\/Date\(\d+\)\/$/) });
    expect(await receivablesOf(harness, tokens.accessToken, exactNumber(invoice))).toEqual([]);
  });

  it('writes a sync/Deleted row (EntityType 2) for a deleted debtor', async () => {
    const administration = harness.administrations[0];
    const debtor = administration?.debtors.find((d) => administration.invoices.every((i) => i.debtorKey !== d.key)) ?? administration?.debtors[0];
    if (debtor === undefined) throw new Error('no debtor');
    const account = (await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$select=ID&$filter=trim(Code) eq '${debtor.code}'`)).body.d.results[0];

    harness.sandbox.control.deleteDebtor(key, debtor.code);

    const deleted = await changedSince(harness, tokens.accessToken, 'sync/Deleted', 1, 'Timestamp,EntityKey,EntityType');
    expect(deleted).toContainEqual(expect.objectContaining({ EntityType: 2, EntityKey: account.ID }));
    expect((await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts(guid'${account.ID}')`)).status).toBe(404);
  });

  it('shows a changed debtor in sync/CRM/Accounts after the stored Timestamp', async () => {
    const debtor = harness.administrations[0]?.debtors[0];
    if (debtor === undefined) throw new Error('no debtor');
    const since = await maxTimestamp(harness, tokens.accessToken, 'sync/CRM/Accounts');

    harness.sandbox.control.changeDebtor(key, debtor.code, { name: 'Nieuwe Naam B.V.', email: 'nieuw@example.nl', language: 'en' });

    const changed = await changedSince(harness, tokens.accessToken, 'sync/CRM/Accounts', since, 'Timestamp,Code,Name,Email,Language');
    expect(changed).toEqual([expect.objectContaining({ Code: debtor.code.padStart(18, ' '), Name: 'Nieuwe Naam B.V.', Email: 'nieuw@example.nl', Language: 'EN        ' })]);
  });

  it('regenerates the open term of a changed invoice (new ID and HID, old one in sync/Deleted)', async () => {
    const [before] = await receivablesOf(harness, tokens.accessToken, exactNumber(invoice));

    harness.sandbox.control.changeInvoice(key, invoice.number, { dueDate: '2026-04-30', totalCents: invoice.totalCents + 1000 });

    const [after] = await receivablesOf(harness, tokens.accessToken, exactNumber(invoice));
    expect(after?.Id).not.toBe(before?.Id);
    expect(after?.HID).not.toBe(before?.HID);
    expect(after?.DueDate).toBe(`/Date(${Date.parse('2026-04-30T00:00:00Z')})/`);
    expect(Math.round((after?.Amount as number) * 100)).toBe(invoice.totalCents + 1000);
    const deleted = await changedSince(harness, tokens.accessToken, 'sync/Deleted', 1, 'Timestamp,EntityKey,EntityType');
    expect(deleted).toContainEqual(expect.objectContaining({ EntityType: 10, EntityKey: before?.Id }));
  });

  it('keeps the term\'s keys on a change when regeneration is switched off', async () => {
    const stable = await createHarness({ administrations: [{ invoices: 40 }], options: { regenerateTermsOnInvoiceChange: false } });
    const stableTokens = await connect(stable);
    const [before] = await receivablesOf(stable, stableTokens.accessToken, exactNumber(invoice));

    stable.sandbox.control.changeInvoice(key, invoice.number, { description: 'Gewijzigde omschrijving' });

    const [after] = await receivablesOf(stable, stableTokens.accessToken, exactNumber(invoice));
    expect(after?.Id).toBe(before?.Id);
    expect(after?.Description).toBe('Gewijzigde omschrijving');
  });

  it('books an added invoice as a new open item', async () => {
    const debtor = harness.administrations[0]?.debtors[0];
    if (debtor === undefined) throw new Error('no debtor');
    const added = harness.sandbox.control.addInvoice(key, {
      number: '2026-09001',
      debtorKey: debtor.key,
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      description: 'Extra werkzaamheden',
      currency: 'EUR',
      totalCents: 12_100,
      vatCents: 2_100,
      openCents: 12_100,
      isCreditNote: false,
      creditsInvoiceKey: null,
    });

    const rows = await receivablesOf(harness, tokens.accessToken, 202_609_001);
    expect(added.key).toBeTruthy();
    expect(rows).toEqual([expect.objectContaining({ Amount: 121, InvoiceNumber: 202_609_001, YourRef: '2026-09001', Description: 'Extra werkzaamheden' })]);
  });
});
