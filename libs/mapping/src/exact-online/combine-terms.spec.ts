import { type CanonicalInvoice } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { combineTerms } from './combine-terms.js';
import { type SourceContext } from './context.js';
import { ACCOUNT, ENTRY, exactDay, OTHER_ACCOUNT, receiptRow, termRow } from './testing/payment-term-rows.js';

const context: SourceContext = { administrationId: 'adm-1' };

function invoice(rows: unknown[]): CanonicalInvoice {
  const result = combineTerms(rows, context);
  if (!result.ok) throw result.error;
  return result.record;
}

function failure(rows: unknown[]): MappingError {
  const result = combineTerms(rows, context);
  if (result.ok) throw new Error('expected the terms to be rejected');
  return result.error;
}

/** Invoice 24700001 of 121.00 split into two terms of 60.50, due 31 March and 30 April. */
function splitInvoice(firstPaid: boolean): Array<Record<string, unknown>> {
  return [
    termRow({ Timestamp: '1001', AmountFC: -60.5, AmountDC: -60.5, IsFullyPaid: firstPaid, Status: firstPaid ? 50 : 20 }),
    termRow({ Timestamp: '1002', AmountFC: -60.5, AmountDC: -60.5, DueDate: exactDay('2026-04-30') }),
  ];
}

describe('combineTerms: one invoice from its payment terms', () => {
  it('maps an open single-term invoice, normalising the negative term amount (§4.3)', () => {
    expect(invoice([termRow()])).toEqual({
      source: { platform: 'exact-online', administrationId: 'adm-1', externalId: ENTRY },
      number: '24700001',
      kind: 'invoice',
      debtorExternalId: ACCOUNT,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      currency: 'EUR',
      totalCents: 12100,
      openCents: 12100,
      status: 'open',
      description: 'Factuur 24700001',
      // /Date(1782404038673)/ is Amsterdam wall-clock time (16:13:58 CEST).
      platformModifiedAt: '2026-06-25T14:13:58.673Z',
    });
  });

  it('gives the same invoice when Exact sends the term amount with the invoice sign', () => {
    expect(invoice([termRow({ AmountFC: 121, AmountDC: 121 })])).toEqual(invoice([termRow()]));
  });

  it('combines a partly paid split: open is the unpaid term, due date the earliest open term', () => {
    const combined = invoice(splitInvoice(true));
    expect(combined).toMatchObject({ totalCents: 12100, openCents: 6050, status: 'partially_paid', dueDate: '2026-04-30' });
    expect(invoice(splitInvoice(true).reverse())).toEqual(combined);
  });

  it('keeps a split with both terms open as open, due at the first term', () => {
    expect(invoice(splitInvoice(false))).toMatchObject({ openCents: 12100, status: 'open', dueDate: '2026-03-31' });
  });

  it('reads a partial payment that split the term into a matched part and an open rest', () => {
    const rows = [
      termRow({ Timestamp: '1003', AmountFC: -71, AmountDC: -71 }),
      termRow({ Timestamp: '1004', AmountFC: -50, AmountDC: -50, IsFullyPaid: true, Status: 50, LastPaymentDate: exactDay('2026-03-20') }),
    ];
    expect(invoice(rows)).toMatchObject({ totalCents: 12100, openCents: 7100, status: 'partially_paid', dueDate: '2026-03-31' });
  });

  it('is paid when every term is fully paid; the due date is then the earliest of all terms', () => {
    const rows = splitInvoice(true).map((row) => ({ ...row, IsFullyPaid: true, Status: 50 }));
    expect(invoice(rows)).toMatchObject({ openCents: 0, status: 'paid', dueDate: '2026-03-31' });
  });

  it('takes Status 50 (matched) as settled without IsFullyPaid, but not Status 40 (a collection sent, money not in)', () => {
    expect(invoice([termRow({ Status: 50, IsFullyPaid: null })])).toMatchObject({ openCents: 0, status: 'paid' });
    expect(invoice([termRow({ Status: 40 })])).toMatchObject({ openCents: 12100, status: 'open' });
  });

  it('maps a credit note with negative total and open amount', () => {
    const credit = invoice([termRow({ TransactionType: 21, TransactionAmountFC: -50, TransactionAmountDC: -50, AmountFC: 50, AmountDC: 50 })]);
    expect(credit).toMatchObject({ kind: 'credit_note', totalCents: -5000, openCents: -5000, status: 'open' });
  });

  it('uses the transaction currency (FC), not the division currency (DC)', () => {
    const dollars = termRow({ Currency: 'usd', AmountFC: -121, AmountDC: -110.37, TransactionAmountFC: 121, TransactionAmountDC: 110.37, RateFC: 0.9121 });
    expect(invoice([dollars])).toMatchObject({ currency: 'USD', totalCents: 12100, openCents: 12100 });
  });

  it('reads amounts sent as strings and float noise to exact cents', () => {
    expect(invoice([termRow({ AmountFC: '-121.00', TransactionAmountFC: '121' })])).toMatchObject({ totalCents: 12100, openCents: 12100 });
    expect(invoice([termRow({ AmountFC: -100.00000000000001, TransactionAmountFC: 100.00000000000001 })])).toMatchObject({ totalCents: 10000 });
  });

  it('nets an open unmatched receipt for the invoice, whichever sign Exact gives it', () => {
    for (const amount of [100, -100]) {
      expect(invoice([termRow(), receiptRow(amount)])).toMatchObject({ openCents: 2100, status: 'partially_paid', dueDate: '2026-03-31' });
    }
  });

  it('is paid, not negative, when a receipt exceeds what is open', () => {
    expect(invoice([termRow(), receiptRow(-150)])).toMatchObject({ openCents: 0, status: 'paid' });
  });

  it('takes the total, dates and description from the latest term by numeric Timestamp', () => {
    const older = termRow({ Timestamp: '9', TransactionAmountFC: 100, Description: 'old', AmountFC: -60.5 });
    const newer = termRow({ Timestamp: '10', TransactionAmountFC: 121, Description: 'new', AmountFC: -60.5, Modified: '/Date(1782404000000)/' });
    expect(invoice([newer, older])).toMatchObject({ totalCents: 12100, description: 'new' });
  });

  it('reads an Int64-style invoice number and falls back to EntryNumber', () => {
    expect(invoice([termRow({ InvoiceNumber: '24700001' })]).number).toBe('24700001');
    expect(invoice([termRow({ InvoiceNumber: null, EntryNumber: 24700002 })]).number).toBe('24700002');
  });
});

