// Settling an entry with a received payment (§4.3/§4.4, §6): the receipt is a cash entry (a
// Type 40 line on the debtor) that matches, splits or sits next to the invoice's open terms,
// depending on the `partialPayments` switch.
import type { SandboxDate } from '../../core/contracts.js';
import type { BookkeepingContext, ChangeEvent } from './changes.js';
import { periodOf } from './entries-ledger.js';
import type { PaymentTermRecord, SalesEntryRecord, TransactionLineRecord } from './records.js';
import { markMatched, newInvoiceTerm, receiptTerm, type Receipt } from './terms.js';

/**
 * Books a received payment (or, for a credit note, a refund) on an entry. `amountCents` is
 * positive and moves the open amount towards zero.
 */
export function applyPayment(
  ctx: BookkeepingContext,
  entry: SalesEntryRecord,
  amountCents: number,
  date: SandboxDate,
  /** The bank entry the receipt is part of, when it came in through financialtransaction/BankEntries. */
  bankEntry?: { entryId: string; entryNumber: number },
): { cashEntryId: string; events: ChangeEvent[] } {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new RangeError(`A payment needs a positive amount in cents, got ${amountCents}`);
  const { store } = ctx;
  const openTerms = store.termsOfEntry(entry.entryId).filter((term) => !term.fullyPaid);
  const openTotal = openTerms.reduce((sum, term) => sum + term.amountCents, 0);
  const signed = openTotal < 0 ? -amountCents : amountCents;

  const cashEntryId = bankEntry?.entryId ?? store.newGuid();
  const bankEntryNumber = bankEntry?.entryNumber ?? store.nextBankEntryNumber();
  const { financialYear, financialPeriod } = periodOf(date);
  const cashLine: TransactionLineRecord = {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    id: store.newGuid(),
    entryId: cashEntryId,
    entryNumber: bankEntryNumber,
    lineNumber: 1,
    type: 40,
    accountId: entry.accountId,
    amountCents: -signed,
    date,
    dueDate: null,
    description: `Betaling factuur ${entry.invoiceNumber}`,
    invoiceNumber: entry.invoiceNumber,
    journalCode: store.ledger.bankJournal.code,
    financialYear,
    financialPeriod,
  };
  store.addLine(cashLine);

  const receipt = { cashEntryId, cashLine, bankEntryNumber, date };
  if (ctx.options.partialPayments === 'split-term') settleBySplitting(ctx, entry, openTerms, signed, receipt);
  else settleWhenAmountsMatch(ctx, entry, openTerms, openTotal, signed, receipt);
  return { cashEntryId, events: [{ topic: 'FinancialTransactions', action: 'Create', key: cashEntryId }] };
}


/** 'split-term': a partial payment splits the term into a matched part and an open remainder (§4.3). */
function settleBySplitting(ctx: BookkeepingContext, entry: SalesEntryRecord, openTerms: PaymentTermRecord[], signed: number, receipt: Receipt): void {
  let remaining = signed;
  const invoiceTerms = openTerms.filter((term) => term.kind === 'invoice' && Math.sign(term.amountCents) === Math.sign(signed));
  invoiceTerms.sort((a, b) => (a.dueDate === b.dueDate ? a.hid - b.hid : a.dueDate < b.dueDate ? -1 : 1));
  for (const term of invoiceTerms) {
    if (remaining === 0) break;
    if (Math.abs(remaining) >= Math.abs(term.amountCents)) {
      remaining -= term.amountCents;
      markMatched(ctx, term, receipt.date);
    } else {
      term.amountCents -= remaining;
      ctx.store.stamp(term, ctx.actorId, ctx.nowMs);
      ctx.store.terms.touched(term);
      const paidPart = newInvoiceTerm(ctx, entry, remaining, term.dueDate);
      paidPart.fullyPaid = true;
      paidPart.status = 50;
      paidPart.lastPaymentDate = receipt.date;
      ctx.store.addTerm(paidPart);
      remaining = 0;
    }
  }
  // More than was open: the excess stays an open credit on the debtor.
  if (remaining !== 0) ctx.store.addTerm(receiptTerm(ctx, entry, remaining, receipt));
}

/**
 * 'unmatched-receipt': Exact matches automatically only when amounts are equal (§6, PQ#260);
 * otherwise the receipt is its own open item for the same voucher (§4.2 "several rows").
 */
function settleWhenAmountsMatch(ctx: BookkeepingContext, entry: SalesEntryRecord, openTerms: PaymentTermRecord[], openTotal: number, signed: number, receipt: Receipt): void {
  if (signed === openTotal) {
    for (const term of openTerms) markMatched(ctx, term, receipt.date);
    return;
  }
  const exact = openTerms.find((term) => term.kind === 'invoice' && term.amountCents === signed);
  if (exact !== undefined) {
    markMatched(ctx, exact, receipt.date);
    return;
  }
  ctx.store.addTerm(receiptTerm(ctx, entry, signed, receipt));
}
