// Test helper: hand-made sync/Cashflow/PaymentTerms rows. No recorded payload of this endpoint
// exists under a usable licence (fixtures README §2.4), so the rows follow the reference's field
// list (specs/exact-online-endpoints.json) and the values observed in §4.3: AmountFC negative
// for an invoice while TransactionAmountFC is positive, Int64 Timestamp as a string.

/** `/Date(ms)/` at midnight UTC of the day, the way Exact sends day fields (§3.4). */
export function exactDay(isoDate: string): string {
  return `/Date(${Date.parse(`${isoDate}T00:00:00Z`)})/`;
}

export const ACCOUNT = 'a58c29d9-ef92-40f1-b817-31b36990898c';
export const OTHER_ACCOUNT = '11acd652-4496-48e0-a189-e0045cc206e3';
export const ENTRY = '7b282ae4-1f0c-4c5e-9a55-2d3c4b5a6f70';

let sequence = 0;
function nextGuid(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

/** An open, single-term receivable of 121.00 EUR on invoice 24700001, with every field overridable. */
export function termRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __metadata: { uri: "https://start.exactonline.nl/api/v1/124132/sync/Cashflow/PaymentTerms(1000L)", type: 'Exact.Web.Api.Models.Sync.Cashflow.PaymentTerm' },
    Timestamp: '1000',
    Account: ACCOUNT,
    AccountCode: '           0000002',
    AccountName: 'Foobar2 Updated',
    AmountDC: -121,
    AmountFC: -121,
    Created: '/Date(1782400000000)/',
    Currency: 'EUR',
    Description: 'Factuur 24700001',
    Division: 124132,
    DueDate: exactDay('2026-03-31'),
    EntryID: nextGuid(),
    EntryNumber: 24700001,
    ID: nextGuid(),
    InvoiceDate: exactDay('2026-03-01'),
    InvoiceNumber: 24700001,
    IsFullyPaid: false,
    Journal: '70',
    LastPaymentDate: null,
    LineType: 20,
    Modified: '/Date(1782404038673)/',
    PaymentCondition: '30',
    PaymentConditionDescription: '30 dagen',
    PaymentMethod: 'B',
    RateFC: 1,
    Status: 20,
    TransactionAmountDC: 121,
    TransactionAmountFC: 121,
    TransactionDueDate: exactDay('2026-03-31'),
    TransactionEntryID: ENTRY,
    TransactionID: nextGuid(),
    TransactionIsReversal: false,
    TransactionType: 20,
    YourRef: null,
    ...overrides,
  };
}

/** An unmatched receipt for invoice 24700001: a cash-flow entry of its own (TransactionType 40). */
export function receiptRow(amount: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const cashEntry = nextGuid();
  return termRow({
    AmountDC: amount,
    AmountFC: amount,
    Description: 'Betaling factuur 24700001',
    DueDate: exactDay('2026-03-20'),
    EntryNumber: 26000001,
    InvoiceDate: exactDay('2026-03-20'),
    Journal: '20',
    TransactionAmountDC: amount,
    TransactionAmountFC: amount,
    TransactionEntryID: cashEntry,
    TransactionType: 40,
    ...overrides,
  });
}
