import nock from 'nock';
import { exactConnector } from '../testing/connector-kit.js';
import { API, collect, envelope, exactDay, exactScope, nextLink } from '../testing/exact-test-kit.js';
import { ACCOUNT, guid, termRow } from '../testing/term-rows.js';

const LIST = `${API}/read/financial/ReceivablesList`;
const BULK = `${API}/bulk/Cashflow/Receivables`;

/** A ReceivablesList row as observed (§4.2, FIXT-X): positive Amount for an open invoice, HID an Int64 string. */
function listRow(hid: number, invoiceNumber: number, amount: number): Record<string, unknown> {
  return {
    __metadata: { uri: `https://start.exactonline.nl/api/v1/123456/read/financial/ReceivablesList(${hid}L)`, type: 'Exact.Web.Api.Models.Financial.ReceivablesList' },
    HID: String(hid),
    AccountId: ACCOUNT,
    AccountCode: '           0000002',
    AccountName: 'Foobar2 Updated',
    Amount: amount,
    AmountInTransit: 0,
    CurrencyCode: 'EUR',
    Description: `Factuur ${invoiceNumber}`,
    DueDate: exactDay('2026-03-31'),
    EntryNumber: invoiceNumber,
    InvoiceDate: exactDay('2026-03-01'),
    InvoiceNumber: invoiceNumber,
    JournalCode: '70',
    YourRef: null,
  };
}

afterEach(() => {
  nock.cleanAll();
});

describe('pull invoices in reconciliation mode', () => {
  it('yields every invoice Exact lists as open, with the list’s open amount, and leaves the cursor alone', async () => {
    const { connector } = exactConnector();
    exactScope()
      .get(LIST)
      .query((query) => query.$skip === undefined && String(query.$select).includes('AccountId'))
      .reply(200, envelope([listRow(1, 24700001, 80), listRow(2, 24700002, 60.5)], nextLink('read/financial/ReceivablesList', '$select=HID&$skip=2')));
    exactScope().get(LIST).query({ $select: 'HID', $skip: '2' }).reply(200, envelope([listRow(3, 24700002, 60.5), listRow(4, 24700004, 10)]));
    exactScope()
      .get(BULK)
      .query({ $select: /TransactionAmountFC/, $filter: 'IsFullyPaid eq false' })
      .reply(200, envelope([
        termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100 }),
        termRow({ id: 2, entry: 102, invoiceNumber: 24700002, cents: 6050, totalCents: 12100 }),
        termRow({ id: 3, entry: 102, invoiceNumber: 24700002, cents: 6050, totalCents: 12100, dueDate: '2026-04-30' }),
        // Open by its term, but not in Exact's list of outstanding items: settled, so not named.
        termRow({ id: 5, entry: 105, invoiceNumber: 24700005, cents: 900, totalCents: 900 }),
      ]));

    const pages = await collect(connector.pull({ resource: 'invoices', mode: 'reconciliation', cursor: { timestamp: '77' } }));

    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page?.records.map((record) => [record.source.externalId, record.openCents, record.status])).toEqual([
      [guid(101), 8000, 'partially_paid'],
      [guid(102), 12100, 'open'],
    ]);
    expect(page?.failures).toEqual([expect.objectContaining({ externalId: null, error: expect.objectContaining({ field: 'InvoiceNumber', rawValue: '24700004' }) })]);
    expect(page).toMatchObject({ done: true, cursor: { timestamp: '77' }, apiCalls: 3, removedExternalIds: [] });
  });
});
