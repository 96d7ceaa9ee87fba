// Sorting a page of payment-term rows into invoices: one group per sales entry, payables out.
import { type SourceContext } from './context.js';
import { isPayableTerm, type PaymentTerm, readPaymentTerm } from './payment-term.js';
import { type RowFailure } from './result.js';

export interface TermRow {
  term: PaymentTerm;
  raw: unknown;
}

export interface PaymentTermGroup {
  /** `TransactionEntryID` of the sales entry: the invoice's externalId. */
  entryId: string;
  /** The entry's terms, then the open receipts for the same invoice found in the same rows. */
  rows: TermRow[];
}

export interface GroupedPaymentTerms {
  /** In the order each entry was first seen. */
  groups: PaymentTermGroup[];
  /**
   * Cash-flow receipts (`TransactionType` 40) whose invoice is not among these rows, or not
   * unambiguously (same `Account` and `InvoiceNumber`): the connector holds them until the
   * invoice's terms come, or re-combines the invoice it already has with them.
   */
  unattachedReceipts: TermRow[];
  /** `LineType` 22 rows: money the administration owes, never dunned (§4.4). */
  payablesSkipped: number;
  /** Rows that could not be read, each with its error, for the quarantine. */
  failures: RowFailure[];
}

/**
 * Groups receivable terms by their sales entry. Terms of one invoice need not be adjacent; the
 * connector passes everything it knows for an entry. Receipts are keyed by the cash entry that
 * paid, not by the invoice, so they are attached to the group whose terms have the same
 * `Account` and invoice number (§4.2: a receipt's InvoiceNumber is the invoice it pays).
 */
export function groupPaymentTerms(rows: readonly unknown[], context: SourceContext): GroupedPaymentTerms {
  const byEntry = new Map<string, PaymentTermGroup>();
  const receipts: TermRow[] = [];
  const failures: RowFailure[] = [];
  let payablesSkipped = 0;

  for (const raw of rows) {
    if (isPayableTerm(raw)) {
      payablesSkipped += 1;
      continue;
    }
    const read = readPaymentTerm(raw, context);
    if (!read.ok) {
      failures.push({ raw, error: read.error });
      continue;
    }
    const row = { term: read.record, raw };
    if (row.term.role === 'receipt') {
      receipts.push(row);
      continue;
    }
    const group = byEntry.get(row.term.transactionEntryId) ?? { entryId: row.term.transactionEntryId, rows: [] };
    group.rows.push(row);
    byEntry.set(group.entryId, group);
  }

  const groups = [...byEntry.values()];
  return { groups, unattachedReceipts: attachReceipts(groups, receipts), payablesSkipped, failures };
}

/** Adds each receipt to its invoice's group; returns the ones without exactly one such group. */
function attachReceipts(groups: readonly PaymentTermGroup[], receipts: readonly TermRow[]): TermRow[] {
  const byInvoice = new Map<string, PaymentTermGroup[]>();
  for (const group of groups) {
    const first = group.rows[0].term;
    const key = invoiceKey(first.accountId, first.invoiceNumber ?? first.entryNumber);
    byInvoice.set(key, [...(byInvoice.get(key) ?? []), group]);
  }
  const unattached: TermRow[] = [];
  for (const receipt of receipts) {
    const candidates = receipt.term.invoiceNumber === null ? [] : (byInvoice.get(invoiceKey(receipt.term.accountId, receipt.term.invoiceNumber)) ?? []);
    if (candidates.length === 1) candidates[0].rows.push(receipt);
    else unattached.push(receipt);
  }
  return unattached;
}

function invoiceKey(accountId: string, number: string | null): string {
  return `${accountId}/${number ?? ''}`;
}
