import nock from 'nock';
import { ADMINISTRATION_ID, exactConnector } from './testing/connector-kit.js';
import { API, envelope, exactScope, nangoResponse, rejectionOf } from './testing/exact-test-kit.js';
import { ACCOUNT, guid, receiptRow, termRow } from './testing/term-rows.js';

const RECEIVABLES = `${API}/cashflow/Receivables`;

afterEach(() => {
  nock.cleanAll();
});

describe('fetchOne debtors', () => {
  it('reads the account with an ID filter (an empty list, not a 404, when it is gone)', async () => {
    const { connector } = exactConnector();
    const recorded = nangoResponse('crm-account.single.nango-2026.json', `/api/v1/124132/crm/Accounts(guid'${ACCOUNT}')`) as { d: unknown };
    exactScope()
      .get(`${API}/crm/Accounts`)
      .query((query) => query.$filter === `ID eq guid'${ACCOUNT}'` && !String(query.$select).includes('Timestamp'))
      .reply(200, envelope([recorded.d]));

    expect(await connector.fetchOne('debtors', ACCOUNT)).toMatchObject({
      source: { platform: 'exact-online', administrationId: ADMINISTRATION_ID, externalId: ACCOUNT },
      code: '0000002',
      name: 'Foobar2 Updated',
      active: true,
    });

    exactScope().get(`${API}/crm/Accounts`).query(true).reply(200, envelope([]));
    expect(await connector.fetchOne('debtors', ACCOUNT)).toBeNull();
  });

  it('refuses an id that is not a GUID without calling Exact', async () => {
    const { connector } = exactConnector();
    expect((await rejectionOf(connector.fetchOne('debtors', "x' or ID ne 'y"))).errorClass).toBe('invalid_request');
  });
});

describe('fetchOne invoices', () => {
  it('combines the entry’s terms, and for an open invoice the receipts that pay it', async () => {
    const { connector } = exactConnector();
    exactScope()
      .get(RECEIVABLES)
      .query((query) => query.$filter === `TransactionEntryID eq guid'${guid(101)}'`)
      .reply(200, envelope([termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100 })]));
    exactScope()
      .get(RECEIVABLES)
      .query((query) => query.$filter === `Account eq guid'${ACCOUNT}' and InvoiceNumber eq 24700001`)
      .reply(200, envelope([termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100 }), receiptRow({ id: 9, cashEntry: 900, invoiceNumber: 24700001, cents: 2100 })]));

    expect(await connector.fetchOne('invoices', guid(101))).toMatchObject({ number: '24700001', totalCents: 12100, openCents: 10000, status: 'partially_paid' });
  });

  it('stops after one read for a settled invoice, and answers null for an entry without terms', async () => {
    const { connector } = exactConnector();
    exactScope().get(RECEIVABLES).query(true).reply(200, envelope([termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100, settled: true })]));
    expect(await connector.fetchOne('invoices', guid(101))).toMatchObject({ status: 'paid', openCents: 0 });

    exactScope().get(RECEIVABLES).query(true).reply(200, envelope([]));
    expect(await connector.fetchOne('invoices', guid(102))).toBeNull();
  });
});
