// Exact Online's OData v2 response bodies (§3.1, §3.2; fixtures README §2.3) → rows and next link.
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { typeOf } from '../values/raw.js';
import { attempt } from './result.js';

export interface ExactPage {
  /** The records as Exact sent them, `__metadata` and `__deferred` links included (the mappers ignore them, the quarantine keeps them). */
  rows: unknown[];
  /** `d.__next`, verbatim: an opaque absolute URL (§3.2). The connector checks it stays on its Exact host. */
  next: string | null;
}

/**
 * Accepts the shapes Exact sends:
 * - a collection `{"d":{"results":[…],"__next":"…"}}`, `__next` only when more follows, and
 *   `__count` with `$inlinecount` (ignored);
 * - `d` as a bare array `{"d":[…]}`, which some endpoints return (Exact's own SDK handles it);
 * - a single entity `{"d":{…}}` (GET by key) → one row.
 * The body may be parsed JSON or its text (a leading BOM is tolerated). Anything else fails,
 * naming the part that is wrong: an Exact error body (`{"error":{"message":{"value":…}}}`), no
 * `d`, `results` that is not an array, a `__next` that is not a string, and a `d` object holding
 * arrays under other keys, like the SDK's `{"d":{"":[…]}}` test case: that is a collection under
 * the wrong name, and reading it as one entity would silently lose every row.
 */
export function parseEnvelope(body: unknown): MappingResult<ExactPage> {
  return attempt(() => {
    const parsed = typeof body === 'string' ? parseJson(body) : body;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new MappingError('body', body, `an Exact response body is a JSON object, got ${typeOf(parsed)}`);
    }
    const envelope = parsed as { d?: unknown; error?: unknown };
    if (envelope.d === undefined) {
      if (envelope.error !== undefined) throw new MappingError('error', envelope.error, `Exact returned an error: ${errorText(envelope.error)}`);
      throw new MappingError('d', undefined, 'not an OData envelope: no "d"');
    }
    return pageOf(envelope.d);
  });
}

function pageOf(d: unknown): ExactPage {
  if (Array.isArray(d)) return { rows: d, next: null };
  if (d === null || typeof d !== 'object') throw new MappingError('d', d, `expected an object or an array, got ${typeOf(d)}`);
  const node = d as Readonly<Record<string, unknown>>;
  if ('results' in node) {
    if (!Array.isArray(node.results)) throw new MappingError('d.results', node.results, `expected an array, got ${typeOf(node.results)}`);
    return { rows: node.results, next: nextLink(node.__next) };
  }
  const collectionUnderOtherKey = Object.entries(node).find(([key, value]) => key === '' || Array.isArray(value));
  if (collectionUnderOtherKey !== undefined) {
    const [key, value] = collectionUnderOtherKey;
    throw new MappingError(`d[${JSON.stringify(key)}]`, value, 'a collection without its "results" key: not a shape Exact sends');
  }
  if (Object.keys(node).length === 0) throw new MappingError('d', d, 'an empty object is neither a collection nor an entity');
  return { rows: [d], next: null };
}

function nextLink(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') throw new MappingError('d.__next', raw, `expected the next-page URL as a string, got ${typeOf(raw)}`);
  return raw.trim() === '' ? null : raw;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new MappingError('body', text.slice(0, 200), `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** §3.1: `{"error":{"code":"","message":{"lang":"","value":"…"}}}`. */
function errorText(error: unknown): string {
  const message = (error as { message?: { value?: unknown } } | null)?.message?.value;
  return typeof message === 'string' ? message : JSON.stringify(error);
}
