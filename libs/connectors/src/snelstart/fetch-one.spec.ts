import nock from 'nock';
import { api, checked, FIRST_TOKEN, tokenEndpoint, tokenResponse } from './testing/snelstart-test-kit.js';
import { FACTUUR_ID, LAND_NL, rejectionOf, relatie, RELATIE_ID, snelStartConnector, verkoopfactuur } from './testing/connector-kit.js';

beforeEach(() => {
  tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
});

afterEach(() => {
  nock.cleanAll();
});

describe('SnelStart fetchOne', () => {
  it('fetches a relatie, with its country from /landen, even when it is not marked a customer', async () => {
    const { connector } = snelStartConnector();
    const log = checked(
      api()
        .get('/v2/landen')
        .reply(200, [{ id: LAND_NL, landcode: 'NL' }])
        .get(`/v2/relaties/${RELATIE_ID}`)
        .reply(200, relatie({ relatiesoort: ['Leverancier'] })),
    );

    const debtor = await connector.fetchOne('debtors', RELATIE_ID.toUpperCase());

    log.assertAllValid();
    expect(debtor).toMatchObject({ source: { platform: 'snelstart', externalId: RELATIE_ID }, name: 'Bakkerij De Vries B.V.', address: { countryCode: 'NL' } });
  });

  it('fetches an invoice', async () => {
    const { connector } = snelStartConnector();
    const log = checked(api().get(`/v2/verkoopfacturen/${FACTUUR_ID}`).reply(200, verkoopfactuur()));

    const invoice = await connector.fetchOne('invoices', FACTUUR_ID);

    log.assertAllValid();
    expect(invoice).toMatchObject({ number: 'F-2026-00167', openCents: 60_500, status: 'partially_paid' });
  });

  it('answers null for a record SnelStart no longer has: a 404, or the 400 with a not-found code', async () => {
    const { connector } = snelStartConnector();
    const log = checked(
      api()
        .get(`/v2/verkoopfacturen/${FACTUUR_ID}`)
        .reply(404, { message: 'Not found' })
        .get(`/v2/relaties/${RELATIE_ID}`)
        .reply(400, [{ errorCode: 'REL-0005', message: 'De relatie is niet gevonden.' }]),
    );

    await expect(connector.fetchOne('invoices', FACTUUR_ID)).resolves.toBeNull();
    await expect(connector.fetchOne('debtors', RELATIE_ID)).resolves.toBeNull();
    log.assertAllValid();
  });

  it('hands back a record that does not map as a failure for the quarantine', async () => {
    const { connector } = snelStartConnector();
    api().get(`/v2/verkoopfacturen/${FACTUUR_ID}`).reply(200, verkoopfactuur({ relatie: null }));

    await expect(connector.fetchOne('invoices', FACTUUR_ID)).resolves.toMatchObject({ externalId: FACTUUR_ID, error: { field: 'relatie' } });
  });

  it('refuses an id that is not a guid before calling, and payments', async () => {
    const { connector } = snelStartConnector();
    expect((await rejectionOf(connector.fetchOne('invoices', '../relaties'))).errorClass).toBe('invalid_request');
    expect((await rejectionOf(connector.fetchOne('payments', FACTUUR_ID))).errorClass).toBe('invalid_request');
  });

  it('still throws errors that do not mean gone', async () => {
    const { connector } = snelStartConnector();
    api().get(`/v2/verkoopfacturen/${FACTUUR_ID}`).reply(403, { message: 'Authorization has been denied for this request.' });
    expect((await rejectionOf(connector.fetchOne('invoices', FACTUUR_ID))).errorClass).toBe('auth');
  });
});
