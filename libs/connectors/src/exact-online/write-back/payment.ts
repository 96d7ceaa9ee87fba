// payment → a bank entry with one line on the debtor: POST financialtransaction/BankEntries with
// BankEntryLines (§6). Only when the administration opted in and named its bank journal. The
// line's Description is the action's reference, which the look-before-write searches for;
// OurRef (Edm.Int32, "invoice number") lets Exact match the receipt to the invoice when the
// amounts agree (§6, PQ#260). Explicit matching is not in the REST API.
import type { PaymentAction, WriteBackResult } from '../../port/write-back.js';
import { type ExactApi, textField } from '../http/exact-api.js';
import { exactDateTime, guidLiteral, int32Literal, stringLiteral } from '../http/odata.js';
import { writeBackRefused } from './marker.js';

export interface ExactPaymentBooking {
  /** The bank journal's code (`JournalCode`), per administration. */
  journalCode: string;
  /** The receivables G/L account (GUID), where the administration needs it on bank lines (❓ §6). */
  glAccountId?: string;
  /** Sign of a received amount on the bank line (❓ §9); default positive. */
  amountSign?: 'positive' | 'negative';
}

const ENTRIES = 'financialtransaction/BankEntries';
const LINES = 'financialtransaction/BankEntryLines';
/** Exact's transaction line descriptions are short; 60 is the safe length (❓ not documented). */
const MAX_REFERENCE_CHARS = 60;

export async function writePayment(api: ExactApi, action: PaymentAction, booking: ExactPaymentBooking): Promise<WriteBackResult> {
  const reference = action.reference.trim();
  if (reference === '' || reference.length > MAX_REFERENCE_CHARS) throw writeBackRefused(`the payment reference must be 1 to ${MAX_REFERENCE_CHARS} characters`, ENTRIES);
  if (!Number.isSafeInteger(action.amountCents) || action.amountCents <= 0) throw writeBackRefused('a payment needs a positive amount in cents', ENTRIES);
  const account = guidLiteral(action.debtorExternalId, 'debtor id');

  const found = await api.page({ endpoint: LINES, query: { $select: 'ID,EntryID', $filter: `Account eq ${account} and Description eq ${stringLiteral(reference)}` } });
  if (found.rows.length > 0) return { outcome: 'already-done', platformReference: textField(found.rows[0], 'EntryID'), apiCalls: api.apiCalls };

  const created = await api.create(ENTRIES, entryBody(action, booking, reference));
  return { outcome: 'written', platformReference: textField(created, 'EntryID'), apiCalls: api.apiCalls };
}

function entryBody(action: PaymentAction, booking: ExactPaymentBooking, reference: string): Record<string, unknown> {
  const sign = booking.amountSign === 'negative' ? -1 : 1;
  const line: Record<string, unknown> = {
    Account: action.debtorExternalId.toLowerCase(),
    AmountFC: (sign * action.amountCents) / 100,
    Date: exactDateTime(action.occurredOn),
    Description: reference,
    Notes: `${action.description} (${action.idempotencyKey})`,
  };
  const ourRef = int32Literal(action.invoiceNumber);
  if (ourRef !== null) line.OurRef = Number(ourRef);
  if (booking.glAccountId !== undefined) line.GLAccount = booking.glAccountId;
  return { JournalCode: booking.journalCode, Currency: action.currency, BankEntryLines: [line] };
}
