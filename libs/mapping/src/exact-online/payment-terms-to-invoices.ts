// A page (or any set) of sync/Cashflow/PaymentTerms rows → CanonicalInvoices, one per sales
// entry (§4.4): group (group-payment-terms.ts), combine (combine-terms.ts), and the Timestamp
// cursor to store with the page (timestamp.ts). Each entry maps on its own rows alone, so a
// page boundary never changes a result (credit notes are paired by the hub, across pages).
import { type CanonicalInvoice } from '../model/canonical.js';
import { type MappingResult } from '../model/mapping-error.js';
import { combineParsedTerms } from './combine-terms.js';
import { type SourceContext } from './context.js';
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
  const invoices = combined.map(({ group, result }): InvoiceFromTerms => {
    const rowsOfGroup = group.rows.map((row) => row.raw);
    if (!result.ok) return { externalId: group.entryId, rows: rowsOfGroup, result };
    return { externalId: group.entryId, rows: rowsOfGroup, result: { ok: true, record: result.record.invoice } };
  });

  return {
    invoices,
    unattachedReceipts: grouped.unattachedReceipts.map((row) => row.raw),
    payablesSkipped: grouped.payablesSkipped,
    failures: grouped.failures,
    cursor: pageCursor(rows),
  };
}
