// Sales entries (§4.5/§4.6): an invoice is booked as a sales entry with one open payment term and
// one line on the receivables account; changing it re-saves (or regenerates) its open terms,
// deleting it leaves sync/Deleted rows. Payments are in payments-ledger.ts.
import type { InvoicePatch, SandboxDate } from '../../core/contracts.js';
import type { BookkeepingContext, ChangeEvent } from './changes.js';
import type { DivisionStore } from './division-store.js';
import { DELETED_ENTITY_TYPE, type PaymentTermRecord, type SalesEntryRecord, type TransactionLineRecord } from './records.js';
import { markMatched, newInvoiceTerm } from './terms.js';

export interface NewEntryInput {
  generatedKey: string;
  displayNumber: string;
  accountId: string;
  invoiceDate: SandboxDate;
  dueDate: SandboxDate;
  description: string;
  totalCents: number;
  vatCents: number;
  currency: string;
  isCreditNote: boolean;
  paymentTermDays: number;
}

const INT32_MAX = 2_147_483_647;

export function bookEntry(ctx: BookkeepingContext, input: NewEntryInput): { entry: SalesEntryRecord; events: ChangeEvent[] } {
  const { store } = ctx;
  if (store.entryIdByDisplayNumber.has(input.displayNumber)) {
    throw new Error(`Invoice ${input.displayNumber} already exists in division ${store.code}`);
  }
  const invoiceNumber = assignInvoiceNumber(store, input.displayNumber);
  const entryId = store.newGuid();
  const { financialYear, financialPeriod } = periodOf(input.invoiceDate);
  const debtorLine: TransactionLineRecord = {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    id: store.newGuid(),
    entryId,
    entryNumber: invoiceNumber,
    lineNumber: 0,
    type: input.isCreditNote ? 21 : 20,
    accountId: input.accountId,
    amountCents: input.totalCents,
    date: input.invoiceDate,
    dueDate: input.dueDate,
    description: input.description,
    invoiceNumber,
    journalCode: store.ledger.salesJournal.code,
    financialYear,
    financialPeriod,
  };
  const entry: SalesEntryRecord = {
    entryId,
    invoiceNumber,
    displayNumber: input.displayNumber,
    generatedKey: input.generatedKey,
    accountId: input.accountId,
    invoiceDate: input.invoiceDate,
    dueDate: input.dueDate,
    description: input.description,
    totalCents: input.totalCents,
    vatCents: input.vatCents,
    currency: input.currency,
    isCreditNote: input.isCreditNote,
    paymentTermDays: input.paymentTermDays,
    debtorLineId: debtorLine.id,
    createdMs: ctx.nowMs,
    financialYear,
    financialPeriod,
  };
  store.entries.insert(entry);
  store.entryIdByInvoiceNumber.set(invoiceNumber, entryId);
  store.entryIdByDisplayNumber.set(input.displayNumber, entryId);
  store.addLine(debtorLine);
  store.addTerm(newInvoiceTerm(ctx, entry, input.totalCents, input.dueDate));
  return { entry, events: [{ topic: 'FinancialTransactions', action: 'Create', key: entryId }] };
}

