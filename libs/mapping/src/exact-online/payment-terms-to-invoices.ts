// A page (or any set) of sync/Cashflow/PaymentTerms rows → CanonicalInvoices, one per sales
// entry (§4.4): group (group-payment-terms.ts), combine (combine-terms.ts), pair credit notes
// (credit-pairing.ts), and the Timestamp cursor to store with the page (timestamp.ts).
import { type CanonicalInvoice } from '../model/canonical.js';
import { type MappingResult } from '../model/mapping-error.js';
import { combineParsedTerms, type CombinedEntry } from './combine-terms.js';
import { type SourceContext } from './context.js';
import { pairSettledCreditNotes } from './credit-pairing.js';
import { groupPaymentTerms } from './group-payment-terms.js';
import { attempt, type RowFailure } from './result.js';
import { pageCursor } from './timestamp.js';

export interface InvoiceFromTerms {
  /** `TransactionEntryID`: the invoice's externalId, also when mapping failed. */
  externalId: string;
  /** The raw rows combined, to quarantine together when the result failed. */
  rows: unknown[];
  result: MappingResult<CanonicalInvoice>;
}

export interface PaymentTermsPage {
  invoices: InvoiceFromTerms[];
  /** Raw cash-flow receipts whose invoice was not among the rows (see GroupedPaymentTerms). */
  unattachedReceipts: unknown[];
  payablesSkipped: number;
  /** Rows that could not even be read, for the quarantine. */
  failures: RowFailure[];
  /**
   * The highest `Timestamp` among all rows, payables and failures included, as decimal text:
   * the cursor to store with the page (`$filter=Timestamp gt <cursor>` next time, §4.9).
   * Null when no row had a readable Timestamp.
   */
  cursor: string | null;
}

export function paymentTermsToInvoices(rows: readonly unknown[], context: SourceContext): PaymentTermsPage {
  const grouped = groupPaymentTerms(rows, context);
  const combined = grouped.groups.map((group) => ({
    group,
    result: attempt(() => combineParsedTerms(group.rows.map((row) => row.term), context)),
  }));
  // Same order in and out, so each entry finds its paired version by position.
  const entries = combined.flatMap(({ result }) => (result.ok ? [result.record] : []));
  const pairedEntries = pairSettledCreditNotes(entries);
  const pairedOf = new Map(entries.map((entry, index): [CombinedEntry, CombinedEntry] => [entry, pairedEntries[index]]));

  const invoices = combined.map(({ group, result }): InvoiceFromTerms => {
    const rowsOfGroup = group.rows.map((row) => row.raw);
    if (!result.ok) return { externalId: group.entryId, rows: rowsOfGroup, result };
    const entry = pairedOf.get(result.record) ?? result.record;
    return { externalId: group.entryId, rows: rowsOfGroup, result: { ok: true, record: entry.invoice } };
  });

  return {
    invoices,
    unattachedReceipts: grouped.unattachedReceipts.map((row) => row.raw),
    payablesSkipped: grouped.payablesSkipped,
    failures: grouped.failures,
    cursor: pageCursor(rows),
  };
}
