import nock from 'nock';
import type { PulledPage } from '../../port/records.js';
import { exactConnector } from '../testing/connector-kit.js';
import { API, collect, envelope, exactScope, nextLink } from '../testing/exact-test-kit.js';
import { ACCOUNT, guid, payableRow, receiptRow, termRow } from '../testing/term-rows.js';

const SYNC = `${API}/sync/Cashflow/PaymentTerms`;
const RECEIVABLES = `${API}/cashflow/Receivables`;

function syncPage(filterAfter: string, rows: unknown[], next?: string): nock.Scope {
  return exactScope()
    .get(SYNC)
    .query((query) => query.$filter === `Timestamp gt ${filterAfter}` && query.$skiptoken === undefined && String(query.$select).includes('LineType'))
    .reply(200, envelope(rows, next));
}

function nextPage(skiptoken: string, rows: unknown[], next?: string): nock.Scope {
  return exactScope()
    .get(SYNC)
    .query((query) => query.$skiptoken === skiptoken)
    .reply(200, envelope(rows, next));
}

function linkAfter(timestamp: number): string {
  return nextLink('sync/Cashflow/PaymentTerms', `$select=Timestamp,LineType&$filter=Timestamp%20gt%201&$skiptoken=${timestamp}L`);
}

async function pullInvoices(connector: ReturnType<typeof exactConnector>['connector'], cursor: PulledPage['cursor'] = null): Promise<PulledPage<'invoices'>[]> {
  return collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor }));
}

afterEach(() => {
  nock.cleanAll();
});

