// The incremental-sync cursor (notes §4.6): the latest `modifiedOn` of a page.
import { attempt } from '../values/attempt.js';
import { type TimeZone } from '../values/time-zone.js';
import { asRecord, readInstant } from './fields.js';

/**
 * The `modifiedOn` text of the row changed last, as SnelStart wrote it (naive, §3.2), so the
 * connector can put it back into a `datetime'…'` filter unchanged. Rows are compared as instants
 * in `zone`, never as strings (`…:22.5` vs `…:22.517`). Unreadable stamps are ignored; null when none.
 */
export function latestModifiedOn(rows: readonly unknown[], zone: TimeZone): string | null {
  let latest: { text: string; instant: string } | null = null;
  for (const raw of rows) {
    const stamp = attempt(() => {
      const record = asRecord(raw, 'record');
      const instant = readInstant(record, 'modifiedOn', zone);
      return instant === null || typeof record.modifiedOn !== 'string' ? null : { text: record.modifiedOn.trim(), instant };
    });
    if (stamp.ok && stamp.record !== null && (latest === null || stamp.record.instant > latest.instant)) latest = stamp.record;
  }
  return latest?.text ?? null;
}
