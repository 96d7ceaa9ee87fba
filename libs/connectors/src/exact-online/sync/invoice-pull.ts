// pull('invoices'), incremental or full: sync/Cashflow/PaymentTerms from the stored Timestamp
// (§4.4, §4.9), receivables only (LineType 20), the terms of each sales entry combined into one
// invoice (term-book.ts). Per page:
//   1. the rows go into the book (payables skipped, unreadable rows quarantined);
//   2. on a full page (Exact sent `__next`) the group of the page's last entry is held back: its
//      other terms are most likely the first rows of the next page;
//   3. every other changed entry whose terms add up to its total is combined and emitted;
//      an entry that does not add up waits, since its missing terms may still come in this pull;
// and after the last page, one filtered read per entry still incomplete (entry-terms.ts), one per
// receipt whose invoice never came, then everything left is emitted. An entry that has no terms
// left at all is gone: its id goes to removedExternalIds.
//
// Cursor: the highest Timestamp such that every row up to it has been emitted (or skipped, or
// quarantined); it never passes a held-back or waiting row, so a resumed run fetches those again.
import { exactOnline } from '@hub/mapping';
import type { MappingFailure, PulledPage, PullRequest } from '../../port/records.js';
import { SYNC_PAYMENT_TERM_FIELDS } from '../http/select-fields.js';
import { invoiceCursorOf, laterTimestamp } from './cursors.js';
import { mergeOutcomes, type BatchOutcome } from './entry-combination.js';
import { readEntryTerms, readInvoiceTerms } from './entry-terms.js';
import { failureOf, type PullContext } from './pull-context.js';
import { CallMeter } from '../../http/call-meter.js';
import { syncPages } from './sync-pages.js';
import { TermBook } from './term-book.js';

export async function* pullInvoices(context: PullContext, request: PullRequest<'invoices'>): AsyncGenerator<PulledPage<'invoices'>> {
  const start = request.mode === 'full' ? invoiceCursorOf(null) : invoiceCursorOf(request.cursor);
  const book = new TermBook(context.source);
  const meter = new CallMeter(context.api);
  let committed = start.timestamp;
  let highest = start.timestamp;

  for await (const page of syncPages(context.api, 'sync/Cashflow/PaymentTerms', SYNC_PAYMENT_TERM_FIELDS, start.timestamp, context.signal)) {
    const failures = termFailures(book.add(page.rows).failures);
    highest = laterTimestamp(highest, exactOnline.pageCursor(page.rows));
    let outcome = book.takeComplete(page.hasMore ? book.lastEntryOf(page.rows) : null);
    let removedExternalIds: string[] = [];
    if (!page.hasMore) {
      const rest = await resolveRest(context, book);
      outcome = mergeOutcomes([outcome, rest.outcome]);
      failures.push(...rest.failures);
      removedExternalIds = rest.removed;
    }
    committed = laterTimestamp(committed, resumePoint(highest, book.lowestPendingTimestamp()));
    yield {
      resource: 'invoices',
      records: outcome.records,
      failures: [...failures, ...outcome.failures],
      removedExternalIds,
      cursor: { timestamp: committed },
      done: !page.hasMore,
      apiCalls: meter.take(),
    };
  }
}

interface Rest {
  outcome: BatchOutcome;
  failures: MappingFailure[];
  removed: string[];
}

async function resolveRest(context: PullContext, book: TermBook): Promise<Rest> {
  const failures: MappingFailure[] = [];
  const removed: string[] = [];
  for (const entryId of book.incompleteEntries()) {
    const rows = await readEntryTerms(context.api, entryId, context.signal);
    if (rows.length === 0) {
      book.forget(entryId);
      removed.push(entryId);
      continue;
    }
    failures.push(...termFailures(book.replaceEntry(entryId, rows).failures));
  }
  for (const receipt of book.unresolvedReceipts()) {
    const rows = await readInvoiceTerms(context.api, receipt.accountId, receipt.invoiceNumber, context.signal);
    if (rows !== null) failures.push(...termFailures(book.add(rows).failures));
  }
  book.dropUnresolvedReceipts();
  return { outcome: book.takeAll(), failures, removed };
}

/** Just below the lowest row still waiting, but never past what was seen. */
function resumePoint(highest: string, lowestPending: string | null): string {
  if (lowestPending === null) return highest;
  const below = BigInt(lowestPending) - 1n;
  return below < BigInt(highest) ? below.toString() : highest;
}

function termFailures(failures: readonly exactOnline.RowFailure[]): MappingFailure[] {
  // A term row belongs to the invoice of its sales entry.
  return failures.map(({ raw, error }) => failureOf(raw, error, 'TransactionEntryID'));
}
