// One sync/Cashflow/PaymentTerms row (§4.4; the same fields as cashflow/Receivables, §4.3), read
// and checked but not yet interpreted: combining terms into an invoice is payment-terms-to-invoices.ts.
import { type CurrencyCode, type IsoDate, type IsoInstant } from '../model/canonical.js';
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { parseCurrencyCode } from '../values/currency.js';
import { optionalText } from '../values/text.js';
import { instantZoneOf, type SourceContext } from './context.js';
import {
  asRow,
  type ExactRow,
  readAmount,
  readBoolean,
  readCode,
  readDay,
  readGuid,
  readInstant,
  readIntegerText,
  readOptionalAmount,
  readTimestampText,
} from './fields.js';
import { attempt } from './result.js';

/** `LineType` (§4.4): 20 = receipt (a receivable, ours to collect), 22 = payment (a payable). */
export const LINE_TYPE = { receivable: 20, payable: 22 } as const;
/** `TransactionType` of the linked entry (§4.6): 20 sales entry, 21 sales credit note, 40 cash flow. */
export const TRANSACTION_TYPE = { salesEntry: 20, salesCreditNote: 21, cashFlow: 40 } as const;
/** `Status` (§4.3): 20 open, 30 selected for collection, 40 processed, 50 matched. */
export const TERM_STATUS = { open: 20, selected: 30, processed: 40, matched: 50 } as const;

export interface PaymentTerm {
  /** `ID`: the term itself; sync/Deleted reports a deleted term by this key. */
  id: string;
  /** `TransactionEntryID`: the entry the term belongs to; for an invoice, the sales entry (§4.3). */
  transactionEntryId: string;
  /**
   * `invoice` for a term of a sales entry or credit note; `receipt` for a cash-flow entry
   * (`TransactionType` 40): money received that Exact has not matched to the invoice yet, an open
   * item of its own with the paid invoice's `InvoiceNumber` (§4.2).
   */
  role: 'invoice' | 'receipt';
  /** `Account`: the debtor. */
  accountId: string;
  /** `InvoiceNumber`, else `EntryNumber` (Int32 on the wire, kept as text). */
  invoiceNumber: string | null;
  entryNumber: string | null;
  invoiceDate: IsoDate | null;
  dueDate: IsoDate | null;
  transactionDueDate: IsoDate | null;
  /** `Currency`: the transaction currency, the one AmountFC and TransactionAmountFC are in. */
  currency: CurrencyCode;
  /** `AmountFC` in cents with Exact's sign (observed negative for an invoice, §4.3). */
  amountCents: number;
  /** `TransactionAmountFC` in cents: the whole entry's total (observed positive for an invoice). */
  transactionAmountCents: number | null;
  transactionType: number | null;
  /** `TransactionIsReversal`: the entry reverses (cancels) another one. */
  isReversal: boolean;
  /** `IsFullyPaid`, or `Status` 50 (matched). */
  settled: boolean;
  description: string | null;
  modifiedAt: IsoInstant | null;
  /** `Timestamp` (sync endpoint only) as decimal text, see timestamp.ts. */
  timestamp: string | null;
}

/** Reads a receivable term. A payable (`LineType` 22) is an error here: skip those before. */
export function readPaymentTerm(raw: unknown, context: SourceContext): MappingResult<PaymentTerm> {
  return attempt(() => buildTerm(asRow(raw, 'sync/Cashflow/PaymentTerms'), context));
}

/** True for a payable row (`LineType` 22), which the receivables side skips. Never throws. */
export function isPayableTerm(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object') return false;
  const lineType = (raw as { LineType?: unknown }).LineType;
  return lineType === LINE_TYPE.payable || lineType === String(LINE_TYPE.payable);
}

function buildTerm(row: ExactRow, context: SourceContext): PaymentTerm {
  const lineType = readCode(row, 'LineType');
  // cashflow/Receivables rows have no LineType: they are all receivables.
  if (lineType !== null && lineType !== LINE_TYPE.receivable) {
    throw new MappingError('LineType', row.LineType, lineType === LINE_TYPE.payable ? 'a payable (LineType 22), not a receivable' : 'unknown LineType (20 receivable, 22 payable)');
  }
  const transactionType = readCode(row, 'TransactionType');
  const status = readCode(row, 'Status');
  return {
    id: readGuid(row, 'ID'),
    transactionEntryId: readGuid(row, 'TransactionEntryID'),
    role: transactionType === TRANSACTION_TYPE.cashFlow ? 'receipt' : 'invoice',
    accountId: readGuid(row, 'Account'),
    invoiceNumber: readIntegerText(row, 'InvoiceNumber'),
    entryNumber: readIntegerText(row, 'EntryNumber'),
    invoiceDate: readDay(row, 'InvoiceDate'),
    dueDate: readDay(row, 'DueDate'),
    transactionDueDate: readDay(row, 'TransactionDueDate'),
    currency: parseCurrencyCode(row.Currency, 'Currency'),
    amountCents: readAmount(row, 'AmountFC'),
    transactionAmountCents: readOptionalAmount(row, 'TransactionAmountFC'),
    transactionType,
    isReversal: readBoolean(row, 'TransactionIsReversal') === true,
    settled: readBoolean(row, 'IsFullyPaid') === true || status === TERM_STATUS.matched,
    description: optionalText(row.Description, 'Description'),
    modifiedAt: readInstant(row, 'Modified', instantZoneOf(context)),
    timestamp: readTimestampText(row),
  };
}
