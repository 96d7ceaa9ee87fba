// Where a request goes: a path under the platform's base URL, or an absolute URL the platform
// handed us (Exact's `__next`), but only on the base URL's origin: the Authorization header must
// never travel to another host.

export type QueryValue = string | number | boolean;
export type QueryParams = Readonly<Record<string, QueryValue | undefined>>;

/** The URL to call, or null when `path` leaves the base URL's origin. */
export function resolveRequestUrl(baseUrl: URL, path: string, query?: QueryParams): string | null {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//');
  const joined = absolute ? path : `${baseUrl.href.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  if (!URL.canParse(joined) || new URL(joined).origin !== baseUrl.origin) return null;
  const search = buildQueryString(query);
  if (search === '') return joined;
  return `${joined}${joined.includes('?') ? '&' : '?'}${search}`;
}

/**
 * Percent-encodes like encodeURIComponent (spaces as %20, which OData filters need; `+` would be
 * read as a space), but leaves `$ , : [ ]` readable, as OData (`$filter`) and e-Boekhouden
 * (`date[gte]`) parameters are written.
 */
export function buildQueryString(query: QueryParams | undefined): string {
  if (query === undefined) return '';
  return Object.entries(query)
    .filter((entry): entry is [string, QueryValue] => entry[1] !== undefined)
    .map(([name, value]) => `${encode(name)}=${encode(String(value))}`)
    .join('&');
}

function encode(text: string): string {
  return encodeURIComponent(text).replace(/%(24|2C|3A|5B|5D)/gi, (escape) => decodeURIComponent(escape));
}
