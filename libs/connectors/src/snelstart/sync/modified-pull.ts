// The incremental pull every SnelStart resource shares (§4.6): `ModifiedOn gt datetime'<cursor −
// overlap>'`, `$top=500`, `$skip` on, asking for the next page only while the page is full (§3.1:
// no paging metadata). The cursor rules are in cursor.ts. Rows that show up twice (the overlap, or
// a row that moved while paging) are harmless: the hub's upsert skips unchanged rows.
import type { CanonicalByResource, Resource, snelstart } from '@hub/mapping';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { CallMeter } from '../../http/call-meter.js';
import { SNELSTART_PAGE_SIZE } from '../http/snelstart-api.js';
import { FIRST_CURSOR, laterStamp, modifiedAfter, modifiedOnCursorOf, naiveMinus, storedCursor } from './cursor.js';
import { failureOf, type PullContext } from './pull-context.js';

export interface ModifiedListing<R extends Resource> {
  resource: R;
  endpoint: string;
  /** An extra `$filter` term (the debtors ledgers for payments), `and`-ed to the ModifiedOn one. */
  filter?: string;
  /** May be async: payments look their invoices up by number (KnownRecordLookup). */
  map(rows: readonly unknown[]): snelstart.MappedPage<CanonicalByResource[R]> | Promise<snelstart.MappedPage<CanonicalByResource[R]>>;
}

export async function* pullModified<R extends Resource>(context: PullContext, request: PullRequest<R>, listing: ModifiedListing<R>): AsyncGenerator<PulledPage<R>> {
  // 'full' ignores the stored cursor: everything is read again, from the first row.
  const start = request.mode === 'full' ? FIRST_CURSOR : modifiedOnCursorOf(request.cursor);
  const resuming = start.skip > 0;
  const since = resuming ? start.since : start.modifiedOn === null ? null : naiveMinus(start.modifiedOn, context.overlapMs);
  const filter = [since === null ? null : modifiedAfter(since), listing.filter ?? null].filter((term) => term !== null).join(' and ');
  const meter = new CallMeter(context.api);
  let latest = start.modifiedOn;
  let skip = resuming ? start.skip : 0;
  let full: boolean;

  do {
    const query = { ...(filter === '' ? {} : { $filter: filter }), $top: SNELSTART_PAGE_SIZE, $skip: skip };
    const rows = await context.api.list(listing.endpoint, query, context.signal);
    const page = await listing.map(rows);
    for (const { externalId, errors } of page.dropped) context.onDroppedValues?.(listing.resource, externalId, errors);
    latest = laterStamp(latest, page.cursor);
    full = rows.length >= SNELSTART_PAGE_SIZE;
    skip += rows.length;
    const cursor = full ? { modifiedOn: latest, since, skip } : { modifiedOn: latest, since: null, skip: 0 };
    yield {
      resource: listing.resource,
      records: page.records,
      failures: page.failures.map(failureOf),
      // §4.6: no tombstones; deletions reach the hub through reconciliation.
      removedExternalIds: [],
      cursor: storedCursor(cursor),
      done: !full,
      apiCalls: meter.take(),
    };
  } while (full);
}
