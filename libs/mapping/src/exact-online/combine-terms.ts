// The payment terms of one sales entry → one CanonicalInvoice. Exact has no invoice row with an
// open amount (§4.5: SalesInvoices has none, and entries booked elsewhere are not even there);
// the open item is the set of payment terms of the entry (§4.1, §4.3, §4.4).
import { type CanonicalInvoice, type InvoiceStatus } from '../model/canonical.js';
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { negateCents, sumCents } from '../values/cents.js';
import { type SourceContext, sourceRef } from './context.js';
import { type PaymentTerm, readPaymentTerm, TRANSACTION_TYPE } from './payment-term.js';
import { attempt } from './result.js';
import { compareTimestamps } from './timestamp.js';

/** A combined invoice plus what the batch needs to pair it with a credit note (credit-pairing.ts). */
export interface CombinedEntry {
  invoice: CanonicalInvoice;
  /** The entry is a reversal (`TransactionIsReversal`): it cancels the entry it is matched with. */
  isReversal: boolean;
}

/**
 * Combines the raw terms of one entry, however many pages they came in: every receivable term
 * of the sales entry (same `TransactionEntryID`), plus any open cash-flow receipt for the same
 * invoice (see PaymentTerm.role). Payables and terms of other entries are errors, not skipped:
 * the caller grouped them wrongly. See combineParsedTerms for the rules.
 */
export function combineTerms(raws: readonly unknown[], context: SourceContext): MappingResult<CanonicalInvoice> {
  return attempt(() => {
    const terms = raws.map((raw) => {
      const term = readPaymentTerm(raw, context);
      if (!term.ok) throw term.error;
      return term.record;
    });
    return combineParsedTerms(terms, context).invoice;
  });
}

/**
 * The rules (throws a MappingError when the terms do not make one invoice):
 * - externalId = `TransactionEntryID` (the sales entry, stable across term splits, §4.10), not a
 *   term's `ID` or `EntryID`: both change when a term is split or regenerated (§4.3, §8.10);
 * - total = `TransactionAmountFC` of the latest term (highest `Timestamp`, else `Modified`):
 *   the entry's total, positive for an invoice, negative for a credit note (§4.3);
 * - term amounts (`AmountFC`) carry the opposite sign in Exact's observed data (-121 for a 121
 *   invoice, §4.3, still ❓): their sign is normalised by comparing the terms' sum with the total,
 *   so either convention gives the same result; with a zero sum the observed convention is assumed;
 * - open = the unsettled terms (not `IsFullyPaid`, `Status` ≠ 50) minus open unmatched receipts
 *   for the invoice, never past zero (an overpayment is the debtor's credit, not this invoice's).
 *   `Status` 40 (processed: a collection sent to the bank) still counts as open until Exact sees
 *   the money and sets IsFullyPaid: a direct debit can bounce;
 * - status: nothing open → `paid` (`cancelled` for a settled reversal credit note: the booking
 *   was undone); all open → `open`; else `partially_paid`. Which invoice a credit note settled is
 *   not in either entry's terms: the hub pairs them across the whole administration
 *   (apps/hub/src/sync/settled-credit-pairing.ts), so the outcome never depends on which rows
 *   shared a page. Deletion arrives through sync/Deleted, not here;
 * - due date = the earliest due date of the open terms; of all terms once settled; else
 *   `TransactionDueDate`;
 * - number = `InvoiceNumber` (for sales entries the entry number), else `EntryNumber`.
 */
