// Reading a sync endpoint (§4.9) from a stored Timestamp: `$filter=Timestamp gt <n>` on the
// first request, then `__next` verbatim (§3.2) until there is none. Up to 1,000 rows a page.
import { type ExactApi } from '../http/exact-api.js';
import { timestampAfter } from '../http/odata.js';
import { selectOf } from '../http/select-fields.js';

export interface SyncPage {
  rows: unknown[];
  /** Exact sent `__next`: more rows follow. */
  hasMore: boolean;
}

export async function* syncPages(api: ExactApi, endpoint: string, fields: readonly string[], after: string, signal?: AbortSignal): AsyncGenerator<SyncPage> {
  const request = { endpoint, query: { $select: selectOf(fields), $filter: timestampAfter(after) }, signal };
  let next: string | null = null;
  do {
    const page = await api.page(request, next);
    next = page.next;
    yield { rows: page.rows, hasMore: next !== null };
  } while (next !== null);
}
