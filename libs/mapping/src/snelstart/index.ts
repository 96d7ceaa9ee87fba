// SnelStart → canonical: pure mappers for the connector (libs/connectors/src/snelstart). Exported
// from @hub/mapping as the namespace `snelstart`; field table and rules in README.md.
export { type DagboekSoort, DEFAULT_LANGUAGE_FIELD, type PaymentContext, type SourceContext } from './context.js';
export { type LenientMappingResult, type RowFailure } from '../values/attempt.js';
export { parseListBody } from './list-body.js';
export { dunningOptedOut, isCustomerRelatie, kindFromAanmaningsoort } from './relatiesoort.js';
export { relatieToDebtor } from './relatie-to-debtor.js';
export { deriveAmounts, type InvoiceAmounts } from './invoice-amounts.js';
export { verkoopfactuurToInvoice } from './verkoopfactuur-to-invoice.js';
export { verkoopboekingDetails, type VerkoopboekingDetails } from './verkoopboeking-details.js';
export { grootboekmutatieToPayment, isCustomerPaymentLine } from './grootboekmutatie-to-payment.js';
export { latestModifiedOn } from './modified-on.js';
export { type DroppedDetails, grootboekmutatiesToPayments, type MappedPage, relatiesToDebtors, verkoopfacturenToInvoices } from './page.js';
