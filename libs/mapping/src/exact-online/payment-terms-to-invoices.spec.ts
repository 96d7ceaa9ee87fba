import { type CanonicalInvoice } from '../model/canonical.js';
import { type SourceContext } from './context.js';
import { groupPaymentTerms } from './group-payment-terms.js';
import { paymentTermsToInvoices, type PaymentTermsPage } from './payment-terms-to-invoices.js';
import { ACCOUNT, ENTRY, OTHER_ACCOUNT, receiptRow, termRow } from './testing/payment-term-rows.js';

const context: SourceContext = { administrationId: 'adm-1' };
const ENTRY_2 = '22222222-2222-4222-8222-222222222222';
const CREDIT_ENTRY = '33333333-3333-4333-8333-333333333333';

function invoicesOf(page: PaymentTermsPage): CanonicalInvoice[] {
  return page.invoices.map(({ result }) => {
    if (!result.ok) throw result.error;
    return result.record;
  });
}

/** A settled invoice of 121.00 and, optionally, the settled credit note that cancelled it. */
function settledInvoice(entry: string, number: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return termRow({ TransactionEntryID: entry, InvoiceNumber: number, EntryNumber: number, IsFullyPaid: true, Status: 50, ...overrides });
}

function settledCreditNote(entry: string, number: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return settledInvoice(entry, number, { TransactionType: 21, TransactionAmountFC: -121, AmountFC: 121, AmountDC: 121, ...overrides });
}

describe('paymentTermsToInvoices', () => {
  it('makes one invoice per sales entry from terms spread over the page, and skips payables', () => {
    const rows = [
      termRow({ Timestamp: '11', AmountFC: -60.5 }),
      termRow({ Timestamp: '12', TransactionEntryID: ENTRY_2, InvoiceNumber: 24700002, EntryNumber: 24700002, Account: OTHER_ACCOUNT }),
      termRow({ Timestamp: '13', LineType: 22, Account: OTHER_ACCOUNT, AmountFC: 500 }),
      termRow({ Timestamp: '14', LineType: '22' }),
      termRow({ Timestamp: '15', AmountFC: -60.5, IsFullyPaid: true, Status: 50 }),
    ];
    const page = paymentTermsToInvoices(rows, context);
    expect(page.payablesSkipped).toBe(2);
    expect(page.failures).toEqual([]);
    expect(page.invoices.map(({ externalId, rows: raw }) => [externalId, raw])).toEqual([
      [ENTRY, [rows[0], rows[4]]],
      [ENTRY_2, [rows[1]]],
    ]);
    expect(invoicesOf(page).map((invoice) => [invoice.number, invoice.debtorExternalId, invoice.openCents, invoice.status])).toEqual([
      ['24700001', ACCOUNT, 6050, 'partially_paid'],
      ['24700002', OTHER_ACCOUNT, 12100, 'open'],
    ]);
  });

  it('stores as cursor the highest Timestamp of all rows, payables and failures included, compared as numbers', () => {
    const rows = [termRow({ Timestamp: '99' }), termRow({ Timestamp: '100', LineType: 22 }), termRow({ Timestamp: '101', Account: 'bad' })];
    expect(paymentTermsToInvoices(rows, context).cursor).toBe('101');
    expect(paymentTermsToInvoices([], context).cursor).toBeNull();
  });

  it('quarantines unreadable rows and keeps the rest of the page', () => {
    const bad = termRow({ TransactionEntryID: 'not-a-guid' });
    const page = paymentTermsToInvoices([bad, 'garbage', termRow()], context);
    expect(page.failures.map(({ raw, error }) => [raw, error.field])).toEqual([
      [bad, 'TransactionEntryID'],
      ['garbage', 'sync/Cashflow/PaymentTerms'],
    ]);
    expect(invoicesOf(page)).toHaveLength(1);
  });

  it('keeps the rows and the error together when an entry cannot be combined', () => {
    const rows = [termRow(), termRow({ Currency: 'USD' })];
    const page = paymentTermsToInvoices(rows, context);
    expect(page.invoices).toHaveLength(1);
    const [{ externalId, rows: raw, result }] = page.invoices;
    expect(externalId).toBe(ENTRY);
    expect(raw).toEqual(rows);
    expect(result.ok ? null : result.error.field).toBe('Currency');
  });

  it('attaches an unmatched receipt to its invoice by account and invoice number', () => {
    const receipt = receiptRow(100);
    const page = paymentTermsToInvoices([receipt, termRow()], context);
    expect(page.unattachedReceipts).toEqual([]);
    expect(page.invoices[0].rows).toContain(receipt);
    expect(invoicesOf(page)[0]).toMatchObject({ openCents: 2100, status: 'partially_paid' });
  });

  it('hands back a receipt whose invoice is not in the rows, or not unambiguously', () => {
    const receipt = receiptRow(100);
    expect(paymentTermsToInvoices([receipt], context).unattachedReceipts).toEqual([receipt]);
    const otherDebtorsInvoice = termRow({ Account: OTHER_ACCOUNT });
    expect(paymentTermsToInvoices([receipt, otherDebtorsInvoice], context).unattachedReceipts).toEqual([receipt]);
    const twins = [termRow(), termRow({ TransactionEntryID: ENTRY_2 })];
    expect(groupPaymentTerms([receipt, ...twins], context).unattachedReceipts.map((row) => row.raw)).toEqual([receipt]);
  });
});

