// Hand-made sync/Cashflow/PaymentTerms and cashflow/Receivables rows. No recorded payload of
// these endpoints exists under a usable licence (fixtures README §2.4), so they follow the
// reference's field list and the values observed in §4.3: AmountFC negative for an invoice term
// while TransactionAmountFC is positive, Int64 Timestamp as a string, days as /Date(ms)/.
import { exactDay } from './exact-test-kit.js';

export const ACCOUNT = 'a58c29d9-ef92-40f1-b817-31b36990898c';
export const OTHER_ACCOUNT = '11acd652-4496-48e0-a189-e0045cc206e3';

/** A GUID made from a number, readable in test output. */
export function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface TermSpec {
  id: number;
  /** The sales entry: the invoice's externalId is guid(entry). */
  entry: number;
  invoiceNumber: number;
  /** This term's part of the invoice, in cents, positive. */
  cents: number;
  /** The whole invoice, in cents. */
  totalCents: number;
  /** Sync row version; omit for a cashflow/Receivables row. */
  timestamp?: number;
  settled?: boolean;
  account?: string;
  dueDate?: string;
  creditNote?: boolean;
}

export function termRow(spec: TermSpec): Record<string, unknown> {
  const sign = spec.creditNote === true ? -1 : 1;
  const row: Record<string, unknown> = {
    __metadata: { uri: `https://start.exactonline.nl/api/v1/123456/cashflow/Receivables(guid'${guid(spec.id)}')`, type: 'Exact.Web.Api.Models.Cashflow.Receivable' },
    ID: guid(spec.id),
    TransactionEntryID: guid(spec.entry),
    Account: spec.account ?? ACCOUNT,
    InvoiceNumber: spec.invoiceNumber,
    EntryNumber: spec.invoiceNumber,
    InvoiceDate: exactDay('2026-03-01'),
    DueDate: exactDay(spec.dueDate ?? '2026-03-31'),
    TransactionDueDate: exactDay('2026-03-31'),
    Currency: 'EUR',
    AmountFC: (-sign * spec.cents) / 100,
    TransactionAmountFC: (sign * spec.totalCents) / 100,
    TransactionType: spec.creditNote === true ? 21 : 20,
    TransactionIsReversal: false,
    IsFullyPaid: spec.settled === true,
    Status: spec.settled === true ? 50 : 20,
    Description: `Factuur ${spec.invoiceNumber}`,
    Modified: '/Date(1782404038673)/',
  };
  if (spec.timestamp !== undefined) {
    row.Timestamp = String(spec.timestamp);
    row.LineType = 20;
  }
  return row;
}

export interface ReceiptSpec {
  id: number;
  /** The cash entry the money came in with. */
  cashEntry: number;
  /** The invoice it pays. */
  invoiceNumber: number;
  cents: number;
  timestamp?: number;
  account?: string;
}

/** An unmatched receipt (TransactionType 40): an open item of its own for the invoice it pays (§4.2). */
export function receiptRow(spec: ReceiptSpec): Record<string, unknown> {
  const row = termRow({ id: spec.id, entry: spec.cashEntry, invoiceNumber: spec.invoiceNumber, cents: spec.cents, totalCents: spec.cents, timestamp: spec.timestamp, account: spec.account, dueDate: '2026-03-20' });
  return { ...row, AmountFC: spec.cents / 100, TransactionAmountFC: spec.cents / 100, TransactionType: 40, EntryNumber: 26_000_000 + spec.id, Description: `Betaling factuur ${spec.invoiceNumber}` };
}

/** A payable term (LineType 22): money the administration owes, never dunned (§4.4). */
export function payableRow(id: number, timestamp: number): Record<string, unknown> {
  return { ...termRow({ id, entry: 900_000 + id, invoiceNumber: 80_000 + id, cents: 5_000, totalCents: 5_000, timestamp }), LineType: 22 };
}
