import type { PulledPage } from '@hub/connectors';

/**
 * What the pages of one reconciliation pull say is still open (exact-online README,
 * "Reconciliation"). Every invoice a page names (as a record or as a failure) counts as open.
 * A failure that names an invoice means the platform's open list could not be read completely,
 * so the pull is not evidence enough to settle anything; failures without an id (items that could
 * not be tied to an invoice) are covered by the connector naming those invoices anyway.
 */
export class ReconciliationEvidence {
  private readonly open = new Set<string>();
  private invoiceFailures = 0;

  observe(page: PulledPage): void {
    for (const record of page.records) this.open.add(record.source.externalId);
    for (const failure of page.failures) {
      if (failure.externalId === null) continue;
      this.open.add(failure.externalId);
      this.invoiceFailures += 1;
    }
  }

  /** True when no page had a failure naming an invoice: unseen open invoices may be settled. */
  get complete(): boolean {
    return this.invoiceFailures === 0;
  }

  get openExternalIds(): string[] {
    return [...this.open];
  }
}
