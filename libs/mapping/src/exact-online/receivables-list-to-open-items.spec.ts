import { combineReceivableRows, receivablesListToOpenItems } from './receivables-list-to-open-items.js';
import { ACCOUNT, exactDay, OTHER_ACCOUNT } from './testing/payment-term-rows.js';

/**
 * A ReceivablesList row shaped like the observed one (§4.2, FIXT-X: HID an Int64 string, Amount
 * positive for an open invoice, AmountInTransit 0); no recorded payload is available (fixtures
 * README §2.4), so rows are hand-made from the reference's field list.
 */
function listRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __metadata: { uri: 'https://start.exactonline.nl/api/v1/124132/read/financial/ReceivablesList(1L)', type: 'Exact.Web.Api.Models.Financial.ReceivablesList' },
    HID: '1',
    AccountCode: '           0000002',
    AccountId: ACCOUNT,
    AccountName: 'Foobar2 Updated',
    Amount: 121,
    AmountInTransit: 0,
    CurrencyCode: 'EUR',
    Description: 'Factuur 24700001',
    DueDate: exactDay('2026-03-31'),
    EntryNumber: 24700001,
    Id: null,
    InvoiceDate: exactDay('2026-03-01'),
    InvoiceNumber: 24700001,
    JournalCode: '70',
    JournalDescription: 'Verkoopboek',
    YourRef: 'PO-881',
    ...overrides,
  };
}

/** An unmatched receipt for the invoice: its own cash entry number, negative, YourRef null (§4.2). */
function receiptListRow(amount: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return listRow({ HID: '7', Amount: amount, EntryNumber: 26000001, DueDate: exactDay('2026-03-20'), JournalCode: '20', YourRef: null, ...overrides });
}

describe('receivablesListToOpenItems', () => {
  it('makes one snapshot of a single open row', () => {
    expect(receivablesListToOpenItems([listRow()])).toEqual({
      items: [
        {
          invoiceKey: `${ACCOUNT}/24700001`,
          number: '24700001',
          accountId: ACCOUNT,
          openCents: 12100,
          inTransitCents: 0,
          currency: 'EUR',
          dueDate: '2026-03-31',
          rowCount: 1,
        },
      ],
      failures: [],
    });
  });

  it('combines the rows of split terms, whatever their HID, into one open amount due at the earliest term', () => {
    const rows = [
      listRow({ HID: '3', Amount: 60.5, DueDate: exactDay('2026-04-30') }),
      listRow({ HID: '9', Amount: 60.5, AmountInTransit: 60.5 }),
    ];
    const [item] = receivablesListToOpenItems(rows).items;
    expect(item).toMatchObject({ openCents: 12100, inTransitCents: 6050, dueDate: '2026-03-31', rowCount: 2 });
  });

  it('nets an unmatched receipt row into its invoice, keeping the invoice own due date', () => {
    const [item] = receivablesListToOpenItems([receiptListRow(-100), listRow()]).items;
    expect(item).toMatchObject({ number: '24700001', openCents: 2100, dueDate: '2026-03-31', rowCount: 2 });
  });

  it('keeps credit notes negative and invoices of different debtors apart', () => {
    const page = receivablesListToOpenItems([
      listRow(),
      listRow({ AccountId: OTHER_ACCOUNT.toUpperCase() }),
      listRow({ InvoiceNumber: 24700003, EntryNumber: 24700003, Amount: -50 }),
    ]);
    expect(page.items.map((item) => [item.invoiceKey, item.openCents])).toEqual([
      [`${ACCOUNT}/24700001`, 12100],
      [`${OTHER_ACCOUNT}/24700001`, 12100],
      [`${ACCOUNT}/24700003`, -5000],
    ]);
  });

  it('reads amounts sent as strings and falls back to EntryNumber for the number', () => {
    const [item] = receivablesListToOpenItems([listRow({ Amount: '121.00', InvoiceNumber: null })]).items;
    expect(item).toMatchObject({ number: '24700001', openCents: 12100 });
  });

  it('fails only the invoice with a bad row, with all its rows and its key', () => {
    const bad = listRow({ HID: '2', Amount: 'n.v.t.' });
    const good = listRow({ InvoiceNumber: 24700002, EntryNumber: 24700002 });
    const page = receivablesListToOpenItems([listRow(), bad, good]);
    expect(page.items.map((item) => item.number)).toEqual(['24700002']);
    expect(page.failures).toHaveLength(1);
    expect(page.failures[0]).toMatchObject({ invoiceKey: `${ACCOUNT}/24700001`, rows: [listRow(), bad], error: { field: 'Amount', rawValue: 'n.v.t.' } });
  });

  it.each([
    ['a missing AccountId', { AccountId: null }, 'AccountId', null],
    ['an AccountId that is a code', { AccountId: '0000002' }, 'AccountId', '0000002'],
    ['no invoice or entry number', { InvoiceNumber: null, EntryNumber: null }, 'InvoiceNumber', null],
  ])('fails a row alone on %s', (_case, overrides, field, raw) => {
    const page = receivablesListToOpenItems([listRow(overrides)]);
    expect(page.items).toEqual([]);
    expect(page.failures).toMatchObject([{ invoiceKey: null, error: { field, rawValue: raw } }]);
  });

  it.each([
    ['/Date(garbage)/ as DueDate', [listRow({ DueDate: '/Date(garbage)/' })], 'DueDate'],
    ['no due date on any row', [listRow({ DueDate: null })], 'DueDate'],
    ['mixed currencies', [listRow(), listRow({ HID: '2', CurrencyCode: 'USD' })], 'CurrencyCode'],
    ['a missing currency', [listRow({ CurrencyCode: null })], 'CurrencyCode'],
    ['AmountInTransit as text', [listRow({ AmountInTransit: 'nul' })], 'AmountInTransit'],
    ['a row that is not an object', [42], 'read/financial/ReceivablesList'],
  ])('fails on %s', (_case, rows, field) => {
    expect(receivablesListToOpenItems(rows).failures.map((failure) => failure.error.field)).toEqual([field]);
  });
});

describe('combineReceivableRows', () => {
  it('combines rows the connector collected for one invoice', () => {
    const result = combineReceivableRows([listRow({ Amount: 60.5 }), listRow({ HID: '2', Amount: 60.5 })]);
    expect(result.ok && result.record.openCents).toBe(12100);
  });

  it('refuses rows of different invoices, and no rows', () => {
    const mixed = combineReceivableRows([listRow(), listRow({ InvoiceNumber: 24700002, EntryNumber: 24700002 })]);
    expect(mixed.ok ? null : mixed.error.field).toBe('InvoiceNumber');
    const none = combineReceivableRows([]);
    expect(none.ok ? null : none.error.field).toBe('InvoiceNumber');
  });
});
