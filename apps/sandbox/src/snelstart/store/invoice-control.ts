// What a bookkeeper does in SnelStart itself, replayed by the control API: booking a payment,
// adding, changing and deleting invoices. The quirk that matters: a payment changes the
// invoice's `openstaandSaldo` but, by default, not its `modifiedOn` (❓ notes §4.4, §10.1), so a
// `ModifiedOn`-only sync misses it. Deletions are hard and leave no tombstone (notes §4.6).
import { SandboxControlError, type GeneratedInvoice, type GeneratedPayment, type InvoicePatch, type OpenItemsSummary, type SandboxDate } from '../../core/contracts.js';
import type { NaiveMs } from '../wire/datetime.js';
import { naiveToDate } from '../wire/datetime.js';
import { bookInvoice, bookPayment, paymentTermDays, removeInvoice } from './bookings.js';
import type { Administration, Verkoopfactuur } from './types.js';

export interface PaymentBehaviour {
  paymentBumpsInvoiceModifiedOn: boolean;
}

export function findFactuur(administration: Administration, invoiceNumber: string): Verkoopfactuur {
  const id = administration.factuurIdByNumber.get(invoiceNumber);
  const factuur = id === undefined ? undefined : administration.facturen.get(id);
  if (!factuur) throw new SandboxControlError(404, `No verkoopfactuur ${invoiceNumber} in administratie ${administration.key}`);
  return factuur;
}

export function registerPayment(
  administration: Administration,
  request: { invoiceNumber: string; amountCents: number; date?: SandboxDate },
  now: NaiveMs,
  behaviour: PaymentBehaviour,
): GeneratedPayment {
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) throw new SandboxControlError(400, 'A payment amount is a positive number of cents');
  const factuur = findFactuur(administration, request.invoiceNumber);
  const key = `P-SNELSTART-${++administration.sequence}`;
  const date = request.date ?? naiveToDate(now);
  const description = `Betaling factuur ${factuur.factuurnummer}`;
  bookPayment(administration, factuur, { key, amountCents: request.amountCents, date, description, modifiedOn: now });
  // Settling moves the balance towards zero: down for an invoice, up for a credit note.
  factuur.openCents += factuur.totalCents < 0 ? request.amountCents : -request.amountCents;
  if (behaviour.paymentBumpsInvoiceModifiedOn) factuur.modifiedOn = now;
  return {
    key,
    invoiceKey: factuur.invoiceKey ?? factuur.id,
    debtorKey: administration.relaties.get(factuur.relatieId)?.debtorKey ?? factuur.relatieId,
    date,
    amountCents: request.amountCents,
    description,
  };
}

export function addInvoice(administration: Administration, invoice: Omit<GeneratedInvoice, 'key'> & { key?: string }, now: NaiveMs): GeneratedInvoice {
  if (administration.factuurIdByNumber.has(invoice.number)) throw new SandboxControlError(409, `Het factuurnummer bestaat al: ${invoice.number}`);
  const relatieId = administration.relatieIdByDebtorKey.get(invoice.debtorKey);
  if (relatieId === undefined || !administration.relaties.has(relatieId)) throw new SandboxControlError(404, `No relatie for debtor ${invoice.debtorKey}`);
  const key = invoice.key ?? `I-SNELSTART-${++administration.sequence}`;
  bookInvoice(administration, { ...invoice, key, relatieId, modifiedOn: now });
  return { ...invoice, key };
}

/** An edit by the bookkeeper touches booking and invoice, so both get a new `modifiedOn`. */
export function changeInvoice(administration: Administration, invoiceNumber: string, patch: InvoicePatch, now: NaiveMs): void {
  const factuur = findFactuur(administration, invoiceNumber);
  const boeking = administration.boekingen.get(factuur.boekingId);
  if (!boeking) throw new SandboxControlError(500, `Verkoopfactuur ${invoiceNumber} has no verkoopboeking`);
  if (patch.dueDate !== undefined) {
    factuur.vervalDatum = patch.dueDate;
    boeking.betalingstermijn = paymentTermDays(boeking.factuurdatum, patch.dueDate);
  }
  if (patch.description !== undefined) boeking.omschrijving = patch.description;
  if (patch.totalCents !== undefined) {
    factuur.openCents += patch.totalCents - factuur.totalCents;
    factuur.totalCents = patch.totalCents;
    boeking.totalCents = patch.totalCents;
    for (const mutatie of administration.mutaties.values()) {
      if (mutatie.boekingId !== boeking.id) continue;
      mutatie.debetCents = Math.max(patch.totalCents, 0);
      mutatie.creditCents = Math.max(-patch.totalCents, 0);
      mutatie.modifiedOn = now;
    }
  }
  factuur.modifiedOn = now;
  boeking.modifiedOn = now;
  administration.version++;
}

export function deleteInvoice(administration: Administration, invoiceNumber: string): void {
  removeInvoice(administration, findFactuur(administration, invoiceNumber));
}

/** SnelStart's own open-items view: every invoice and credit note with a balance. */
export function openItems(administration: Administration): OpenItemsSummary {
  let openInvoiceCount = 0;
  let totalOpenCents = 0;
  for (const factuur of administration.facturen.values()) {
    if (factuur.openCents === 0) continue;
    openInvoiceCount++;
    totalOpenCents += factuur.openCents;
  }
  return { administrationKey: administration.key, openInvoiceCount, totalOpenCents };
}
