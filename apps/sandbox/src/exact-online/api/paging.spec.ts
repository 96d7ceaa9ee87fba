import { apiGet, closeHarnesses, connect, createHarness, readAll, type Harness, type Tokens } from '../testing/harness.js';

afterAll(closeHarnesses);

describe('Exact Online paging and query options (§3.2/§3.3)', () => {
  let harness: Harness;
  let tokens: Tokens;
  const DEBTORS = 1234;

  beforeAll(async () => {
    harness = await createHarness({
      administrations: [{ invoices: 40, debtors: DEBTORS }],
      options: { rateLimits: { minutely: 10_000, daily: 100_000 }, pageSizes: { receivablesList: 7 } },
    });
    tokens = await connect(harness);
  });

  const path = (endpoint: string) => `/api/v1/${harness.division}/${endpoint}`;

  it('pages a sync endpoint by 1,000 to the very last record, with $skiptoken as the last Timestamp (…L)', async () => {
    const first = await apiGet(harness, tokens.accessToken, path('sync/CRM/Accounts?$select=Timestamp,ID,Code&$filter=Timestamp gt 1L'));

    expect(first.body.d.results).toHaveLength(1000);
    const lastTimestamp = first.body.d.results[999].Timestamp as string;
    expect(first.body.d.__next).toBe(
      `http://127.0.0.1:4010/exact-online/api/v1/${harness.division}/sync/CRM/Accounts?$select=Timestamp,ID,Code&$filter=Timestamp%20gt%201L&$skiptoken=${lastTimestamp}L`,
    );

    const all = await readAll(harness, tokens.accessToken, path('sync/CRM/Accounts?$select=Timestamp,ID,Code&$filter=Timestamp gt 1'));
    expect(all.pageSizes).toEqual([1000, DEBTORS - 1000]);
    expect(new Set(all.rows.map((row) => row.ID)).size).toBe(DEBTORS);
    const timestamps = all.rows.map((row) => row.Timestamp);
    expect(timestamps.every((t) => typeof t === 'string')).toBe(true);
    expect(timestamps.map(Number)).toEqual([...timestamps.map(Number)].sort((a, b) => a - b));
    expect(new Set(timestamps).size).toBe(DEBTORS);
  });

  it('pages a standard endpoint by 60 to the very last record, with $skiptoken=guid\'…\'', async () => {
    const all = await readAll(harness, tokens.accessToken, path('crm/Accounts?$select=ID'));

    expect(all.pageSizes).toEqual([...Array(20).fill(60), DEBTORS - 20 * 60]);
    expect(new Set(all.rows.map((row) => row.ID)).size).toBe(DEBTORS);
    const first = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=ID'));
    expect(first.body.d.__next).toMatch(/\?\$select=ID&\$skiptoken=guid'[0-9a-f-]{36}'$/);
  });

  it('pages a bulk endpoint by 1,000', async () => {
    const all = await readAll(harness, tokens.accessToken, path('bulk/CRM/Accounts?$select=ID,Name'));

    expect(all.pageSizes).toEqual([1000, DEBTORS - 1000]);
  });

  it('carries a $top larger than the page over into __next, reduced', async () => {
    const first = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=ID&$top=100'));
    expect(first.body.d.results).toHaveLength(60);
    expect(first.body.d.__next).toMatch(/\?\$select=ID&\$top=40&\$skiptoken=guid'/);

    const second = await apiGet(harness, tokens.accessToken, first.body.d.__next);
    expect(second.body.d.results).toHaveLength(40);
    expect(second.body.d.__next).toBeUndefined();
  });

  it('pages ReceivablesList by $skip to the last open item and adds up to openItems()', async () => {
    const all = await readAll(harness, tokens.accessToken, path('read/financial/ReceivablesList'));
    const summary = harness.sandbox.control.openItems(harness.administrations[0]?.key ?? '');

    expect(all.pages).toBe(Math.ceil(all.rows.length / 7));
    expect(all.pageSizes.at(-1)).toBe(all.rows.length % 7 || 7);
    const totalCents = all.rows.reduce((sum, row) => sum + Math.round((row.Amount as number) * 100), 0);
    expect(totalCents).toBe(summary.totalOpenCents);
    expect(new Set(all.rows.map((row) => row.HID)).size).toBe(all.rows.length);
    const first = await apiGet(harness, tokens.accessToken, path('read/financial/ReceivablesList'));
    expect(first.body.d.__next).toMatch(/ReceivablesList\?\$skip=7$/);
  });

  it('refuses a bulk or sync read without $select, with Exact\'s message, unless $top=1', async () => {
    for (const endpoint of ['sync/CRM/Accounts', 'bulk/CRM/Accounts', 'sync/Cashflow/PaymentTerms?$filter=Timestamp gt 1', 'sync/Deleted', 'sync/CRM/Accounts?$select=*']) {
      const response = await apiGet(harness, tokens.accessToken, path(endpoint));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: { code: '', message: { lang: '', value: 'Please add a $select or a $top=1 statement to the query string.' } } });
    }
    const topOne = await apiGet(harness, tokens.accessToken, path('sync/CRM/Accounts?$top=1'));
    expect(topOne.status).toBe(200);
    expect(topOne.body.d.results).toHaveLength(1);
  });

  it('returns only the selected properties plus __metadata, in Exact\'s order', async () => {
    const response = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=Name,ID,Code&$top=1'));

    expect(Object.keys(response.body.d.results[0])).toEqual(['__metadata', 'ID', 'Code', 'Name']);
  });

  it('refuses an unknown property in $select or $filter and a broken $filter with 400', async () => {
    const unknownSelect = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=Nope'));
    const unknownFilter = await apiGet(harness, tokens.accessToken, path("crm/Accounts?$filter=Nope eq 'x'"));
    const broken = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$filter=Name eq'));

    expect(unknownSelect.status).toBe(400);
    expect(unknownSelect.body.error.message.value).toBe("No property 'Nope' exists in type 'Exact.Web.Api.Models.Account'.");
    expect(unknownFilter.status).toBe(400);
    expect(broken.status).toBe(400);
    expect(broken.body.error.message.value).toMatch(/^Syntax error at position \d+/);
  });

  it('filters with eq on padded codes, guid\'…\', datetime\'…\', and/or', async () => {
    const sample = (await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=ID,Code,Created&$top=1'))).body.d.results[0];

    const byCode = await apiGet(harness, tokens.accessToken, path(`crm/Accounts?$select=ID&$filter=Code eq '${sample.Code}'`));
    const byTrim = await apiGet(harness, tokens.accessToken, path(`crm/Accounts?$select=ID&$filter=trim(Code) eq '${String(sample.Code).trim()}'`));
    const byGuid = await apiGet(harness, tokens.accessToken, path(`crm/Accounts?$select=ID&$filter=ID eq guid'${sample.ID}' and Blocked eq false or Name eq 'nobody'`));
    const unpadded = await apiGet(harness, tokens.accessToken, path(`crm/Accounts?$select=ID&$filter=Code eq '${String(sample.Code).trim()}'`));
    const receivables = await apiGet(harness, tokens.accessToken, path("read/financial/ReceivablesList?$filter=DueDate lt datetime'2100-01-01T00:00:00' and DueDate ge datetime'2000-01-01'"));

    expect(byCode.body.d.results.map((r: { ID: string }) => r.ID)).toEqual([sample.ID]);
    expect(byTrim.body.d.results.map((r: { ID: string }) => r.ID)).toEqual([sample.ID]);
    expect(byGuid.body.d.results.map((r: { ID: string }) => r.ID)).toEqual([sample.ID]);
    expect(unpadded.body.d.results).toEqual([]);
    expect(receivables.body.d.results.length).toBeGreaterThan(0);
  });

  it('adds d.__count (a string) for $inlinecount=allpages', async () => {
    const response = await apiGet(harness, tokens.accessToken, path('crm/Accounts?$select=ID&$inlinecount=allpages'));

    expect(response.body.d.__count).toBe(String(DEBTORS));
  });
});
