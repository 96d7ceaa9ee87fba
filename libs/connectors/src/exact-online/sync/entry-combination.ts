// A batch of complete entries (their terms plus the receipts for them) → canonical invoices, by
// the mapper's rules (combineTerms: externalId = the sales entry, total = TransactionAmountFC,
// open = unsettled terms minus open receipts; credit notes paired within the batch).
import { exactOnline, type CanonicalInvoice } from '@hub/mapping';
import type { MappingFailure } from '../../port/records.js';

export interface BatchOutcome {
  records: CanonicalInvoice[];
  /** Entries that did not make an invoice: all their rows, quarantined together. */
  failures: MappingFailure[];
  /** Entries whose invoice still has something open. */
  openEntries: Set<string>;
}

export function combineBatch(rows: readonly unknown[], source: exactOnline.SourceContext): BatchOutcome {
  const outcome: BatchOutcome = { records: [], failures: [], openEntries: new Set() };
  if (rows.length === 0) return outcome;
  const combined = exactOnline.paymentTermsToInvoices(rows, source);
  for (const invoice of combined.invoices) {
    if (!invoice.result.ok) {
      outcome.failures.push({ externalId: invoice.externalId, raw: invoice.rows, error: invoice.result.error });
      continue;
    }
    outcome.records.push(invoice.result.record);
    if (invoice.result.record.openCents !== 0) outcome.openEntries.add(invoice.externalId);
  }
  // The book hands over only rows it could read; anything else here is quarantined all the same.
  for (const { raw, error } of combined.failures) outcome.failures.push({ externalId: null, raw, error });
  return outcome;
}

export function mergeOutcomes(outcomes: readonly BatchOutcome[]): BatchOutcome {
  return {
    records: outcomes.flatMap((outcome) => outcome.records),
    failures: outcomes.flatMap((outcome) => outcome.failures),
    openEntries: new Set(outcomes.flatMap((outcome) => [...outcome.openEntries])),
  };
}
