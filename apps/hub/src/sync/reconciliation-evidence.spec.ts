import { MappingError } from '@hub/mapping';
import type { PulledPage } from '@hub/connectors';
import { invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { ReconciliationEvidence } from './reconciliation-evidence.js';

const scope = { administrationId: '7b0e6f36-8a55-4c1f-9d0c-0f8a3b1c2d3e', platform: 'exact-online' as const };

function page(fields: Partial<PulledPage<'invoices'>>): PulledPage<'invoices'> {
  return { resource: 'invoices', records: [], failures: [], removedExternalIds: [], cursor: null, done: false, apiCalls: 1, ...fields };
}

function failure(externalId: string | null) {
  return { externalId, raw: { ID: externalId }, error: new MappingError('AmountDC', 'x', 'not a number') };
}

describe('ReconciliationEvidence', () => {
  it('collects the invoices named on every page and is complete without failures', () => {
    const evidence = new ReconciliationEvidence();
    evidence.observe(page({ records: [invoiceFixture(scope, 'I1'), invoiceFixture(scope, 'I2')] }));
    evidence.observe(page({ records: [invoiceFixture(scope, 'I2'), invoiceFixture(scope, 'I3')], done: true }));
    expect(evidence.openExternalIds.sort()).toEqual(['I1', 'I2', 'I3']);
    expect(evidence.complete).toBe(true);
  });

  it('is incomplete once a failure names an invoice, and counts that invoice as open', () => {
    const evidence = new ReconciliationEvidence();
    evidence.observe(page({ records: [invoiceFixture(scope, 'I1')], failures: [failure('I9')] }));
    expect(evidence.complete).toBe(false);
    expect(evidence.openExternalIds.sort()).toEqual(['I1', 'I9']);
  });

  it('stays complete when failures name no invoice', () => {
    const evidence = new ReconciliationEvidence();
    evidence.observe(page({ records: [invoiceFixture(scope, 'I1')], failures: [failure(null)] }));
    expect(evidence.complete).toBe(true);
    expect(evidence.openExternalIds).toEqual(['I1']);
  });
});