describe('pull invoices', () => {
  it('combines the terms of one invoice that a full page split from the rest, without an extra read', async () => {
    const { connector } = exactConnector();
    // Invoice 24700002 has two instalments of 60.50; the page boundary falls between them.
    syncPage('1', [
      termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100, timestamp: 1001 }),
      termRow({ id: 2, entry: 102, invoiceNumber: 24700002, cents: 6050, totalCents: 12100, timestamp: 1002, dueDate: '2026-03-31' }),
    ], linkAfter(1002));
    nextPage('1002L', [
      termRow({ id: 3, entry: 102, invoiceNumber: 24700002, cents: 6050, totalCents: 12100, timestamp: 1003, dueDate: '2026-04-30' }),
      termRow({ id: 4, entry: 103, invoiceNumber: 24700003, cents: 5000, totalCents: 5000, timestamp: 1004, settled: true }),
    ]);

    const pages = await pullInvoices(connector);

    expect(pages.map((page) => page.records.map((record) => record.number))).toEqual([['24700001'], ['24700002', '24700003']]);
    const split = pages[1]?.records[0];
    expect(split).toMatchObject({ source: { externalId: guid(102) }, totalCents: 12100, openCents: 12100, status: 'open', dueDate: '2026-03-31' });
    expect(pages[1]?.records[1]).toMatchObject({ openCents: 0, status: 'paid' });
    // The held-back term (1002) is not behind the first page's cursor: a resumed run fetches it again.
    expect(pages.map((page) => page.cursor)).toEqual([{ timestamp: '1001' }, { timestamp: '1004' }]);
    expect(pages.map((page) => [page.done, page.apiCalls])).toEqual([[false, 1], [true, 1]]);
  });

  it('holds the last entry of a full page back to the next page, even when it looks complete', async () => {
    const { connector } = exactConnector();
    syncPage('1', [
      termRow({ id: 1, entry: 101, invoiceNumber: 24700001, cents: 12100, totalCents: 12100, timestamp: 1001 }),
      termRow({ id: 2, entry: 102, invoiceNumber: 24700002, cents: 5000, totalCents: 5000, timestamp: 1002 }),
    ], linkAfter(1002));
    nextPage('1002L', [termRow({ id: 2, entry: 102, invoiceNumber: 24700002, cents: 5000, totalCents: 5000, timestamp: 1003, settled: true })]);

    const pages = await pullInvoices(connector);

    // Invoice 24700002 is emitted once, in the state of its newest row.
    expect(pages.map((page) => page.records.map((record) => `${record.number}:${record.status}`))).toEqual([['24700001:open'], ['24700002:paid']]);
    expect(pages[0]?.cursor).toEqual({ timestamp: '1001' });
  });

  it('reads the rest of an entry whose known terms do not add up to its total, with exactly one filtered read', async () => {
    const { connector } = exactConnector();
    // Since the cursor only the open rest (71.00) of a partly paid 121.00 invoice changed (§4.3 split).
    syncPage('5000', [termRow({ id: 11, entry: 201, invoiceNumber: 24700011, cents: 7100, totalCents: 12100, timestamp: 5001 })]);
    const extra = exactScope()
      .get(RECEIVABLES)
      .query({ $select: /TransactionEntryID/, $filter: `TransactionEntryID eq guid'${guid(201)}'` })
      .reply(200, envelope([
        termRow({ id: 11, entry: 201, invoiceNumber: 24700011, cents: 7100, totalCents: 12100 }),
        termRow({ id: 12, entry: 201, invoiceNumber: 24700011, cents: 5000, totalCents: 12100, settled: true }),
      ]));

    const [page] = await pullInvoices(connector, { timestamp: '5000' });

    expect(extra.isDone()).toBe(true);
    expect(page?.records).toEqual([expect.objectContaining({ number: '24700011', totalCents: 12100, openCents: 7100, status: 'partially_paid' })]);
    expect(page?.apiCalls).toBe(2);
    expect(page?.cursor).toEqual({ timestamp: '5001' });
  });

  it('reports an entry whose terms are all gone as removed', async () => {
    const { connector } = exactConnector();
    syncPage('5000', [termRow({ id: 21, entry: 301, invoiceNumber: 24700021, cents: 4000, totalCents: 10000, timestamp: 5002 })]);
    exactScope().get(RECEIVABLES).query(true).reply(200, envelope([]));

    const [page] = await pullInvoices(connector, { timestamp: '5000' });

    expect(page?.records).toEqual([]);
    expect(page?.removedExternalIds).toEqual([guid(301)]);
  });

  it('skips payables and quarantines a malformed term while the rest of the page maps', async () => {
    const { connector } = exactConnector();
    const malformed = { ...termRow({ id: 31, entry: 401, invoiceNumber: 24700031, cents: 100, totalCents: 100, timestamp: 7002 }), Currency: 'EURO' };
    syncPage('7000', [termRow({ id: 30, entry: 400, invoiceNumber: 24700030, cents: 2500, totalCents: 2500, timestamp: 7001 }), malformed, payableRow(32, 7003)]);

    const [page] = await pullInvoices(connector, { timestamp: '7000' });

    expect(page?.records.map((record) => record.number)).toEqual(['24700030']);
    expect(page?.failures).toEqual([expect.objectContaining({ externalId: guid(401), raw: malformed })]);
    expect(page?.failures[0]?.error.field).toBe('Currency');
    expect(page?.cursor).toEqual({ timestamp: '7003' });
  });

  it('lowers the open amount by an unmatched receipt, reading the paid invoice once when it was not in the pull', async () => {
    const { connector } = exactConnector();
    syncPage('8000', [receiptRow({ id: 41, cashEntry: 601, invoiceNumber: 24700041, cents: 3000, timestamp: 8001 })]);
    const extra = exactScope()
      .get(RECEIVABLES)
      .query({ $select: /ID/, $filter: `Account eq guid'${ACCOUNT}' and InvoiceNumber eq 24700041` })
      .reply(200, envelope([
        termRow({ id: 40, entry: 501, invoiceNumber: 24700041, cents: 10000, totalCents: 10000 }),
        receiptRow({ id: 41, cashEntry: 601, invoiceNumber: 24700041, cents: 3000 }),
      ]));

    const [page] = await pullInvoices(connector, { timestamp: '8000' });

    expect(extra.isDone()).toBe(true);
    expect(page?.records).toEqual([expect.objectContaining({ source: expect.objectContaining({ externalId: guid(501) }), openCents: 7000, status: 'partially_paid' })]);
  });

  it('starts from Timestamp gt 1 and stays within ceil(rows / 1000) calls on an initial sync', async () => {
    const { connector } = exactConnector();
    const rows = initialSyncRows(2_499);
    syncPage('1', rows.slice(0, 1000), linkAfter(1000));
    nextPage('1000L', rows.slice(1000, 2000), linkAfter(2000));
    nextPage('2000L', rows.slice(2000));
    expect(rows[999]).toMatchObject({ InvoiceNumber: 25_000_500, Timestamp: '1000' });
    expect(rows[1000]).toMatchObject({ InvoiceNumber: 25_000_500 });

    const pages = await pullInvoices(connector);

    const calls = pages.reduce((sum, page) => sum + page.apiCalls, 0);
    expect(calls).toBeLessThanOrEqual(Math.floor(1.05 * Math.ceil(rows.length / 1000)));
    const records = pages.flatMap((page) => page.records);
    // The latest state of every invoice: 624 with a paid term, 63 more with a receipt.
    const latest = new Map(records.map((record) => [record.number, record]));
    expect(latest.size).toBe(1_250);
    expect([...latest.values()].filter((record) => record.status === 'partially_paid')).toHaveLength(624 + 63);
    expect(latest.get('25000001')).toMatchObject({ openCents: 9000, status: 'partially_paid' });
    expect(latest.get('25000021')).toMatchObject({ openCents: 9000 });
    expect(latest.get('25000003')).toMatchObject({ openCents: 10000, status: 'open' });
    expect(pages.at(-1)).toMatchObject({ done: true, cursor: { timestamp: String(rows.length) } });
  });
});

/**
 * A one-term invoice, then two terms per invoice with consecutive Timestamps, so every page
 * boundary falls inside an invoice (rows 1,000 and 1,001 are invoice 500's), half of them partly
 * paid; then, later in the feed, an unmatched receipt of 10.00 for every twentieth invoice, which
 * must find its invoice among what the pull already saw rather than with a read of its own.
 */
function initialSyncRows(count: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [termRow({ id: 1, entry: 10_000, invoiceNumber: 25_000_000, cents: 10000, totalCents: 10000 })];
  const invoices = (count - 1) / 2;
  for (let invoice = 1; invoice <= invoices; invoice++) {
    rows.push(termRow({ id: 2 * invoice, entry: 10_000 + invoice, invoiceNumber: 25_000_000 + invoice, cents: 6000, totalCents: 10000, settled: invoice % 2 === 0 }));
    rows.push(termRow({ id: 2 * invoice + 1, entry: 10_000 + invoice, invoiceNumber: 25_000_000 + invoice, cents: 4000, totalCents: 10000 }));
  }
  for (let invoice = 1; invoice <= invoices; invoice += 20) {
    rows.push(receiptRow({ id: 100_000 + invoice, cashEntry: 200_000 + invoice, invoiceNumber: 25_000_000 + invoice, cents: 1000 }));
  }
  return rows.map((row, index) => ({ ...row, Timestamp: String(index + 1), LineType: 20 }));
}
