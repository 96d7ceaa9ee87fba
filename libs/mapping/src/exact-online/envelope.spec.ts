import { fixtureJson, fixtureText, nangoRecordings, nangoResponse } from './testing/fixtures.js';
import { parseEnvelope, type ExactPage } from './envelope.js';

function page(body: unknown): ExactPage {
  const result = parseEnvelope(body);
  if (!result.ok) throw result.error;
  return result.record;
}

function failure(body: unknown): { field: string; rawValue: unknown; reason: string } {
  const result = parseEnvelope(body);
  if (result.ok) throw new Error('expected the envelope to be rejected');
  return { field: result.error.field, rawValue: result.error.rawValue, reason: result.error.reason };
}

const ACCOUNTS_2013 = 'crm-accounts.d-results.exact-dotnet-sdk-2013.json';
const TRANSACTION_LINES = 'financialtransaction-transactionlines.paged-skiptoken.nango-2026.json';

describe('parseEnvelope on recorded bodies', () => {
  it('reads a {"d":{"results":[…]}} collection without __next as the last page, keeping __metadata and __deferred', () => {
    const { rows, next } = page(fixtureJson(ACCOUNTS_2013));
    expect(next).toBeNull();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      ID: '71b961de-b9f3-49fe-883d-0f46c7e0e89b',
      __metadata: { type: 'Exact.Web.Api.Models.Account' },
      BankAccounts: { __deferred: { uri: expect.stringContaining('/BankAccounts') } },
    });
  });

  it('reads the body as text too, BOM included (the 2013 SDK files start with one)', () => {
    const text = fixtureText(ACCOUNTS_2013);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(page(text).rows).toHaveLength(2);
  });

  it('returns __next verbatim on a full page and null on the last one (two recorded pages)', () => {
    const [first, second] = nangoRecordings(TRANSACTION_LINES, 'get', '/api/v1/124132/financialtransaction/TransactionLines');
    const one = page(first.response);
    expect(one.rows).toHaveLength(60);
    expect(one.next).toBe(
      "https://start.exactonline.fr/api/v1/124132/financialtransaction/TransactionLines?$orderby=Modified%20asc&$select=ID,EntryID,AmountDC,GLAccount,GLAccountCode,Description,VATCode,Modified&$top=40&$skiptoken=datetime'2024-09-09T12%3A40%3A29.9',guid'd4784044-7c1e-4da0-8432-98638e87c3d4'",
    );
    const two = page(second.response);
    expect(two.rows).toHaveLength(23);
    expect(two.next).toBeNull();
  });

  it('reads a single entity {"d":{…}} as one row', () => {
    const body = nangoResponse('crm-account.single.nango-2026.json', 'get', "/api/v1/124132/crm/Accounts(guid'a58c29d9-ef92-40f1-b817-31b36990898c')");
    const { rows, next } = page(body);
    expect(next).toBeNull();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ID: 'a58c29d9-ef92-40f1-b817-31b36990898c', Name: 'Foobar2 Updated' });
  });

  it('reads the empty collection as no rows', () => {
    const body = nangoResponse('cashflow-payments.empty.nango-2026.json', 'get', '/api/v1/124132/cashflow/Payments');
    expect(page(body)).toEqual({ rows: [], next: null });
  });

  it('reads d as a bare array (the shape some endpoints send)', () => {
    const accounts = fixtureJson('crm-accounts.sdk-cleaned-bare-array.exact-dotnet-sdk-2013.json');
    expect(page({ d: accounts })).toEqual({ rows: accounts, next: null });
  });

  it('rejects the hand-made {"d":{"":[…]}} body loudly instead of reading it as one entity', () => {
    const body = fixtureJson('crm-accounts.malformed-d-emptykey.handmade.exact-dotnet-sdk-2013.json') as { d: Record<string, unknown> };
    const error = failure(body);
    expect(error.field).toBe('d[""]');
    expect(error.rawValue).toBe(body.d['']);
  });
});

describe('parseEnvelope on bodies that are not an Exact envelope', () => {
  it('surfaces an Exact error body with its message', () => {
    const body = { error: { code: '', message: { lang: '', value: 'Please add a $select or a $top=1 statement to the query string.' } } };
    expect(failure(body)).toMatchObject({ field: 'error', reason: expect.stringContaining('Please add a $select') });
  });

  it.each([
    ['no d at all', 'd', { value: [] }],
    ['d null', 'd', { d: null }],
    ['d a number', 'd', { d: 42 }],
    ['d an empty object', 'd', { d: {} }],
    ['results not an array', 'd.results', { d: { results: { 0: {} } } }],
    ['results null', 'd.results', { d: { results: null } }],
    ['__next not a string', 'd.__next', { d: { results: [], __next: 5 } }],
    ['an array body', 'body', [{ ID: 'x' }]],
    ['null', 'body', null],
    ['text that is not JSON', 'body', '<feed xmlns="http://www.w3.org/2005/Atom">'],
  ])('rejects %s, naming %s', (_case, field, body) => {
    expect(failure(body).field).toBe(field);
  });

  it('treats an empty __next like a missing one', () => {
    expect(page({ d: { results: [{ ID: 'a' }], __next: '' } }).next).toBeNull();
  });

  it('ignores __count from $inlinecount', () => {
    expect(page({ d: { results: [{ ID: 'a' }], __count: '1' } })).toEqual({ rows: [{ ID: 'a' }], next: null });
  });
});
