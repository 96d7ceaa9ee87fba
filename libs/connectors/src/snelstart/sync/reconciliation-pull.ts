// pull('invoices', mode 'reconciliation'): every invoice SnelStart still has open, re-read in
// full, so payments and deletions that did not touch `modifiedOn` (§4.4 ❓, §4.6: no tombstones)
// still reach the hub. Contract (as apps/hub reconciliation-evidence.ts reads it):
// - the records of all pages are the open invoices, each with SnelStart's `openstaandSaldo`;
//   a row that comes back settled (the server ignored the filter) is still a true record;
// - a row that could not be mapped is a failure naming its invoice, so the hub settles nothing;
// - after the page with `done`, the hub settles its open invoices no page named (paid or deleted);
// - the cursor is handed back unchanged; nothing is in `removedExternalIds`.
//
// Paging: rows come in no documented order (§3.1), and an invoice paid while we page leaves the
// filtered set, moving the rows after it one place up; plain `$skip` paging would then miss an
// open invoice and the hub would settle it. So each page starts PAGE_OVERLAP rows before the end
// of the previous one, and rows already named are not named again.
//
// ❓ §4.1, §10.2: `OpenstaandSaldo ne 0` server-side is unverified. When SnelStart refuses the
// filter (400, invalid_request) on the first page, every invoice is paged instead.
import { snelstart } from '@hub/mapping';
import { CallMeter } from '../../http/call-meter.js';
import { ConnectorError } from '../../port/errors.js';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { SNELSTART_PAGE_SIZE } from '../http/snelstart-api.js';
import { failureOf, type PullContext } from './pull-context.js';

export const OPEN_INVOICES_FILTER = 'OpenstaandSaldo ne 0';
/** Rows re-read at the start of each next page: invoices that may settle while one run pages. */
export const PAGE_OVERLAP = 25;

export async function* pullReconciliation(context: PullContext, request: PullRequest<'invoices'>): AsyncGenerator<PulledPage<'invoices'>> {
  const meter = new CallMeter(context.api);
  let filter: string | undefined = OPEN_INVOICES_FILTER;
  const named = new Set<string>();
  let skip = 0;
  let full: boolean;
  do {
    const rows = await readPage(context, filter, skip).catch((error: unknown) => {
      if (skip > 0 || filter === undefined || !(error instanceof ConnectorError) || error.errorClass !== 'invalid_request') throw error;
      filter = undefined;
      return readPage(context, filter, skip);
    });
    const page = snelstart.verkoopfacturenToInvoices(rows, context.source);
    for (const { externalId, errors } of page.dropped) if (!named.has(externalId)) context.onDroppedValues?.('invoices', externalId, errors);
    full = rows.length >= SNELSTART_PAGE_SIZE;
    skip += rows.length - PAGE_OVERLAP;
    yield {
      resource: 'invoices',
      records: page.records.filter((record) => firstTime(named, record.source.externalId)),
      failures: page.failures.map(failureOf).filter((failure) => failure.externalId === null || firstTime(named, `failure:${failure.externalId}`)),
      removedExternalIds: [],
      cursor: request.cursor,
      done: !full,
      apiCalls: meter.take(),
    };
  } while (full);
}

function firstTime(named: Set<string>, key: string): boolean {
  if (named.has(key)) return false;
  named.add(key);
  return true;
}

function readPage(context: PullContext, filter: string | undefined, skip: number): Promise<unknown[]> {
  const query = { ...(filter === undefined ? {} : { $filter: filter }), $top: SNELSTART_PAGE_SIZE, $skip: skip };
  return context.api.list('verkoopfacturen', query, context.signal);
}
