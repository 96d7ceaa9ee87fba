// `credited` and `cancelled`: a settled invoice's own terms do not say what settled it (Exact
// marks them IsFullyPaid / Status 50 for a bank payment and for a credit note alike, §4.3), so
// the status comes from finding the credit note it was matched with among the same rows.
import { type InvoiceStatus } from '../model/canonical.js';
import { type CombinedEntry } from './combine-terms.js';

/**
 * Pairs settled invoices with settled credit notes that cancel them exactly: same debtor and
 * currency, the credit note's total the invoice's total negated, and no other candidate on either
 * side (two equal invoices and one credit note stay `paid`: which one was credited is a guess).
 * Both become `cancelled` when the credit note is a reversal entry (`TransactionIsReversal`, the
 * booking was undone), else `credited`. Only rows seen together pair: an invoice whose credit note
 * came in another batch stays `paid`, which stops dunning just the same.
 */
export function pairSettledCreditNotes(entries: readonly CombinedEntry[]): CombinedEntry[] {
  const settled = (entry: CombinedEntry, kind: 'invoice' | 'credit_note'): boolean =>
    entry.invoice.kind === kind && entry.invoice.status === 'paid' && entry.invoice.totalCents !== 0;
  const cancels = (credit: CombinedEntry, invoice: CombinedEntry): boolean =>
    credit.invoice.debtorExternalId === invoice.invoice.debtorExternalId &&
    credit.invoice.currency === invoice.invoice.currency &&
    credit.invoice.totalCents === -invoice.invoice.totalCents;

  const invoices = entries.filter((entry) => settled(entry, 'invoice'));
  const credits = entries.filter((entry) => settled(entry, 'credit_note'));
  const newStatus = new Map<CombinedEntry, InvoiceStatus>();
  for (const credit of credits) {
    const matches = invoices.filter((invoice) => cancels(credit, invoice));
    if (matches.length !== 1) continue;
    const [invoice] = matches;
    if (credits.filter((other) => cancels(other, invoice)).length !== 1) continue;
    const status = credit.isReversal ? 'cancelled' : 'credited';
    newStatus.set(invoice, status);
    newStatus.set(credit, status);
  }
  return entries.map((entry) => {
    const status = newStatus.get(entry);
    return status === undefined ? entry : { ...entry, invoice: { ...entry.invoice, status } };
  });
}
