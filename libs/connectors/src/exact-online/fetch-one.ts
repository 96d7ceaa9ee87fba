// fetchOne for webhook-triggered refreshes (§5.3: the notification is thin, fetch the record).
// Both reads are filtered collection reads rather than GET-by-key: a key that no longer exists
// then answers an empty list instead of a 404, and 404s count toward the error budget (§2).
import { exactOnline, type CanonicalDebtor, type CanonicalInvoice } from '@hub/mapping';
import type { MappingFailure } from '../port/records.js';
import { guidLiteral } from './http/odata.js';
import { ACCOUNT_FIELDS, selectOf } from './http/select-fields.js';
import { readEntryTerms, readInvoiceTerms } from './sync/entry-terms.js';
import { failureOf, type PullContext } from './sync/pull-context.js';
import { TermBook } from './sync/term-book.js';

export async function fetchDebtor(context: PullContext, externalId: string): Promise<CanonicalDebtor | MappingFailure | null> {
  const [raw] = await context.api.all({
    endpoint: 'crm/Accounts',
    query: { $select: selectOf(ACCOUNT_FIELDS), $filter: `ID eq ${guidLiteral(externalId, 'account id')}` },
    signal: context.signal,
  });
  if (raw === undefined) return null;
  // Asked for by id (e.g. an invoice's debtor), so mapped whether or not it is marked a customer.
  const result = exactOnline.accountToDebtor(raw, context.source);
  if (!result.ok) return failureOf(raw, result.error);
  if (result.dropped.length > 0) context.onDroppedValues?.('debtors', result.record.source.externalId, result.dropped);
  return result.record;
}

/**
 * The invoice of one sales entry: its terms (one read), and when something is open, the receipts
 * that pay it (a second read on debtor and number, §4.2). Null when the entry has no receivable
 * terms: deleted, or not an invoice (a cash entry, say).
 */
export async function fetchInvoice(context: PullContext, externalId: string): Promise<CanonicalInvoice | MappingFailure | null> {
  const book = new TermBook(context.source);
  const entryId = externalId.toLowerCase();
  const rows = await readEntryTerms(context.api, entryId, context.signal);
  const [unreadable] = book.add(rows).failures;
  if (unreadable !== undefined) return failureOf(unreadable.raw, unreadable.error, 'TransactionEntryID');
  if (!book.has(entryId)) return null;

  const first = book.takeAll();
  const invoice = first.records.find((record) => record.source.externalId === entryId);
  if (invoice === undefined || invoice.openCents === 0) return invoice ?? first.failures[0] ?? null;

  const withReceipts = await readInvoiceTerms(context.api, invoice.debtorExternalId, invoice.number, context.signal);
  if (withReceipts === null) return invoice;
  const receiptBook = new TermBook(context.source);
  receiptBook.add(withReceipts);
  const combined = receiptBook.takeAll();
  return combined.records.find((record) => record.source.externalId === entryId) ?? invoice;
}
