import nock from 'nock';
import type { PulledPage } from '../../port/records.js';
import { api, checked, FIRST_TOKEN, SECOND_TOKEN, tokenEndpoint, tokenResponse } from '../testing/snelstart-test-kit.js';
import {
  BANK_JOURNAL,
  collect,
  DEBITEUREN,
  FACTUUR_ID,
  grootboekmutatie,
  guid,
  LAND_NL,
  rejectionOf,
  relatie,
  RELATIE_ID,
  SALES_JOURNAL,
  snelStartConnector,
  verkoopfactuur,
} from '../testing/connector-kit.js';

const PAGE = 500;

beforeEach(() => {
  tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
});

afterEach(() => {
  nock.cleanAll();
});

/** `count` invoices with distinct ids; the one at `newest` changed last. */
function invoices(count: number, stamp = (n: number) => `2026-05-03T10:${String(n % 60).padStart(2, '0')}:00.000`): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, n) => verkoopfactuur({ id: guid(n), factuurnummer: `F-${n}`, modifiedOn: stamp(n) }));
}

function externalIds(page: PulledPage): string[] {
  return page.records.map((record) => record.source.externalId);
}

describe('SnelStart pulls', () => {
  it('reads debtors from the start on a first run: /landen once, then /relaties, customers only', async () => {
    const { connector } = snelStartConnector({ mapping: { instantZone: 'UTC' } });
    const supplier = relatie({ id: guid(9), relatiesoort: ['Leverancier'], modifiedOn: '2026-05-04T08:00:00.000' });
    const log = checked(
      api()
        .get('/v2/landen')
        .reply(200, [{ id: LAND_NL.toUpperCase(), naam: 'Nederland', landcode: 'NL', landcodeISO: 'NLD' }])
        .get('/v2/relaties')
        .query({ $top: '500', $skip: '0' })
        .reply(200, [relatie(), supplier]),
    );

    const pages = await collect(connector.pull({ resource: 'debtors', mode: 'incremental', cursor: null }));

    log.assertAllValid();
    expect(pages).toHaveLength(1);
    const [page] = pages as [PulledPage<'debtors'>];
    expect(externalIds(page)).toEqual([RELATIE_ID]);
    expect(page.records[0]?.address?.countryCode).toBe('NL');
    // The supplier was read, so the cursor passes its stamp too.
    expect(page).toMatchObject({ resource: 'debtors', failures: [], removedExternalIds: [], done: true, apiCalls: 2 });
    expect(page.cursor).toEqual({ modifiedOn: '2026-05-04T08:00:00.000', since: null, skip: 0 });
  });

  it('filters on the stored modifiedOn minus the overlap and pages on while pages are full', async () => {
    const { connector } = snelStartConnector();
    const filter = "ModifiedOn gt datetime'2026-05-03T09:09:22.517'";
    const first = invoices(PAGE);
    const second = [verkoopfactuur({ id: guid(PAGE), modifiedOn: '2026-05-03T10:00:30.5' })];
    const log = checked(
      api()
        .get('/v2/verkoopfacturen')
        .query({ $filter: filter, $top: '500', $skip: '0' })
        .reply(200, first)
        .get('/v2/verkoopfacturen')
        .query({ $filter: filter, $top: '500', $skip: '500' })
        .reply(200, second),
    );

    const pages = await collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: { modifiedOn: '2026-05-03T09:14:22.517', since: null, skip: 0 } }));

    log.assertAllValid();
    expect(pages.map((page) => [page.records.length, page.done, page.apiCalls])).toEqual([
      [500, false, 1],
      [1, true, 1],
    ]);
    // Mid-pull the filter stays and the position is kept: the page's newest row is not a safe point.
    expect(pages[0]?.cursor).toEqual({ modifiedOn: '2026-05-03T10:59:00.000', since: '2026-05-03T09:09:22.517', skip: 500 });
    // Compared as times: 10:59 beats 10:00:30.5; the filter moves forward only at the end.
    expect(pages[1]?.cursor).toEqual({ modifiedOn: '2026-05-03T10:59:00.000', since: null, skip: 0 });
  });

  it('resumes an interrupted pull with the same filter at the stored position', async () => {
    const { connector } = snelStartConnector();
    const filter = "ModifiedOn gt datetime'2026-05-03T09:09:22.517'";
    const log = checked(
      api()
        .get('/v2/verkoopfacturen')
        .query({ $filter: filter, $top: '500', $skip: '500' })
        .reply(200, [verkoopfactuur({ modifiedOn: '2026-05-03T10:00:00' })]),
    );

    const [page] = await collect(
      connector.pull({ resource: 'invoices', mode: 'incremental', cursor: { modifiedOn: '2026-05-03T10:59:00.000', since: '2026-05-03T09:09:22.517', skip: 500 } }),
    );

    log.assertAllValid();
    expect(page).toMatchObject({ done: true, cursor: { modifiedOn: '2026-05-03T10:59:00.000', since: null, skip: 0 } });
    expect(externalIds(page as PulledPage)).toEqual([FACTUUR_ID]);
  });

  it('takes a configured overlap, and a cursor stored as a bare stamp', async () => {
    const { connector } = snelStartConnector({ overlapMs: 60 * 60_000 });
    const log = checked(
      api()
        .get('/v2/verkoopfacturen')
        .query({ $filter: "ModifiedOn gt datetime'2026-05-03T00:30:00.000'", $top: '500', $skip: '0' })
        .reply(200, []),
    );

    const pages = await collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: '2026-05-03T01:30:00' }));

    log.assertAllValid();
    // Nothing changed: the cursor stays where it was.
    expect(pages).toEqual([{ resource: 'invoices', records: [], failures: [], removedExternalIds: [], cursor: { modifiedOn: '2026-05-03T01:30:00', since: null, skip: 0 }, done: true, apiCalls: 1 }]);
  });

  it('ignores the cursor in full mode', async () => {
    const { connector } = snelStartConnector();
    const log = checked(api().get('/v2/verkoopfacturen').query({ $top: '500', $skip: '0' }).reply(200, [verkoopfactuur()]));

    const [page] = await collect(connector.pull({ resource: 'invoices', mode: 'full', cursor: { modifiedOn: '2026-05-03T09:14:22.517', since: 'x', skip: 1000 } }));

    log.assertAllValid();
    expect(page).toMatchObject({ done: true, cursor: { modifiedOn: '2026-05-03T09:14:22.517', since: null, skip: 0 } });
  });

  it('quarantines a row that does not map, named by its id, and goes on', async () => {
    const { connector } = snelStartConnector();
    api()
      .get('/v2/verkoopfacturen')
      .query({ $top: '500', $skip: '0' })
      .reply(200, [verkoopfactuur({ id: guid(1).toUpperCase(), vervalDatum: '0001-01-01T00:00:00' }), verkoopfactuur()]);

    const [page] = await collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null }));

    expect(externalIds(page as PulledPage)).toEqual([FACTUUR_ID]);
    expect(page?.failures).toEqual([expect.objectContaining({ externalId: guid(1), error: expect.objectContaining({ field: 'vervalDatum' }) })]);
  });

  it('reports details the mapper dropped to onDroppedValues', async () => {
    const dropped: string[] = [];
    const { connector } = snelStartConnector({ onDroppedValues: (resource, externalId, errors) => dropped.push(`${resource}/${externalId}/${errors.map((e) => e.field).join(',')}`) });
    api().get('/v2/relaties').query(true).reply(200, [relatie({ iban: 'NL00BANK0000000000' })]);
    api().get('/v2/landen').reply(200, [{ id: LAND_NL, landcode: 'NL' }]);

    const [page] = await collect(connector.pull({ resource: 'debtors', mode: 'incremental', cursor: null }));

    expect(page?.records[0]).toMatchObject({ iban: null });
    expect(dropped).toEqual([`debtors/${RELATIE_ID}/iban`]);
  });

  it('refuses a cursor it did not write', async () => {
    const { connector } = snelStartConnector();
    expect((await rejectionOf(collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: { modifiedOn: 42 } })))).errorClass).toBe('invalid_request');
  });

  it('pulls payments from the debtors ledger lines, finding the ledger and the journal kinds first', async () => {
    const { connector } = snelStartConnector();
    const log = checked(
      api()
        .get('/v2/grootboeken')
        .query({ $top: '500', $skip: '0' })
        .reply(200, [
          { id: DEBITEUREN.toUpperCase(), nummer: 1300, omschrijving: 'Debiteuren', grootboekfunctie: 'DagboekVerkoop', rekeningCode: 'Balans' },
          { id: guid(5), nummer: 8200, omschrijving: 'Omzet hoog', grootboekfunctie: 'VerkopenOmzetHoog', rekeningCode: 'WinstEnVerlies' },
        ])
        .get('/v2/dagboeken')
        .reply(200, [
          { id: BANK_JOURNAL, nummer: 1100, omschrijving: 'Bank', soort: 'Bank' },
          { id: SALES_JOURNAL, nummer: 1300, omschrijving: 'Verkoop', soort: 'Verkoop' },
        ])
        .get('/v2/grootboekmutaties')
        .query({ $filter: `ModifiedOn gt datetime'2026-04-20T10:55:00.000' and (Grootboek/Id eq guid'${DEBITEUREN}')`, $top: '500', $skip: '0' })
        .reply(200, [grootboekmutatie(), grootboekmutatie({ id: guid(3), dagboek: { id: SALES_JOURNAL }, debet: 1210, credit: 0, saldo: 1210, modifiedOn: '2026-04-21T09:00:00' })]),
    );

    const pages = await collect(connector.pull({ resource: 'payments', mode: 'incremental', cursor: { modifiedOn: '2026-04-20T11:00:00', since: null, skip: 0 } }));

    log.assertAllValid();
    const [page] = pages as [PulledPage<'payments'>];
    expect(page.records).toEqual([expect.objectContaining({ amountCents: 60_500, method: 'bank', debtorExternalId: RELATIE_ID, date: '2026-04-20' })]);
    expect(page).toMatchObject({ done: true, apiCalls: 3, cursor: { modifiedOn: '2026-04-21T09:00:00', since: null, skip: 0 } });
  });

  it('uses configured debtors ledgers without reading /grootboeken', async () => {
    const { connector } = snelStartConnector({ payments: { debtorsLedgerIds: [DEBITEUREN, guid(7)] } });
    const log = checked(
      api()
        .get('/v2/dagboeken')
        .reply(200, [{ id: BANK_JOURNAL, soort: 'Bank' }])
        .get('/v2/grootboekmutaties')
        .query({ $filter: `(Grootboek/Id eq guid'${DEBITEUREN}' or Grootboek/Id eq guid'${guid(7)}')`, $top: '500', $skip: '0' })
        .reply(200, [grootboekmutatie()]),
    );

    const [page] = await collect(connector.pull({ resource: 'payments', mode: 'incremental', cursor: null }));

    log.assertAllValid();
    expect(page).toMatchObject({ done: true, apiCalls: 2 });
    expect(page?.records).toHaveLength(1);
  });

  it('allocates a payment to the invoice its ledger line names by number, through the hub’s stored invoices', async () => {
    const { connector } = snelStartConnector({ payments: { debtorsLedgerIds: [DEBITEUREN] } });
    const line = grootboekmutatie();
    const number = String((line as { factuurNummer?: unknown }).factuurNummer ?? '');
    expect(number).not.toBe('');
    checked(api().get('/v2/dagboeken').reply(200, [{ id: BANK_JOURNAL, soort: 'Bank' }]).get('/v2/grootboekmutaties').query(true).reply(200, [line]));
    const asked: string[][] = [];
    const known = {
      fingerprints: () => Promise.resolve(new Map<string, string>()),
      invoiceIdsByNumber: (numbers: readonly string[]) => {
        asked.push([...numbers]);
        return Promise.resolve(new Map([[number, guid(42)]]));
      },
    };

    const [page] = (await collect(connector.pull({ resource: 'payments', mode: 'incremental', cursor: null }, known))) as [PulledPage<'payments'>];

    expect(asked).toEqual([[number]]);
    expect(page.records[0]?.allocations).toEqual([{ invoiceExternalId: guid(42), amountCents: page.records[0]?.amountCents }]);
  });

  it('refuses to pull payments when no ledger is the debtors ledger', async () => {
    const { connector } = snelStartConnector();
    api().get('/v2/grootboeken').query({ $top: '500', $skip: '0' }).reply(200, []);

    const error = await rejectionOf(collect(connector.pull({ resource: 'payments', mode: 'incremental', cursor: null })));
    expect(error).toMatchObject({ errorClass: 'invalid_request', message: expect.stringContaining('debtorsLedgerIds') });
  });

  describe('reconciliation', () => {
    it('re-reads every open invoice, each page overlapping the last, handing the cursor back unchanged', async () => {
      const { connector } = snelStartConnector();
      const filter = 'OpenstaandSaldo ne 0';
      const all = invoices(PAGE + 1);
      // Invoice 0 was paid between the two reads: every later row moved one place up.
      const afterPayment = all.slice(1);
      const log = checked(
        api()
          .get('/v2/verkoopfacturen')
          .query({ $filter: filter, $top: '500', $skip: '0' })
          .reply(200, all.slice(0, PAGE))
          .get('/v2/verkoopfacturen')
          .query({ $filter: filter, $top: '500', $skip: '475' })
          .reply(200, afterPayment.slice(475)),
      );
      const cursor = { modifiedOn: '2026-05-03T09:14:22.517', since: null, skip: 0 };

      const pages = await collect(connector.pull({ resource: 'invoices', mode: 'reconciliation', cursor }));

      log.assertAllValid();
      expect(pages.map((page) => [page.records.length, page.done, page.cursor, page.removedExternalIds])).toEqual([
        [500, false, cursor, []],
        [1, true, cursor, []],
      ]);
      // Plain $skip=500 would have missed the last invoice; the overlap names it, once.
      const named = pages.flatMap((page) => externalIds(page));
      expect(new Set(named).size).toBe(PAGE + 1);
      expect(pages[1]?.records[0]).toMatchObject({ source: { externalId: guid(PAGE) }, status: 'partially_paid' });
    });

    it('pages through every invoice when SnelStart refuses the open-balance filter', async () => {
      const { connector } = snelStartConnector();
      const log = checked(
        api()
          .get('/v2/verkoopfacturen')
          .query({ $filter: 'OpenstaandSaldo ne 0', $top: '500', $skip: '0' })
          .reply(400, [{ errorCode: 'ALG-0104', message: 'Het opgegeven filter is ongeldig.' }])
          .get('/v2/verkoopfacturen')
          .query({ $top: '500', $skip: '0' })
          .reply(200, [verkoopfactuur(), verkoopfactuur({ id: guid(2), openstaandSaldo: 0 })]),
      );

      const [page] = await collect(connector.pull({ resource: 'invoices', mode: 'reconciliation', cursor: null }));

      log.assertAllValid();
      // The settled one is a true record too: the hub stores it as paid.
      expect(page?.records.map((record) => record.status)).toEqual(['partially_paid', 'paid']);
      expect(page).toMatchObject({ done: true, apiCalls: 2, cursor: null });
    });

    it('names an unreadable open invoice as a failure, so the hub settles nothing', async () => {
      const { connector } = snelStartConnector();
      api()
        .get('/v2/verkoopfacturen')
        .query({ $filter: 'OpenstaandSaldo ne 0', $top: '500', $skip: '0' })
        .reply(200, [verkoopfactuur({ factuurnummer: null })]);

      const [page] = await collect(connector.pull({ resource: 'invoices', mode: 'reconciliation', cursor: null }));
      expect(page?.failures.map((failure) => failure.externalId)).toEqual([FACTUUR_ID]);
    });

    it('is for invoices only', async () => {
      const { connector } = snelStartConnector();
      expect((await rejectionOf(collect(connector.pull({ resource: 'debtors', mode: 'reconciliation', cursor: null })))).errorClass).toBe('invalid_request');
    });
  });

  describe('errors', () => {
    it('renews the token once on a 401 and goes on', async () => {
      const { connector, tokens } = snelStartConnector();
      tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
      const denied = checked(api(FIRST_TOKEN).get('/v2/verkoopfacturen').query({ $top: '500', $skip: '0' }).reply(401, { message: 'Authorization has been denied for this request.' }));
      const log = checked(api(SECOND_TOKEN).get('/v2/verkoopfacturen').query({ $top: '500', $skip: '0' }).reply(200, [verkoopfactuur()]));

      const [page] = await collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null }));

      denied.assertAllValid();
      log.assertAllValid();
      expect(page).toMatchObject({ done: true, apiCalls: 2 });
      expect(tokens.tokenCalls).toBe(2);
    });

    it('gives up with auth when the renewed token is refused as well', async () => {
      const { connector, tokens } = snelStartConnector();
      tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
      const denied = { message: 'Authorization has been denied for this request.' };
      const log = checked(api(FIRST_TOKEN).get('/v2/verkoopfacturen').query(true).reply(401, denied));
      api(SECOND_TOKEN).get('/v2/verkoopfacturen').query(true).reply(401, denied);

      const error = await rejectionOf(collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null })));

      log.assertAllValid();
      expect(error).toMatchObject({ errorClass: 'auth', platformStatus: 401 });
      expect(tokens.tokenCalls).toBe(2);
    });

    it.each([
      ['an error array', 400, [{ errorCode: 'ALG-0104', message: 'Ongeldig filter.' }], 'invalid_request', 'ALG-0104'],
      ['a Message object', 403, { Message: 'Authorization has been denied for this request.' }, 'auth', undefined],
      ['a modelState body', 400, { message: 'The request is invalid.', modelState: { $top: ['must be at most 500'] } }, 'invalid_request', undefined],
    ])('surfaces %s (HTTP %i) as the right class', async (_shape, status, body, errorClass, platformCode) => {
      const { connector } = snelStartConnector();
      const log = checked(api().get('/v2/verkoopfacturen').query({ $top: '500', $skip: '0' }).reply(status, body));

      const error = await rejectionOf(collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null })));

      log.assertAllValid();
      expect(error).toMatchObject({ platform: 'snelstart', errorClass, platformStatus: status, endpoint: 'verkoopfacturen' });
      expect(error.platformCode).toBe(platformCode);
    });

    it('retries a 503 and then reports transient', async () => {
      const { connector } = snelStartConnector({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, random: () => 0.5 } });
      api().get('/v2/verkoopfacturen').query(true).times(2).reply(503, { statusCode: 503, message: 'Service unavailable' });

      expect(await rejectionOf(collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null })))).toMatchObject({ errorClass: 'transient', platformStatus: 503 });
    });

    it('calls a list answer that is not an array a platform bug', async () => {
      const { connector } = snelStartConnector();
      api().get('/v2/verkoopfacturen').query(true).reply(200, { value: [] });

      expect((await rejectionOf(collect(connector.pull({ resource: 'invoices', mode: 'incremental', cursor: null })))).errorClass).toBe('platform_bug');
    });
  });
});
