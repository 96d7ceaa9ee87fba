// Bank entries (financialtransaction/BankEntries, §6): the way a received payment enters Exact,
// whether the hub posts it or a bookkeeper books it (control API). A line on a debtor whose
// OurRef is one of that debtor's invoice numbers settles the invoice's terms (money in for an
// open invoice, money out for an open credit); other lines are only recorded.
import type { SandboxDate } from '../../core/contracts.js';
import type { BookkeepingContext, ChangeEvent } from './changes.js';
import { applyPayment } from './payments-ledger.js';
import type { BankEntryLineRecord, BankEntryRecord } from './records.js';

export interface NewBankEntryInput {
  journalCode: string;
  currency: string;
  entryNumber?: number;
  financialYear?: number;
  financialPeriod?: number;
  lines: BankEntryLineRecord[];
  /** +1 when a receipt is a positive AmountFC on the line (switch `bankReceiptSign`). */
  receiptSign: 1 | -1;
  /** Date for lines that carry none. */
  today: SandboxDate;
}

export function bookBankEntry(ctx: BookkeepingContext, input: NewBankEntryInput): { entry: BankEntryRecord; events: ChangeEvent[] } {
  const { store } = ctx;
  const firstDate = input.lines[0]?.dateMs ?? Date.parse(`${input.today}T00:00:00Z`);
  const entry: BankEntryRecord = {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    entryId: store.newGuid(),
    entryNumber: input.entryNumber ?? store.nextBankEntryNumber(),
    journalCode: input.journalCode,
    currency: input.currency,
    financialYear: input.financialYear ?? new Date(firstDate).getUTCFullYear(),
    financialPeriod: input.financialPeriod ?? new Date(firstDate).getUTCMonth() + 1,
    lines: input.lines,
  };
  store.bankEntries.insert(entry);
  for (const line of entry.lines) settleAgainstInvoice(ctx, entry, line, input);
  return { entry, events: [{ topic: 'FinancialTransactions', action: 'Create', key: entry.entryId }] };
}

function settleAgainstInvoice(ctx: BookkeepingContext, entry: BankEntryRecord, line: BankEntryLineRecord, input: NewBankEntryInput): void {
  if (line.accountId === null || line.ourRef === null) return;
  const invoice = ctx.store.findEntryByNumber(String(line.ourRef));
  if (invoice === undefined || invoice.accountId !== line.accountId) return;
  const open = ctx.store.termsOfEntry(invoice.entryId).reduce((sum, term) => sum + (term.fullyPaid ? 0 : term.amountCents), 0);
  const received = input.receiptSign * line.amountCents;
  // Money in settles the invoice (an excess stays a credit on the debtor); money out is a refund
  // and settles an open credit. Anything else is recorded on the bank entry only.
  const settles = (received > 0 && open >= 0) || (received < 0 && open < 0);
  if (!settles) return;
  const date = line.dateMs === null ? input.today : new Date(line.dateMs).toISOString().slice(0, 10);
  applyPayment(ctx, invoice, Math.abs(received), date, { entryId: entry.entryId, entryNumber: entry.entryNumber });
}
