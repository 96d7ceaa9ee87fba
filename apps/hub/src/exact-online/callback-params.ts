// What Exact puts on the redirect back (§1.2): `code` and `state`, or `error` (e.g.
// access_denied) and `state`. Only a single plain value counts: a repeated parameter is ambiguous
// and treated as absent.

export interface ExactCallbackParams {
  code: string | null;
  state: string | null;
  error: string | null;
}

export function readCallbackParams(query: Readonly<Record<string, unknown>>): ExactCallbackParams {
  return { code: single(query.code), state: single(query.state), error: single(query.error) };
}

function single(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
