// Payment-term records (§4.3/§4.4): an invoice's own term, a receipt left open next to it, and
// matching a term. Shared by booking, changing and settling entries.
import type { SandboxDate } from '../../core/contracts.js';
import type { BookkeepingContext } from './changes.js';
import type { PaymentTermRecord, SalesEntryRecord, TransactionLineRecord } from './records.js';

export interface Receipt {
  cashEntryId: string;
  cashLine: TransactionLineRecord;
  bankEntryNumber: number;
  date: SandboxDate;
}

export function markMatched(ctx: BookkeepingContext, term: PaymentTermRecord, date: SandboxDate): void {
  term.fullyPaid = true;
  term.status = 50;
  term.lastPaymentDate = date;
  ctx.store.stamp(term, ctx.actorId, ctx.nowMs);
  ctx.store.terms.touched(term);
}

export function newInvoiceTerm(ctx: BookkeepingContext, entry: SalesEntryRecord, amountCents: number, dueDate: SandboxDate): PaymentTermRecord {
  const { store } = ctx;
  return {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    id: store.newGuid(),
    entryId: store.newGuid(),
    transactionEntryId: entry.entryId,
    voucherEntryId: entry.entryId,
    transactionLineId: entry.debtorLineId,
    kind: 'invoice',
    accountId: entry.accountId,
    amountCents,
    transactionAmountCents: entry.totalCents,
    dueDate,
    entryDate: entry.invoiceDate,
    invoiceDate: entry.invoiceDate,
    invoiceNumber: entry.invoiceNumber,
    entryNumber: entry.invoiceNumber,
    journalCode: store.ledger.salesJournal.code,
    description: entry.description,
    yourRef: entry.displayNumber,
    paymentTermDays: entry.paymentTermDays,
    fullyPaid: false,
    status: 20,
    lastPaymentDate: null,
    hid: store.nextHid(),
  };
}

/** A receipt still open on the debtor: negative, for the invoice it pays (§4.2 InvoiceNumber). */
export function receiptTerm(ctx: BookkeepingContext, entry: SalesEntryRecord, signedAmount: number, receipt: Receipt): PaymentTermRecord {
  const { store } = ctx;
  return {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    id: store.newGuid(),
    entryId: store.newGuid(),
    transactionEntryId: receipt.cashEntryId,
    voucherEntryId: entry.entryId,
    transactionLineId: receipt.cashLine.id,
    kind: 'receipt',
    accountId: entry.accountId,
    amountCents: -signedAmount,
    transactionAmountCents: -signedAmount,
    dueDate: receipt.date,
    entryDate: receipt.date,
    invoiceDate: receipt.date,
    invoiceNumber: entry.invoiceNumber,
    entryNumber: receipt.bankEntryNumber,
    journalCode: store.ledger.bankJournal.code,
    description: receipt.cashLine.description,
    yourRef: null,
    paymentTermDays: 0,
    fullyPaid: false,
    status: 20,
    lastPaymentDate: null,
    hid: store.nextHid(),
  };
}

