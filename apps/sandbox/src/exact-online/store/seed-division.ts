// Turns one generated administration into an Exact division by replaying its history in date
// order (debtor created, invoice booked, payment received), so row versions, Created/Modified
// and split payment terms come out exactly as if a bookkeeper had entered them one by one.
import type { GeneratedAdministration, GeneratedInvoice, SandboxDate } from '../../core/contracts.js';
import type { ExactOnlineSandboxOptions } from '../options.js';
import { createAccount } from './accounts-ledger.js';
import { BOOKKEEPER } from './actors.js';
import type { BookkeepingContext } from './changes.js';
import { DivisionStore } from './division-store.js';
import { bookEntry } from './entries-ledger.js';
import { applyPayment } from './payments-ledger.js';
import type { SalesEntryRecord } from './records.js';

const DAY_MS = 86_400_000;

type SeedStep =
  | { atMs: number; order: number; kind: 'debtor'; index: number }
  | { atMs: number; order: number; kind: 'invoice'; invoice: GeneratedInvoice }
  | { atMs: number; order: number; kind: 'payment'; invoiceKey: string; amountCents: number; date: SandboxDate };

export function seedDivision(
  administration: GeneratedAdministration,
  code: number,
  hid: number,
  options: Pick<ExactOnlineSandboxOptions, 'partialPayments' | 'regenerateTermsOnInvoiceChange'>,
): DivisionStore {
  const firstDay = earliestDate(administration);
  const store = new DivisionStore({
    code,
    administrationKey: administration.key,
    name: administration.name,
    hid,
    createdMs: dayStart(firstDay) - 30 * DAY_MS,
    startDate: firstDay.slice(0, 4) + '-01-01',
  });
  const entriesByKey = new Map<string, SalesEntryRecord>();
  const firstInvoiceDay = new Map<string, SandboxDate>();
  for (const invoice of administration.invoices) {
    const known = firstInvoiceDay.get(invoice.debtorKey);
    if (known === undefined || invoice.issueDate < known) firstInvoiceDay.set(invoice.debtorKey, invoice.issueDate);
  }

  const context = (atMs: number): BookkeepingContext => ({ store, actorId: BOOKKEEPER.id, nowMs: atMs, options });
  for (const step of timeline(administration, firstInvoiceDay, firstDay)) {
    if (step.kind === 'debtor') {
      const debtor = administration.debtors[step.index];
      if (debtor === undefined) continue;
      createAccount(context(step.atMs), debtor, firstInvoiceDay.get(debtor.key) ?? firstDay);
    } else if (step.kind === 'invoice') {
      const entry = bookGeneratedInvoice(context(step.atMs), step.invoice);
      entriesByKey.set(step.invoice.key, entry);
    } else {
      const entry = entriesByKey.get(step.invoiceKey);
      if (entry !== undefined) applyPayment(context(step.atMs), entry, step.amountCents, step.date);
    }
  }
  reconcileWithGenerator(store, administration.invoices, entriesByKey, context);
  return store;
}

function bookGeneratedInvoice(ctx: BookkeepingContext, invoice: GeneratedInvoice): SalesEntryRecord {
  const accountId = ctx.store.accountIdByGeneratedKey.get(invoice.debtorKey);
  if (accountId === undefined) throw new Error(`Invoice ${invoice.number} refers to unknown debtor ${invoice.debtorKey}`);
  const account = ctx.store.accounts.get(accountId);
  return bookEntry(ctx, {
    generatedKey: invoice.key,
    displayNumber: invoice.number,
    accountId,
    invoiceDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    description: invoice.description,
    totalCents: invoice.totalCents,
    vatCents: invoice.vatCents,
    currency: invoice.currency,
    isCreditNote: invoice.isCreditNote,
    paymentTermDays: account?.paymentTermDays ?? 30,
  }).entry;
}

/**
 * The generator states what is still open; payments explain most of it. What they do not
 * (credited invoices and the credit notes that credit them) is matched the way Exact matches
 * an invoice against its credit note: both terms closed.
 */
function reconcileWithGenerator(
  store: DivisionStore,
  invoices: readonly GeneratedInvoice[],
  entriesByKey: Map<string, SalesEntryRecord>,
  context: (atMs: number) => BookkeepingContext,
): void {
  for (const invoice of invoices) {
    const entry = entriesByKey.get(invoice.key);
    if (entry === undefined) continue;
    const open = store.termsOfEntry(entry.entryId).filter((term) => !term.fullyPaid);
    const openCents = open.reduce((sum, term) => sum + term.amountCents, 0);
    if (openCents === invoice.openCents) continue;
    const ctx = context(Math.max(dayStart(invoice.issueDate) + 10 * 3_600_000, latestModified(open)));
    if (invoice.openCents === 0) {
      for (const term of open) {
        term.fullyPaid = true;
        term.status = 50;
        term.lastPaymentDate = invoice.issueDate;
        store.stamp(term, ctx.actorId, ctx.nowMs);
        store.terms.touched(term);
      }
    } else if (Math.sign(openCents) === Math.sign(invoice.openCents) && Math.abs(openCents) > Math.abs(invoice.openCents)) {
      applyPayment(ctx, entry, Math.abs(openCents - invoice.openCents), invoice.issueDate);
    }
  }
}

function* timeline(administration: GeneratedAdministration, firstInvoiceDay: Map<string, SandboxDate>, fallbackDay: SandboxDate): Generator<SeedStep> {
  const steps: SeedStep[] = [];
  let order = 0;
  administration.debtors.forEach((debtor, index) => {
    const day = firstInvoiceDay.get(debtor.key) ?? fallbackDay;
    steps.push({ atMs: dayStart(day) - DAY_MS + minutes(index), order: order++, kind: 'debtor', index });
  });
  administration.invoices.forEach((invoice, index) => {
    steps.push({ atMs: dayStart(invoice.issueDate) + 9 * 3_600_000 + minutes(index), order: order++, kind: 'invoice', invoice });
  });
  administration.payments.forEach((payment, index) => {
    steps.push({
      atMs: dayStart(payment.date) + 14 * 3_600_000 + minutes(index),
      order: order++,
      kind: 'payment',
      invoiceKey: payment.invoiceKey,
      amountCents: payment.amountCents,
      date: payment.date,
    });
  });
  steps.sort((a, b) => a.atMs - b.atMs || a.order - b.order);
  yield* steps;
}

function earliestDate(administration: GeneratedAdministration): SandboxDate {
  let earliest: SandboxDate | null = null;
  for (const invoice of administration.invoices) if (earliest === null || invoice.issueDate < earliest) earliest = invoice.issueDate;
  return earliest ?? '2025-01-01';
}

function latestModified(terms: ReadonlyArray<{ modifiedMs: number }>): number {
  return terms.reduce((latest, term) => Math.max(latest, term.modifiedMs), 0);
}

function dayStart(date: SandboxDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Spreads same-day events over the working day (stays within a few hours). */
function minutes(index: number): number {
  return (index % 240) * 60_000 + (index % 57) * 1_000;
}
