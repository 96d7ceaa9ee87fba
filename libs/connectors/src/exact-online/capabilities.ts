// What the hub may ask of an Exact Online connector.
import type { ConnectorCapabilities } from '../port/connector.js';

export function exactOnlineCapabilities(paymentsBooked: boolean): ConnectorCapabilities {
  return {
    webhooks: true,
    // sync/Deleted names deleted accounts; deleted sales entries show up through the extra read
    // of the invoice pull, the FinancialTransactions webhook and reconciliation (README "Deletions").
    tombstones: true,
    // §4.6, §4.8: no list of customer payments with the invoices they settle; payments show up
    // as changed payment terms, i.e. in the invoices' open amounts.
    incremental: { debtors: true, invoices: true, payments: false },
    reconciliation: true,
    writeBack: { 'dunning-note': true, 'dunning-document': true, payment: paymentsBooked },
    // §4.3: a settled invoice's terms look the same whether a payment or a credit note settled it.
    hubPairsCreditNotes: true,
  };
}