export function combineParsedTerms(terms: readonly PaymentTerm[], context: SourceContext): CombinedEntry {
  const invoiceTerms = terms.filter((term) => term.role === 'invoice');
  const receipts = terms.filter((term) => term.role === 'receipt');
  if (invoiceTerms.length === 0) {
    throw new MappingError('TransactionType', receipts.length > 0 ? TRANSACTION_TYPE.cashFlow : null, 'no term of a sales entry to make an invoice from');
  }
  const latest = latestOf(invoiceTerms);
  requireSame(invoiceTerms, 'TransactionEntryID', (term) => term.transactionEntryId);
  requireSame(terms, 'Account', (term) => term.accountId);
  requireSame(terms, 'Currency', (term) => term.currency);

  const number = latest.invoiceNumber ?? latest.entryNumber;
  if (number === null) throw new MappingError('InvoiceNumber', null, 'missing InvoiceNumber and EntryNumber');
  for (const receipt of receipts) {
    if (receipt.invoiceNumber !== number) throw new MappingError('InvoiceNumber', receipt.invoiceNumber, `a receipt for another invoice than ${number}`);
  }
  const issueDate = latest.invoiceDate ?? invoiceTerms.find((term) => term.invoiceDate !== null)?.invoiceDate;
  if (issueDate === undefined || issueDate === null) throw new MappingError('InvoiceDate', null, 'missing invoice date');
  const totalCents = latest.transactionAmountCents;
  if (totalCents === null) throw new MappingError('TransactionAmountFC', null, 'missing the entry total');

  const sign = totalCents !== 0 ? Math.sign(totalCents) : latest.transactionType === TRANSACTION_TYPE.salesCreditNote ? -1 : 1;
  const openCents = openAmount(invoiceTerms, receipts, sign);
  return {
    invoice: {
      source: sourceRef(context, latest.transactionEntryId),
      number,
      kind: sign < 0 ? 'credit_note' : 'invoice',
      debtorExternalId: latest.accountId,
      issueDate,
      dueDate: dueDateOf(invoiceTerms, latest),
      currency: latest.currency,
      totalCents,
      openCents,
      status: statusOf(openCents, totalCents, sign < 0 && latest.isReversal),
      description: latest.description,
      platformModifiedAt: latestInstant(terms),
    },
    isReversal: latest.isReversal,
  };
}

function openAmount(invoiceTerms: readonly PaymentTerm[], receipts: readonly PaymentTerm[], sign: number): number {
  const termSum = sum(invoiceTerms.map((term) => term.amountCents));
  // +1 when AmountFC already has the invoice's sign, -1 for Exact's observed opposite sign.
  const termSign = termSum === 0 ? -1 : Math.sign(termSum) === sign ? 1 : -1;
  const openTerms = invoiceTerms.filter((term) => !term.settled).map((term) => (termSign === 1 ? term.amountCents : negateCents(term.amountCents)));
  // A receipt always moves the invoice towards settled, whatever sign Exact gives it.
  const openReceipts = receipts.filter((receipt) => !receipt.settled).map((receipt) => -sign * Math.abs(receipt.amountCents));
  const open = sum([...openTerms, ...openReceipts]);
  return Math.sign(open) === -sign ? 0 : open;
}

function statusOf(openCents: number, totalCents: number, reversal: boolean): InvoiceStatus {
  if (openCents === 0) return reversal ? 'cancelled' : 'paid';
  return Math.abs(openCents) >= Math.abs(totalCents) ? 'open' : 'partially_paid';
}

function dueDateOf(invoiceTerms: readonly PaymentTerm[], latest: PaymentTerm): string {
  const earliest = (terms: readonly PaymentTerm[]): string | null =>
    terms.reduce<string | null>((min, term) => (term.dueDate !== null && (min === null || term.dueDate < min) ? term.dueDate : min), null);
  const dueDate = earliest(invoiceTerms.filter((term) => !term.settled)) ?? earliest(invoiceTerms) ?? latest.transactionDueDate;
  if (dueDate === null) throw new MappingError('DueDate', null, 'missing due date on every term');
  return dueDate;
}

/** The term Exact changed last: highest Timestamp, else latest Modified, else the last given. */
function latestOf(terms: readonly PaymentTerm[]): PaymentTerm {
  return terms.reduce((latest, term) => {
    if (term.timestamp !== null && latest.timestamp !== null) return compareTimestamps(term.timestamp, latest.timestamp) >= 0 ? term : latest;
    if (term.modifiedAt !== null && latest.modifiedAt !== null) return term.modifiedAt >= latest.modifiedAt ? term : latest;
    return term;
  });
}

function latestInstant(terms: readonly PaymentTerm[]): string | null {
  return terms.reduce<string | null>((max, term) => (term.modifiedAt !== null && (max === null || term.modifiedAt > max) ? term.modifiedAt : max), null);
}

function requireSame(terms: readonly PaymentTerm[], field: string, valueOf: (term: PaymentTerm) => string): void {
  const first = valueOf(terms[0]);
  const other = terms.map(valueOf).find((value) => value !== first);
  if (other !== undefined) throw new MappingError(field, other, `terms of one invoice disagree (${first} and ${other})`);
}

function sum(values: readonly number[]): number {
  try {
    return sumCents(values);
  } catch (error) {
    if (error instanceof RangeError) throw new MappingError('AmountFC', values, 'term amounts add up beyond the safe integer range');
    throw error;
  }
}
