import { buildQueryString, resolveRequestUrl } from './request-url.js';

const base = new URL('https://start.exactonline.nl/api/v1/123456');

describe('resolveRequestUrl', () => {
  it('joins a relative path onto the base URL, with or without a leading slash', () => {
    expect(resolveRequestUrl(base, 'crm/Accounts')).toBe('https://start.exactonline.nl/api/v1/123456/crm/Accounts');
    expect(resolveRequestUrl(base, '/crm/Accounts')).toBe('https://start.exactonline.nl/api/v1/123456/crm/Accounts');
  });

  it('accepts an absolute URL on the same origin, as Exact sends in __next', () => {
    const next = "https://start.exactonline.nl/api/v1/123456/crm/Accounts?$select=ID&$skiptoken=guid'12345678-aaaa-bbbb-cccc-ddddeeeeffff'";

    expect(resolveRequestUrl(base, next)).toBe(next);
  });

  it.each([
    'https://evil.example/api/v1/123456/crm/Accounts',
    'http://start.exactonline.nl/api/v1/123456/crm/Accounts',
    'https://start.exactonline.nl:8443/api',
    '//evil.example/steal',
    'https://start.exactonline.nl.evil.example/api',
  ])('refuses %s', (path) => {
    expect(resolveRequestUrl(base, path)).toBeNull();
  });

  it('appends the query, also to a URL that already has one', () => {
    expect(resolveRequestUrl(base, 'crm/Accounts?$top=1', { $select: 'ID' })).toBe('https://start.exactonline.nl/api/v1/123456/crm/Accounts?$top=1&$select=ID');
  });
});

describe('buildQueryString', () => {
  it('encodes spaces as %20 and keeps OData and bracket parameter names readable', () => {
    expect(buildQueryString({ $filter: "Timestamp gt 5L and Name eq 'A&B'", $select: 'ID,Code', 'date[gte]': '2026-01-01', limit: 2000, skip: undefined })).toBe(
      "$filter=Timestamp%20gt%205L%20and%20Name%20eq%20'A%26B'&$select=ID,Code&date[gte]=2026-01-01&limit=2000",
    );
  });
});
