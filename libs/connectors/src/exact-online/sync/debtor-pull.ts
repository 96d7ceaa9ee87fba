// pull('debtors'): sync/CRM/Accounts from the stored Timestamp (§4.7, §4.9), customers only,
// then the deletions of accounts from sync/Deleted (deletions.ts) on the same cursor object.
import { exactOnline } from '@hub/mapping';
import type { CursorValue, MappingFailure, PulledPage, PullRequest } from '../../port/records.js';
import { SYNC_ACCOUNT_FIELDS } from '../http/select-fields.js';
import { debtorCursorOf, type DebtorCursor, laterTimestamp } from './cursors.js';
import { deletionPages } from './deletions.js';
import { failureOf, type PullContext } from './pull-context.js';
import { CallMeter } from '../../http/call-meter.js';
import { syncPages } from './sync-pages.js';

export async function* pullDebtors(context: PullContext, request: PullRequest<'debtors'>): AsyncGenerator<PulledPage<'debtors'>> {
  // 'full' is the resync after a division move (§4.9): every Timestamp was regenerated, the deletion one too.
  const start = request.mode === 'full' ? debtorCursorOf(null) : debtorCursorOf(request.cursor);
  const readDeletions = start.deletedTimestamp !== null;
  const cursor: DebtorCursor = { ...start };
  const meter = new CallMeter(context.api);

  for await (const page of syncPages(context.api, 'sync/CRM/Accounts', SYNC_ACCOUNT_FIELDS, start.timestamp, context.signal)) {
    const highest = exactOnline.pageCursor(page.rows);
    cursor.timestamp = laterTimestamp(cursor.timestamp, highest);
    // No deletion cursor yet: start it at this first page's highest row version, so no history is
    // read; any later deletion gets a higher Timestamp (README "Deletions").
    cursor.deletedTimestamp ??= highest;
    yield { resource: 'debtors', ...debtorsOf(page.rows, context), removedExternalIds: [], cursor: stored(cursor), done: !page.hasMore && !readDeletions, apiCalls: meter.take() };
  }

  if (start.deletedTimestamp === null) return;
  let deleted = start.deletedTimestamp;
  for await (const page of deletionPages(context, deleted)) {
    deleted = laterTimestamp(deleted, page.cursor);
    cursor.deletedTimestamp = deleted;
    yield {
      resource: 'debtors',
      records: [],
      failures: page.failures,
      removedExternalIds: page.removedDebtors,
      cursor: stored(cursor),
      done: !page.hasMore,
      apiCalls: meter.take(),
    };
  }
}

function debtorsOf(rows: readonly unknown[], context: PullContext): { records: PulledPage<'debtors'>['records']; failures: MappingFailure[] } {
  const records: PulledPage<'debtors'>['records'] = [];
  const failures: MappingFailure[] = [];
  for (const raw of rows) {
    // §4.7: suppliers and prospects share the table; only customers are debtors.
    if (!exactOnline.isCustomerAccount(raw)) continue;
    const result = exactOnline.accountToDebtor(raw, context.source);
    if (!result.ok) {
      failures.push(failureOf(raw, result.error));
      continue;
    }
    records.push(result.record);
    if (result.dropped.length > 0) context.onDroppedValues?.('debtors', result.record.source.externalId, result.dropped);
  }
  return { records, failures };
}

function stored(cursor: DebtorCursor): CursorValue {
  return { timestamp: cursor.timestamp, deletedTimestamp: cursor.deletedTimestamp };
}
