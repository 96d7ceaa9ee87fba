// Exact Online → canonical: pure mappers for the connector (libs/connectors/src/exact-online).
// Exported from @hub/mapping as the namespace `exactOnline`, so generic names (SourceContext,
// parseEnvelope, readTimestamp …) never collide with the other platforms' mappers.
export { type SourceContext } from './context.js';
export { type LenientMappingResult, type RowFailure } from './result.js';
export { parseEnvelope, type ExactPage } from './envelope.js';
export { accountToDebtor } from './account-to-debtor.js';
export { isCustomerAccount } from './customer-account.js';
export { inferDebtorKind, type DebtorKindEvidence } from './debtor-kind.js';
export { paymentTermDays } from './payment-condition.js';
export { compareTimestamps, maxTimestamp, pageCursor, readTimestamp } from './timestamp.js';
export { isPayableTerm, LINE_TYPE, readPaymentTerm, TERM_STATUS, TRANSACTION_TYPE, type PaymentTerm } from './payment-term.js';
export { combineParsedTerms, combineTerms, type CombinedEntry } from './combine-terms.js';
export { groupPaymentTerms, type GroupedPaymentTerms, type PaymentTermGroup, type TermRow } from './group-payment-terms.js';
export { paymentTermsToInvoices, type InvoiceFromTerms, type PaymentTermsPage } from './payment-terms-to-invoices.js';
export {
  combineReceivableRows,
  receivablesListToOpenItems,
  type OpenItemFailure,
  type OpenItemSnapshot,
  type OpenItemsPage,
} from './receivables-list-to-open-items.js';
export { DELETED_ENTITY_TYPE, deletedToRemoval, deletedToRemovals, type DeletedPage, type ExactRemoval } from './deleted-to-removals.js';