describe('combineTerms on terms that do not make one invoice', () => {
  it.each([
    ['a payable', [termRow({ LineType: 22 })], 'LineType', 22],
    ['an unknown LineType', [termRow({ LineType: 21 })], 'LineType', 21],
    ['terms of two entries', [termRow(), termRow({ TransactionEntryID: '11111111-2222-4333-8444-555555555555' })], 'TransactionEntryID', '11111111-2222-4333-8444-555555555555'],
    ['terms of two debtors', [termRow(), termRow({ Account: OTHER_ACCOUNT })], 'Account', OTHER_ACCOUNT],
    ['terms in two currencies', [termRow(), termRow({ Currency: 'USD' })], 'Currency', 'USD'],
    ['only a receipt', [receiptRow(100)], 'TransactionType', 40],
    ['no terms at all', [], 'TransactionType', null],
    ['a receipt for another invoice', [termRow(), receiptRow(100, { InvoiceNumber: 24700099 })], 'InvoiceNumber', '24700099'],
  ])('fails on %s', (_case, rows, field, raw) => {
    const error = failure(rows);
    expect(error.field).toBe(field);
    expect(error.rawValue).toEqual(raw);
  });

  it.each([
    ['a missing TransactionEntryID', { TransactionEntryID: null }, 'TransactionEntryID', null],
    ['a non-guid Account', { Account: '0000002' }, 'Account', '0000002'],
    ['a missing ID', { ID: undefined }, 'ID', undefined],
    ['/Date(garbage)/ as InvoiceDate', { InvoiceDate: '/Date(garbage)/' }, 'InvoiceDate', '/Date(garbage)/'],
    ['a DueDate with a time of day', { DueDate: '/Date(1774958400000)/' }, 'DueDate', '/Date(1774958400000)/'],
    ['a missing InvoiceDate', { InvoiceDate: null }, 'InvoiceDate', null],
    ['no due date anywhere', { DueDate: null, TransactionDueDate: null }, 'DueDate', null],
    ['a missing TransactionAmountFC', { TransactionAmountFC: null }, 'TransactionAmountFC', null],
    ['an amount in words', { AmountFC: 'honderd' }, 'AmountFC', 'honderd'],
    ['an amount in Dutch notation', { AmountFC: '-1.234,56' }, 'AmountFC', '-1.234,56'],
    ['an amount as a boolean', { AmountFC: true }, 'AmountFC', true],
    ['no invoice or entry number', { InvoiceNumber: null, EntryNumber: null }, 'InvoiceNumber', null],
    ['a text invoice number', { InvoiceNumber: 'F2026-001' }, 'InvoiceNumber', 'F2026-001'],
    ['IsFullyPaid as text', { IsFullyPaid: 'true' }, 'IsFullyPaid', 'true'],
    ['a missing Currency', { Currency: null }, 'Currency', null],
    ['a Modified that is no date', { Modified: '2026-06-25T16:13:58' }, 'Modified', '2026-06-25T16:13:58'],
    ['a negative Timestamp', { Timestamp: '-1' }, 'Timestamp', '-1'],
  ])('fails on %s, naming the field', (_case, overrides, field, raw) => {
    const error = failure([termRow(overrides)]);
    expect(error.field).toBe(field);
    expect(error.rawValue).toEqual(raw);
  });

  it('fails on a row that is not an object', () => {
    expect(failure([termRow(), 'row']).field).toBe('sync/Cashflow/PaymentTerms');
  });

  it('falls back to TransactionDueDate when no term has a DueDate', () => {
    expect(invoice([termRow({ DueDate: null, TransactionDueDate: exactDay('2026-04-15') })]).dueDate).toBe('2026-04-15');
  });
});
