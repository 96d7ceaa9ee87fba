// `$select` lists (§3.3: bulk and sync endpoints refuse a request without one; never `*`): the
// fields the mappers in @hub/mapping read, checked against specs/exact-online-endpoints.json.

/** crm/Accounts as accountToDebtor and isCustomerAccount read it. */
export const ACCOUNT_FIELDS = [
  'ID', 'Code', 'Name', 'Status', 'IsSales', 'Blocked', 'Email', 'Phone', 'ChamberOfCommerce', 'VATNumber', 'RSIN', 'BSN',
  'AddressLine1', 'AddressLine2', 'AddressLine3', 'Postcode', 'City', 'Country', 'Language',
  'PaymentConditionSales', 'PaymentConditionSalesDescription', 'Modified',
] as const;

/** sync/CRM/Accounts: the same plus the row version (§4.9). */
export const SYNC_ACCOUNT_FIELDS = ['Timestamp', ...ACCOUNT_FIELDS] as const;

/** cashflow/Receivables (and its bulk variant) as readPaymentTerm reads a term (§4.3). */
export const RECEIVABLE_FIELDS = [
  'ID', 'TransactionEntryID', 'Account', 'InvoiceNumber', 'EntryNumber', 'InvoiceDate', 'DueDate', 'TransactionDueDate',
  'Currency', 'AmountFC', 'TransactionAmountFC', 'TransactionType', 'TransactionIsReversal', 'IsFullyPaid', 'Status',
  'Description', 'Modified',
] as const;

/** sync/Cashflow/PaymentTerms: the same plus the row version and LineType (20 receivable, 22 payable; §4.4). */
export const SYNC_PAYMENT_TERM_FIELDS = ['Timestamp', 'LineType', ...RECEIVABLE_FIELDS] as const;

/** sync/Deleted (§4.9). */
export const DELETED_FIELDS = ['Timestamp', 'EntityKey', 'EntityType', 'DeletedDate'] as const;

/** read/financial/ReceivablesList as receivablesListToOpenItems reads it (§4.2). */
export const RECEIVABLES_LIST_FIELDS = ['HID', 'AccountId', 'InvoiceNumber', 'EntryNumber', 'Amount', 'AmountInTransit', 'CurrencyCode', 'DueDate'] as const;

export function selectOf(fields: readonly string[]): string {
  return fields.join(',');
}