describe('paymentTermsToInvoices: settled credit notes', () => {
  it('maps each entry on its own rows: a settled invoice and the credit note that cancels it stay paid (the hub pairs them)', () => {
    const page = paymentTermsToInvoices([settledInvoice(ENTRY, 24700001), settledCreditNote(CREDIT_ENTRY, 24700003)], context);
    expect(invoicesOf(page).map((invoice) => [invoice.kind, invoice.totalCents, invoice.status])).toEqual([
      ['invoice', 12100, 'paid'],
      ['credit_note', -12100, 'paid'],
    ]);
  });

  it('marks a settled reversal credit note cancelled by itself, whatever else is on the page', () => {
    const reversal = settledCreditNote(CREDIT_ENTRY, 24700003, { TransactionIsReversal: true });
    expect(invoicesOf(paymentTermsToInvoices([settledInvoice(ENTRY, 24700001), reversal], context)).map((invoice) => invoice.status)).toEqual(['paid', 'cancelled']);
    expect(invoicesOf(paymentTermsToInvoices([reversal], context)).map((invoice) => invoice.status)).toEqual(['cancelled']);
  });

  it('leaves them paid whatever the rows around them', () => {
    const statuses = (rows: unknown[]): string[] => invoicesOf(paymentTermsToInvoices(rows, context)).map((invoice) => invoice.status);
    // Two equal invoices, one credit note: which one was credited is a guess.
    expect(statuses([settledInvoice(ENTRY, 24700001), settledInvoice(ENTRY_2, 24700002), settledCreditNote(CREDIT_ENTRY, 24700003)])).toEqual([
      'paid',
      'paid',
      'paid',
    ]);
    // Another debtor's credit note, or one for a different amount.
    expect(statuses([settledInvoice(ENTRY, 24700001), settledCreditNote(CREDIT_ENTRY, 24700003, { Account: OTHER_ACCOUNT })])).toEqual(['paid', 'paid']);
    expect(statuses([settledInvoice(ENTRY, 24700001), settledCreditNote(CREDIT_ENTRY, 24700003, { TransactionAmountFC: -50 })])).toEqual([
      'paid',
      'paid',
    ]);
    // A credit note still open settles nothing yet.
    expect(statuses([settledInvoice(ENTRY, 24700001), settledCreditNote(CREDIT_ENTRY, 24700003, { IsFullyPaid: false, Status: 20 })])).toEqual([
      'paid',
      'open',
    ]);
  });
});
