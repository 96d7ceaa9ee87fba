// What a bookkeeper changes on a sales invoice in the e-Boekhouden UI (the API cannot edit
// mutations, §5.4): its term (and so its due date), its description, its amount. The mutation,
// the open post and the invoicing module's record change together.
import { daysBetween } from '../../core/clock.js';
import type { SandboxDate } from '../../core/contracts.js';
import type { AdministrationStore } from './administration-store.js';
import type { OpenPostRecord } from './records.js';

export interface SalesInvoiceCorrection {
  dueDate?: SandboxDate;
  description?: string;
  totalCents?: number;
}

export function correctSalesInvoice(administration: AdministrationStore, post: OpenPostRecord, correction: SalesInvoiceCorrection): void {
  const mutation = administration.mutation(post.mutationId);
  if (!mutation) throw new Error(`Open post ${post.invoiceNumber} has no mutation ${post.mutationId}`);
  const invoice = administration.invoiceForMutation(post.mutationId);

  if (correction.dueDate !== undefined) {
    const term = daysBetween(post.date, correction.dueDate);
    if (term < 0) throw new RangeError(`Due date ${correction.dueDate} is before invoice date ${post.date}`);
    mutation.termOfPayment = term;
    if (invoice) invoice.termOfPayment = term;
  }
  if (correction.description !== undefined) {
    mutation.description = correction.description;
    for (const row of mutation.rows) row.description = correction.description;
    if (invoice) {
      invoice.text = correction.description;
      for (const item of invoice.items) item.description = correction.description;
    }
  }
  if (correction.totalCents !== undefined) {
    // The VAT keeps its rate; what was paid stays paid, so the open amount moves with the total.
    const vatCents = post.totalCents === 0 ? 0 : Math.round((correction.totalCents * post.vatCents) / post.totalCents);
    const exclCents = correction.totalCents - vatCents;
    const paidCents = post.totalCents - post.openCents;
    const [firstRow] = mutation.rows;
    mutation.rows = firstRow ? [{ ...firstRow, amountCents: exclCents, vatAmountCents: vatCents }] : [];
    mutation.vat = firstRow && vatCents !== 0 ? [{ vatCode: firstRow.vatCode, amountCents: vatCents }] : [];
    mutation.totalCents = correction.totalCents;
    post.totalCents = correction.totalCents;
    post.vatCents = vatCents;
    post.openCents = correction.totalCents - paidCents;
    if (invoice) {
      invoice.totalCents = correction.totalCents;
      invoice.vatCents = vatCents;
      invoice.totalExclCents = exclCents;
      invoice.items = invoice.items.slice(0, 1).map((item) => ({ ...item, pricePerUnitCents: exclCents, vatAmountCents: vatCents, quantity: 1 }));
    }
  }
}
