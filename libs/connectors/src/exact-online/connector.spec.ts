import { createExactOnlineConnector } from './connector.js';
import { exactConnector } from './testing/connector-kit.js';
import { collect, kit, rejectionOf } from './testing/exact-test-kit.js';

describe('createExactOnlineConnector', () => {
  it('declares what Exact supports (§4.8: no payment list; §5: webhooks; §4.9: tombstones)', () => {
    const { connector } = exactConnector();

    expect(connector.platform).toBe('exact-online');
    expect(connector.capabilities).toEqual({
      webhooks: true,
      tombstones: true,
      incremental: { debtors: true, invoices: true, payments: false },
      reconciliation: true,
      writeBack: { 'dunning-note': true, 'dunning-document': true, payment: false },
      hubPairsCreditNotes: true,
    });
  });

  it('pulls payments as one empty final page without calling Exact, keeping the cursor', async () => {
    const { connector } = exactConnector();

    expect(await collect(connector.pull({ resource: 'payments', mode: 'incremental', cursor: 'kept' }))).toEqual([
      { resource: 'payments', records: [], failures: [], removedExternalIds: [], cursor: 'kept', done: true, apiCalls: 0 },
    ]);
    expect((await rejectionOf(connector.fetchOne('payments', 'x'))).errorClass).toBe('invalid_request');
  });

  it('refuses reconciliation of debtors', async () => {
    const { connector } = exactConnector();
    expect((await rejectionOf(collect(connector.pull({ resource: 'debtors', mode: 'reconciliation', cursor: null })))).errorClass).toBe('invalid_request');
  });

  it('refuses a binding whose externalId is not a division code', () => {
    const { tokens, settings } = kit();
    expect(() => createExactOnlineConnector({ administrationId: 'a', externalId: 'adm-1', baseUrl: 'https://start.exactonline.nl' }, { tokens }, settings)).toThrow(/not a division code/);
  });
});
