// `limit` (default 100, 1–2000, else PAGE_001) and `offset` (≥ 0, else PAGE_002) over a list
// answered as `{ items, count }` (§3.5).
import { EBoekhoudenApiError } from '../errors.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 2000;

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface ListEnvelope<T> {
  items: T[];
  count: number;
}

export function parsePaging(query: URLSearchParams): PageRequest {
  const limit = parseWhole(query.get('limit'), DEFAULT_LIMIT);
  if (limit === null || limit < 1 || limit > MAX_LIMIT) throw new EBoekhoudenApiError('PAGE_001', { propertyName: 'limit' });
  const offset = parseWhole(query.get('offset'), 0);
  if (offset === null || offset < 0) throw new EBoekhoudenApiError('PAGE_002', { propertyName: 'offset' });
  return { limit, offset };
}

/**
 * One page of already filtered, ordered records. `count` is the page size or, with the
 * `countMeaning: 'total'` switch, the number of matches on all pages.
 */
export function pageOf<R, T>(
  records: readonly R[],
  page: PageRequest,
  countMeaning: 'page' | 'total',
  serialise: (record: R, index: number) => T,
): ListEnvelope<T> {
  const slice = records.slice(page.offset, page.offset + page.limit);
  const items = slice.map((record, index) => serialise(record, page.offset + index));
  return { items, count: countMeaning === 'total' ? records.length : items.length };
}

/** An absent or empty parameter takes the default; anything but a whole number is invalid (null). */
function parseWhole(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}
