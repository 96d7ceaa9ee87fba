// `__next` links in Exact's style (§3.2; recorded in
// fixtures/exact-online/financialtransaction-transactionlines.paged-skiptoken.nango-2026.json):
// an absolute URL, the request's own parameters in their order, `$`, `,` and `'` left as they
// are, spaces as %20, and the changed paging parameters replaced in place or appended.

export function buildNextLink(collectionUri: string, params: ReadonlyArray<readonly [string, string]>, set: Readonly<Record<string, string>>): string {
  const pending = new Map(Object.entries(set));
  const parts: string[] = [];
  for (const [name, value] of params) {
    if (pending.has(name)) {
      parts.push(`${name}=${encodeODataValue(pending.get(name) as string)}`);
      pending.delete(name);
    } else {
      parts.push(`${name}=${encodeODataValue(value)}`);
    }
  }
  for (const [name, value] of pending) parts.push(`${name}=${encodeODataValue(value)}`);
  return `${collectionUri}?${parts.join('&')}`;
}

function encodeODataValue(value: string): string {
  return encodeURIComponent(value).replace(/%24/g, '$').replace(/%2C/g, ',');
}
