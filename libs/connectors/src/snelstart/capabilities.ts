// What the hub may ask of a SnelStart connector (snelstart.md §4.6, §5, §6).
import type { ConnectorCapabilities } from '../port/connector.js';

export function snelStartCapabilities(): ConnectorCapabilities {
  return {
    // §5: the only webhook is the koppelsleutel one; no data-change notifications.
    webhooks: false,
    // §4.6: no tombstones or change feed; deletions are seen by reconciliation only.
    tombstones: false,
    // §4.6: relaties, verkoopfacturen and grootboekmutaties all have a filterable modifiedOn.
    incremental: { debtors: true, invoices: true, payments: true },
    reconciliation: true,
    // §6: stage on the relatie, letter on the booking; payments are never booked (double booking).
    writeBack: { 'dunning-note': true, 'dunning-document': true, payment: false },
    // §4.1: a verkoopfactuur does not say which invoice a credit note credited (mapper README).
    hubPairsCreditNotes: true,
  };
}
