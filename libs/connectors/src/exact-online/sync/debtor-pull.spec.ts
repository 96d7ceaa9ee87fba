import nock from 'nock';
import type { PulledPage } from '../../port/records.js';
import { exactConnector } from '../testing/connector-kit.js';
import { API, collect, envelope, exactScope, fixture, nangoResponse, nextLink, rejectionOf, SECOND_TOKEN } from '../testing/exact-test-kit.js';

const SYNC = `${API}/sync/CRM/Accounts`;
const DELETED = `${API}/sync/Deleted`;

/** The six accounts of the 2026 recording (one supplier-ish "A", five customers), as sync rows with a Timestamp. */
function recordedAccounts(firstTimestamp: number): Record<string, unknown>[] {
  const body = nangoResponse('crm-accounts.select-list.nango-2026.json', '/api/v1/124132/crm/Accounts') as { d: { results: Record<string, unknown>[] } };
  return body.d.results.map((row, index) => ({ ...row, Timestamp: String(firstTimestamp + index) }));
}

function accountsPage(filterAfter: string): nock.Interceptor {
  return exactScope()
    .get(SYNC)
    .query((query) => query.$filter === `Timestamp gt ${filterAfter}` && String(query.$select).startsWith('Timestamp,ID,Code,Name'));
}

function pull(connector: ReturnType<typeof exactConnector>['connector'], cursor: PulledPage['cursor'] = null, mode: 'incremental' | 'full' = 'incremental'): Promise<PulledPage<'debtors'>[]> {
  return collect(connector.pull({ resource: 'debtors', mode, cursor }));
}

afterEach(() => {
  nock.cleanAll();
});

