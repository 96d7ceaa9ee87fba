// Response headers as one plain, lower-cased map, whatever shape the transport delivered them in.

export type HttpHeaders = Readonly<Record<string, string>>;

// Cookies can carry session credentials and no classifier or reader needs them.
const DROPPED = new Set(['set-cookie']);

export function normalizeHeaders(raw: Readonly<Record<string, unknown>>): HttpHeaders {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = name.toLowerCase();
    if (DROPPED.has(key) || value === undefined || value === null) continue;
    headers[key] = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  }
  return headers;
}
