// The cursor the hub stores for SnelStart's incremental pulls (§4.6), a JSON object:
//
//   { "modifiedOn": "<latest modifiedOn seen, verbatim>" | null, "since": "<filter value>" | null, "skip": <n> }
//
// Pages come without a guaranteed order (§3.1: `$orderby` is not documented), so the latest
// `modifiedOn` of page 1 may be newer than rows on page 2. A cursor committed mid-pull therefore
// keeps the pull's own filter (`since`) and the next `$skip`: a resumed run continues the same
// listing instead of jumping past rows it never saw. Only the last page's cursor moves the filter
// forward (`skip` 0: the next run filters on `modifiedOn` minus the overlap).
import type { CursorValue } from '../../port/records.js';
import { ConnectorError } from '../../port/errors.js';

export interface ModifiedOnCursor {
  /** The latest `modifiedOn` seen (naive, as SnelStart wrote it, §3.2); null before the first sync. */
  modifiedOn: string | null;
  /** Mid-pull only: the `ModifiedOn gt` value the interrupted pull filtered on (null: unfiltered). */
  since: string | null;
  /** Mid-pull only: rows already read with that filter; 0 when the last pull finished. */
  skip: number;
}

export const FIRST_CURSOR: ModifiedOnCursor = { modifiedOn: null, since: null, skip: 0 };

const NAIVE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

export function modifiedOnCursorOf(stored: CursorValue | null): ModifiedOnCursor {
  if (stored === null) return FIRST_CURSOR;
  // A bare stamp is accepted too, e.g. one set by hand for a replay.
  if (typeof stored === 'string') return { modifiedOn: stampOf(stored), since: null, skip: 0 };
  if (typeof stored !== 'object' || Array.isArray(stored)) throw unreadable(stored);
  const modifiedOn = stored.modifiedOn ?? null;
  const since = stored.since ?? null;
  const skip = stored.skip ?? 0;
  if (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0) throw unreadable(stored);
  return {
    modifiedOn: modifiedOn === null ? null : stampOf(modifiedOn, stored),
    since: since === null ? null : stampOf(since, stored),
    skip,
  };
}

export function storedCursor(cursor: ModifiedOnCursor): CursorValue {
  return { modifiedOn: cursor.modifiedOn, since: cursor.since, skip: cursor.skip };
}

/** The naive stamp `overlapMs` earlier, with milliseconds, for `datetime'…'` (§3.1). */
export function naiveMinus(stamp: string, overlapMs: number): string {
  return new Date(naiveMs(stamp) - overlapMs).toISOString().slice(0, 23);
}

/** The later of two naive stamps, compared as times, never as text (`…:22.5` vs `…:22.517`). */
export function laterStamp(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return naiveMs(b) > naiveMs(a) ? b : a;
}

/** §4.6: `ModifiedOn gt datetime'…'` (UpperCamelCase property, OData v3 literal, §3.1). */
export function modifiedAfter(since: string): string {
  return `ModifiedOn gt datetime'${since}'`;
}

/** Milliseconds of a naive wall-clock stamp read as if it were UTC: only for comparing and shifting. */
function naiveMs(stamp: string): number {
  const match = NAIVE.exec(stamp.trim());
  if (match === null) return Number.NaN;
  const [, year, month, day, hour, minute, second, fraction = ''] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
}

function stampOf(value: CursorValue, cursor: CursorValue = value): string {
  if (typeof value !== 'string' || Number.isNaN(naiveMs(value))) throw unreadable(cursor);
  return value.trim();
}

function unreadable(value: CursorValue): ConnectorError {
  return new ConnectorError({ platform: 'snelstart', errorClass: 'invalid_request', message: `snelstart: the stored cursor ${JSON.stringify(value)} is not a SnelStart modifiedOn cursor` });
}