describe('pull debtors', () => {
  it('pages sync/CRM/Accounts from Timestamp gt 1, maps customers only and starts the deletion cursor without reading history', async () => {
    const { connector } = exactConnector();
    const rows = recordedAccounts(101);
    accountsPage('1').reply(200, envelope(rows.slice(0, 3), nextLink('sync/CRM/Accounts', '$select=Timestamp&$filter=Timestamp%20gt%201&$skiptoken=103L')));
    exactScope().get(SYNC).query({ $select: 'Timestamp', $filter: 'Timestamp gt 1', $skiptoken: '103L' }).reply(200, envelope(rows.slice(3)));

    const pages = await pull(connector);

    expect(pages.map((page) => page.records.map((record) => record.name))).toEqual([
      ['Administration TVA', 'Test Customer 2'],
      ['Delete Test Customer 1', 'Delete Test Customer 2', 'Foobar2 Updated'],
    ]);
    expect(pages[0]?.records[1]).toMatchObject({ code: '0000003', emails: ['customer@test.com'], address: expect.objectContaining({ countryCode: 'FR' }) });
    expect(pages.map((page) => page.cursor)).toEqual([
      { timestamp: '103', deletedTimestamp: '103' },
      { timestamp: '106', deletedTimestamp: '103' },
    ]);
    expect(pages.map((page) => [page.done, page.apiCalls])).toEqual([[false, 1], [true, 1]]);
  });

  it('ends an incremental run with the deleted accounts from sync/Deleted on their own cursor', async () => {
    const { connector } = exactConnector();
    accountsPage('500').reply(200, envelope([]));
    exactScope()
      .get(DELETED)
      .query({ $select: 'Timestamp,EntityKey,EntityType,DeletedDate', $filter: 'Timestamp gt 450' })
      .reply(200, envelope([
        { Timestamp: '451', EntityKey: '2a64d87a-5e60-442a-84f0-2dff86e9d706', EntityType: 2, DeletedDate: '/Date(1782404038673)/' },
        { Timestamp: '452', EntityKey: '9b0e5fa2-0d3c-4f0a-9c7e-5d1f2a3b4c5d', EntityType: 10, DeletedDate: '/Date(1782404038673)/' },
      ]));

    const pages = await pull(connector, { timestamp: '500', deletedTimestamp: '450' });

    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatchObject({ records: [], done: false });
    expect(pages[1]).toMatchObject({ removedExternalIds: ['2a64d87a-5e60-442a-84f0-2dff86e9d706'], cursor: { timestamp: '500', deletedTimestamp: '452' }, done: true, apiCalls: 1 });
  });

  it('quarantines a malformed account while the rest of the page maps', async () => {
    const { connector } = exactConnector();
    const [good, bad] = recordedAccounts(11).slice(1, 3);
    const malformed = { ...bad, ID: 'not-a-guid' };
    accountsPage('10').reply(200, envelope([good, malformed]));

    const [page] = await pull(connector, { timestamp: '10', deletedTimestamp: null });

    expect(page?.records.map((record) => record.name)).toEqual(['Administration TVA']);
    expect(page?.failures).toEqual([expect.objectContaining({ externalId: 'not-a-guid', raw: malformed })]);
    expect(page?.failures[0]?.error.field).toBe('ID');
    expect(page?.cursor).toEqual({ timestamp: '13', deletedTimestamp: '13' });
  });

  it('reads a bare-array d, and a page without __next as the last one', async () => {
    const { connector } = exactConnector();
    accountsPage('1').reply(200, { d: recordedAccounts(1).slice(1, 2) });

    const pages = await pull(connector);

    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ done: true, records: [expect.objectContaining({ name: 'Administration TVA' })] });
  });

  it('maps the 2013 recording: suppliers only, so nothing, and fails on the SDK’s results-less envelope', async () => {
    const { connector } = exactConnector();
    const recorded = fixture('crm-accounts.d-results.exact-dotnet-sdk-2013.json') as { d: { results: Record<string, unknown>[] } };
    accountsPage('1').reply(200, envelope(recorded.d.results.map((row) => ({ ...row, Timestamp: '7' }))));
    expect((await pull(connector))[0]?.records).toEqual([]);

    accountsPage('1').reply(200, fixture('crm-accounts.malformed-d-emptykey.handmade.exact-dotnet-sdk-2013.json') as object);
    const error = await rejectionOf(pull(connector));
    expect(error.errorClass).toBe('platform_bug');
  });

  it('renews the token once on a 401 in the middle of a sync and carries on', async () => {
    const { connector, tokens } = exactConnector();
    const rows = recordedAccounts(21);
    accountsPage('1').reply(200, envelope(rows.slice(0, 2), nextLink('sync/CRM/Accounts', '$skiptoken=22L')));
    exactScope().get(SYNC).query({ $skiptoken: '22L' }).reply(401, { error: { code: '', message: { lang: '', value: 'Unauthorized' } } });
    exactScope({ authorization: `Bearer ${SECOND_TOKEN}` }).get(SYNC).query({ $skiptoken: '22L' }).reply(200, envelope(rows.slice(2)));

    const pages = await pull(connector);

    expect(tokens.rejected).toHaveLength(1);
    expect(pages.flatMap((page) => page.records)).toHaveLength(5);
    expect(pages[1]?.apiCalls).toBe(2);
  });

  it('waits for the minutely reset after a 429 that carries no daily headers, then goes on', async () => {
    const { connector, time } = exactConnector();
    const resetAt = time.now() + 20_000;
    accountsPage('1').reply(429, '', { 'X-RateLimit-Minutely-Limit': '60', 'X-RateLimit-Minutely-Remaining': '0', 'X-RateLimit-Minutely-Reset': String(resetAt) });
    accountsPage('1').reply(200, envelope(recordedAccounts(1).slice(1, 2)));

    const [page] = await pull(connector);

    expect(page?.records).toHaveLength(1);
    expect(time.now()).toBeGreaterThanOrEqual(resetAt);
    expect(page?.apiCalls).toBe(2);
  });

  it('refuses a __next that leaves the Exact host, before sending the token there', async () => {
    const { connector } = exactConnector();
    accountsPage('1').reply(200, envelope([], 'https://attacker.example/api/v1/123456/sync/CRM/Accounts?$skiptoken=1L'));

    expect((await rejectionOf(pull(connector))).errorClass).toBe('invalid_request');
  });

  it('starts over on a full pull (after a division move every Timestamp is new, §4.9)', async () => {
    const { connector } = exactConnector();
    accountsPage('1').reply(200, envelope([]));

    const [page] = await pull(connector, { timestamp: '900', deletedTimestamp: '880' }, 'full');

    expect(page).toMatchObject({ done: true, cursor: { timestamp: '1', deletedTimestamp: null } });
  });

  it('refuses a cursor it did not write', async () => {
    const { connector } = exactConnector();
    expect((await rejectionOf(pull(connector, { timestamp: 'yesterday' }))).errorClass).toBe('invalid_request');
  });
});