export function changeEntry(ctx: BookkeepingContext, entry: SalesEntryRecord, patch: InvoicePatch): ChangeEvent[] {
  const { store } = ctx;
  const line = store.lines.get(entry.debtorLineId);
  if (patch.description !== undefined) entry.description = patch.description;
  if (patch.dueDate !== undefined) entry.dueDate = patch.dueDate;
  const delta = patch.totalCents === undefined ? 0 : patch.totalCents - entry.totalCents;
  if (patch.totalCents !== undefined && delta !== 0) {
    entry.vatCents = entry.totalCents === 0 ? 0 : Math.round((entry.vatCents * patch.totalCents) / entry.totalCents);
    entry.totalCents = patch.totalCents;
  }
  if (line !== undefined) {
    line.amountCents = entry.totalCents;
    line.description = entry.description;
    line.dueDate = entry.dueDate;
    store.stamp(line, ctx.actorId, ctx.nowMs);
    store.lines.touched(line);
  }

  const invoiceTerms = store.termsOfEntry(entry.entryId).filter((term) => term.kind === 'invoice');
  const open = invoiceTerms.filter((term) => !term.fullyPaid);
  if (delta !== 0) {
    const last = open.at(-1);
    if (last === undefined) store.addTerm(newInvoiceTerm(ctx, entry, delta, entry.dueDate));
    else last.amountCents += delta;
  }
  for (const term of invoiceTerms) {
    term.transactionAmountCents = entry.totalCents;
    term.description = entry.description;
    if (!term.fullyPaid && patch.dueDate !== undefined) term.dueDate = entry.dueDate;
    if (term.fullyPaid) {
      store.stamp(term, ctx.actorId, ctx.nowMs);
      store.terms.touched(term);
    } else {
      refreshOpenTerm(ctx, entry, term);
    }
  }
  return [{ topic: 'FinancialTransactions', action: 'Update', key: entry.entryId }];
}

/** An open term that changed: re-saved in place, or regenerated under new keys (§8.10, switch). */
function refreshOpenTerm(ctx: BookkeepingContext, entry: SalesEntryRecord, term: PaymentTermRecord): void {
  const { store } = ctx;
  if (term.amountCents === 0) {
    markMatched(ctx, term, term.lastPaymentDate ?? term.dueDate);
    return;
  }
  if (!ctx.options.regenerateTermsOnInvoiceChange) {
    store.stamp(term, ctx.actorId, ctx.nowMs);
    store.terms.touched(term);
    return;
  }
  store.removeTerm(term);
  store.recordDeletion(DELETED_ENTITY_TYPE.paymentTerms, term.id, ctx.actorId, ctx.nowMs);
  const replacement = newInvoiceTerm(ctx, entry, term.amountCents, term.dueDate);
  replacement.createdMs = term.createdMs;
  replacement.creatorId = term.creatorId;
  store.addTerm(replacement);
}

export function deleteEntry(ctx: BookkeepingContext, entry: SalesEntryRecord): ChangeEvent[] {
  const { store } = ctx;
  for (const term of store.termsOfEntry(entry.entryId)) {
    store.removeTerm(term);
    store.recordDeletion(DELETED_ENTITY_TYPE.paymentTerms, term.id, ctx.actorId, ctx.nowMs);
  }
  for (const line of store.linesOfEntry(entry.entryId)) {
    store.removeLine(line);
    store.recordDeletion(DELETED_ENTITY_TYPE.transactionLines, line.id, ctx.actorId, ctx.nowMs);
  }
  store.entries.remove(entry.entryId);
  store.entryIdByInvoiceNumber.delete(entry.invoiceNumber);
  store.entryIdByDisplayNumber.delete(entry.displayNumber);
  return [{ topic: 'FinancialTransactions', action: 'Delete', key: entry.entryId }];
}

/** Exact invoice numbers are Int32: the digits of the display number when they fit, else a free number. */
function assignInvoiceNumber(store: DivisionStore, displayNumber: string): number {
  const digits = displayNumber.replace(/\D/g, '');
  const candidate = digits === '' ? NaN : Number(digits);
  if (Number.isSafeInteger(candidate) && candidate > 0 && candidate <= INT32_MAX && !store.entryIdByInvoiceNumber.has(candidate)) return candidate;
  let next = 90_000_000 + store.entryIdByInvoiceNumber.size;
  while (store.entryIdByInvoiceNumber.has(next)) next++;
  return next;
}

export function periodOf(date: SandboxDate): { financialYear: number; financialPeriod: number } {
  return { financialYear: Number(date.slice(0, 4)), financialPeriod: Number(date.slice(5, 7)) };
}
