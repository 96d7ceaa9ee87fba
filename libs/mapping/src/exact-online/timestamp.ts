// Exact's sync `Timestamp` (§4.9): an Edm.Int64 row version, sent as a JSON string (§3.4).
// The connector's cursor is the highest one seen. It is kept as a decimal string: row versions
// exceed 2^53 in large databases, and a JS number would silently round the cursor and skip rows.
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { asRow, readTimestampText } from './fields.js';
import { attempt } from './result.js';

/** The row's `Timestamp` as canonical decimal text (no sign, no leading zeros), e.g. `"104582"`. */
export function readTimestamp(raw: unknown): MappingResult<string> {
  return attempt(() => {
    const row = asRow(raw, 'sync row');
    const text = readTimestampText(row);
    if (text === null) throw new MappingError('Timestamp', row.Timestamp, 'missing sync Timestamp');
    return text;
  });
}

/** Orders two timestamps from readTimestamp numerically (never as strings: "9" < "10"). */
export function compareTimestamps(a: string, b: string): -1 | 0 | 1 {
  const left = BigInt(a);
  const right = BigInt(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The highest of the timestamps, or null for none: the cursor to store after a page. */
export function maxTimestamp(timestamps: Iterable<string>): string | null {
  let highest: string | null = null;
  for (const timestamp of timestamps) {
    if (highest === null || compareTimestamps(timestamp, highest) > 0) highest = timestamp;
  }
  return highest;
}

/**
 * The cursor to store with a page of sync rows: the highest readable Timestamp of all of them,
 * skipped and failed rows included (they are dealt with: skipped, or quarantined with their raw
 * payload), so the next run does not fetch them again. Null when no row had one.
 */
export function pageCursor(rows: readonly unknown[]): string | null {
  return maxTimestamp(
    rows.flatMap((row) => {
      const timestamp = readTimestamp(row);
      return timestamp.ok ? [timestamp.record] : [];
    }),
  );
}
