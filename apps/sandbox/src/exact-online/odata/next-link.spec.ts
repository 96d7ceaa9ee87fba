import { buildNextLink } from './next-link.js';
import { parseQueryOptions } from './query-options.js';

describe('__next links (§3.2)', () => {
  it('repeats the request in Exact\'s encoding, replacing $top in place and appending $skiptoken', () => {
    const query = parseQueryOptions("/x?$orderby=Modified asc&$select=ID,EntryID,AmountDC&$top=100");

    const next = buildNextLink('https://start.exactonline.nl/api/v1/1/financialtransaction/TransactionLines', query.params, {
      $top: '40',
      $skiptoken: "datetime'2024-09-09T12:40:29.9',guid'd4784044-7c1e-4da0-8432-98638e87c3d4'",
    });

    // The shape recorded in fixtures/exact-online/financialtransaction-transactionlines.paged-skiptoken.nango-2026.json.
    expect(next).toBe(
      "https://start.exactonline.nl/api/v1/1/financialtransaction/TransactionLines?$orderby=Modified%20asc&$select=ID,EntryID,AmountDC&$top=40&$skiptoken=datetime'2024-09-09T12%3A40%3A29.9',guid'd4784044-7c1e-4da0-8432-98638e87c3d4'",
    );
  });

  it('replaces an earlier $skiptoken instead of adding a second one', () => {
    const query = parseQueryOptions('/x?$select=ID&$filter=Timestamp gt 1&$skiptoken=100L');

    expect(buildNextLink('https://h/api/v1/1/sync/CRM/Accounts', query.params, { $skiptoken: '200L' })).toBe(
      'https://h/api/v1/1/sync/CRM/Accounts?$select=ID&$filter=Timestamp%20gt%201&$skiptoken=200L',
    );
  });

  it('refuses unknown $-options and bad numbers like an OData service', () => {
    expect(() => parseQueryOptions('/x?$frobnicate=1')).toThrow(/system-reserved/);
    expect(() => parseQueryOptions('/x?$top=ten')).toThrow(/Invalid integer value/);
  });
});
