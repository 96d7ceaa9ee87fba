// The outstanding-items view (read/financial/ReceivablesList, §4.2): every payment term not yet
// matched, in HID order. A voucher with a split or an unmatched receipt has several rows.
import type { OpenItemsSummary } from '../../core/contracts.js';
import type { DivisionStore } from './division-store.js';
import type { PaymentTermRecord } from './records.js';

/** Terms are inserted in HID order (a regenerated term gets a new, higher HID), so insertion order is HID order. */
export function* openReceivables(store: DivisionStore): Generator<PaymentTermRecord> {
  for (const term of store.terms.values()) if (!term.fullyPaid) yield term;
}

/** What ReceivablesList adds up to: the control API's `openItems()`. */
export function openItemsSummary(store: DivisionStore): OpenItemsSummary {
  const openByInvoice = new Map<number, number>();
  let totalOpenCents = 0;
  for (const term of openReceivables(store)) {
    totalOpenCents += term.amountCents;
    openByInvoice.set(term.invoiceNumber, (openByInvoice.get(term.invoiceNumber) ?? 0) + term.amountCents);
  }
  const openInvoiceCount = [...openByInvoice.values()].filter((cents) => cents !== 0).length;
  return { administrationKey: store.info.administrationKey, openInvoiceCount, totalOpenCents };
}
