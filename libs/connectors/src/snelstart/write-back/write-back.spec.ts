import nock from 'nock';
import type { DunningDocumentAction, DunningNoteAction, PaymentAction } from '../../port/write-back.js';
import { api, checked, FIRST_TOKEN, tokenEndpoint, tokenResponse } from '../testing/snelstart-test-kit.js';
import { BOEKING_ID, FACTUUR_ID, guid, rejectionOf, relatie, RELATIE_ID, snelStartConnector, verkoopfactuur } from '../testing/connector-kit.js';
import { fileMarker } from './marker.js';

const KEY = 'dunning-action:6f1c1f55-8f4e-4d43-9d1a-2b1a3c4d5e6f';
const STEP = { name: 'reminder-2', sequence: 2, final: false };
const PDF = Buffer.from('%PDF-1.7 herinnering').toString('base64');

const note: DunningNoteAction = {
  kind: 'dunning-note',
  idempotencyKey: KEY,
  debtorExternalId: RELATIE_ID,
  occurredOn: '2026-05-10',
  step: STEP,
  invoiceExternalIds: [FACTUUR_ID],
  invoiceNumbers: ['F-2026-00167'],
  subject: 'Herinnering 2  factuur F-2026-00167',
  text: 'Tweede herinnering verstuurd.',
};

const letter: DunningDocumentAction = {
  kind: 'dunning-document',
  idempotencyKey: KEY,
  debtorExternalId: RELATIE_ID,
  occurredOn: '2026-05-10',
  step: STEP,
  invoiceExternalIds: [FACTUUR_ID],
  invoiceNumbers: ['F-2026-00167'],
  subject: 'Herinnering 2',
  document: { fileName: 'herinnering-2 F-2026/00167.pdf', contentType: 'application/pdf', contentBase64: PDF },
};

beforeEach(() => {
  tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
});

afterEach(() => {
  nock.cleanAll();
});

/** A nock body matcher that keeps what was sent. */
function capture(into: unknown[]): (body: unknown) => boolean {
  return (body) => {
    into.push(body);
    return true;
  };
}

describe('SnelStart writeBack: dunning note in the memo', () => {
  it('appends a marked line to what the accountant wrote, sending the whole write model', async () => {
    const { connector } = snelStartConnector();
    const sent: unknown[] = [];
    const log = checked(
      api()
        .get(`/v2/relaties/${RELATIE_ID}`)
        .reply(200, relatie({ memo: 'Belt liever dan mailt.\r\nBoekhouder: Piet' }))
        .put(`/v2/relaties/${RELATIE_ID}`, capture(sent))
        .reply(200, relatie()),
    );

    const result = await connector.writeBack(note);

    log.assertAllValid();
    expect(result).toEqual({ outcome: 'written', platformReference: RELATIE_ID, apiCalls: 2 });
    const [body] = sent as [Record<string, unknown>];
    expect(body.memo).toBe(`Belt liever dan mailt.\r\nBoekhouder: Piet\n2026-05-10 Herinnering 2 factuur F-2026-00167 [${KEY}]`);
    expect(body).not.toHaveProperty('fax');
    expect(body).toMatchObject({ id: RELATIE_ID, naam: 'Bakkerij De Vries B.V.', modifiedOn: '2026-05-02T16:40:03.120' });
  });

  it('writes nothing when the memo already carries the marker (a retried job)', async () => {
    const { connector } = snelStartConnector();
    const log = checked(api().get(`/v2/relaties/${RELATIE_ID}`).reply(200, relatie({ memo: `Oud.\n2026-05-10 Herinnering 2 [${KEY}]` })));
    const put = api().put(`/v2/relaties/${RELATIE_ID}`).reply(200, {});

    await expect(connector.writeBack(note)).resolves.toEqual({ outcome: 'already-done', platformReference: RELATIE_ID, apiCalls: 1 });
    log.assertAllValid();
    expect(put.isDone()).toBe(false);
  });

  it('surfaces a refused PUT as invalid_request with its code, without retrying', async () => {
    const { connector } = snelStartConnector();
    api().get(`/v2/relaties/${RELATIE_ID}`).reply(200, relatie({ memo: null }));
    const log = checked(api().put(`/v2/relaties/${RELATIE_ID}`).reply(400, [{ errorCode: 'REL-0087', message: 'Het btw-nummer is ongeldig.' }]));

    expect(await rejectionOf(connector.writeBack(note))).toMatchObject({ errorClass: 'invalid_request', platformCode: 'REL-0087', platformStatus: 400 });
    log.assertAllValid();
  });

  it('does not retry a PUT that failed on the way (the next attempt looks first)', async () => {
    const { connector } = snelStartConnector();
    api().get(`/v2/relaties/${RELATIE_ID}`).reply(200, relatie());
    const put = api().put(`/v2/relaties/${RELATIE_ID}`).times(2).reply(503, { statusCode: 503, message: 'Service unavailable' });

    expect(await rejectionOf(connector.writeBack(note))).toMatchObject({ errorClass: 'transient' });
    expect(put.pendingMocks()).toHaveLength(1);
  });
});

describe('SnelStart writeBack: dunning stage in an extra veld', () => {
  const fields = (value: unknown, type = 'Text') => ({
    klantCustomFields: [
      { value: 'x', definition: { name: 'Klantgroep', type: 'Text', properties: [] } },
      { value, definition: { name: 'Aanmaningsfase', type, properties: [] } },
    ],
    leverancierCustomFields: [],
  });

  it('sets the field with PUT /customFields', async () => {
    const { connector } = snelStartConnector({ writeBack: { dunningStageField: 'aanmaningsfase' } });
    const sent: unknown[] = [];
    const log = checked(
      api()
        .get(`/v2/relaties/${RELATIE_ID}/customFields`)
        .reply(200, fields(null))
        .put(`/v2/relaties/${RELATIE_ID}/customFields`, capture(sent))
        .reply(200, fields('reminder-2 2026-05-10')),
    );

    await expect(connector.writeBack(note)).resolves.toEqual({ outcome: 'written', platformReference: null, apiCalls: 2 });
    log.assertAllValid();
    expect(sent).toEqual([{ klantCustomFields: [{ name: 'Aanmaningsfase', value: 'reminder-2 2026-05-10' }], leverancierCustomFields: [] }]);
  });

  it('writes the stage number into a numeric field, and nothing when it is already there', async () => {
    const { connector } = snelStartConnector({ writeBack: { dunningStageField: 'Aanmaningsfase' } });
    const log = checked(api().get(`/v2/relaties/${RELATIE_ID}/customFields`).reply(200, fields(2, 'Integer')));

    await expect(connector.writeBack(note)).resolves.toMatchObject({ outcome: 'already-done', apiCalls: 1 });
    log.assertAllValid();
  });

  it('refuses when the field is not defined in the administratie (§6: the user creates it)', async () => {
    const { connector } = snelStartConnector({ writeBack: { dunningStageField: 'Incassostatus' } });
    api().get(`/v2/relaties/${RELATIE_ID}/customFields`).reply(200, fields(null));

    expect(await rejectionOf(connector.writeBack(note))).toMatchObject({ errorClass: 'invalid_request', message: expect.stringContaining('Incassostatus') });
  });
});

describe('SnelStart writeBack: dunning letter as a document', () => {
  it('attaches the PDF to the invoice\'s sales booking, with a marked file name', async () => {
    const { connector } = snelStartConnector();
    const sent: unknown[] = [];
    const documentId = guid(77);
    const log = checked(
      api()
        .get(`/v2/verkoopfacturen/${FACTUUR_ID}`)
        .reply(200, verkoopfactuur())
        .get(`/v2/documenten/Verkoopboekingen/${BOEKING_ID}`)
        .reply(200, [{ verkoopBoekingId: BOEKING_ID, fileName: 'factuur.pdf', readOnly: true, id: guid(1), uri: '/documenten/x' }])
        .post('/v2/documenten/Verkoopboekingen', capture(sent))
        .reply(200, { id: documentId, uri: `/documenten/${documentId}` }),
    );

    await expect(connector.writeBack(letter)).resolves.toEqual({ outcome: 'written', platformReference: documentId, apiCalls: 3 });
    log.assertAllValid();
    expect(sent).toEqual([{ content: PDF, parentIdentifier: BOEKING_ID, fileName: `herinnering-2 F-2026-00167-${fileMarker(KEY)}.pdf`, readOnly: true }]);
  });

  it('writes nothing on a retry that finds the marked document', async () => {
    const { connector } = snelStartConnector();
    const log = checked(
      api()
        .get(`/v2/verkoopfacturen/${FACTUUR_ID}`)
        .reply(200, verkoopfactuur())
        .get(`/v2/documenten/Verkoopboekingen/${BOEKING_ID}`)
        .reply(200, [{ verkoopBoekingId: BOEKING_ID, fileName: `herinnering-2-${fileMarker(KEY)}.pdf`, readOnly: true, id: guid(77) }]),
    );
    const post = api().post('/v2/documenten/Verkoopboekingen').reply(200, {});

    await expect(connector.writeBack(letter)).resolves.toEqual({ outcome: 'already-done', platformReference: guid(77), apiCalls: 2 });
    log.assertAllValid();
    expect(post.isDone()).toBe(false);
  });

  it('puts the letter on the relatie when no invoice has a booking', async () => {
    const { connector } = snelStartConnector();
    const log = checked(
      api()
        .get(`/v2/verkoopfacturen/${FACTUUR_ID}`)
        .reply(200, verkoopfactuur({ verkoopBoeking: null }))
        .get(`/v2/documenten/Relaties/${RELATIE_ID}`)
        .reply(200, [])
        .post('/v2/documenten/Relaties', (body: Record<string, unknown>) => body.parentIdentifier === RELATIE_ID)
        .reply(200, { id: guid(78) }),
    );

    await expect(connector.writeBack(letter)).resolves.toMatchObject({ outcome: 'written', platformReference: guid(78) });
    log.assertAllValid();
  });

  it('refuses a document that is not base64 before calling', async () => {
    const { connector } = snelStartConnector();
    const action = { ...letter, document: { ...letter.document, contentBase64: 'not base64!' } };
    expect(await rejectionOf(connector.writeBack(action))).toMatchObject({ errorClass: 'invalid_request' });
  });
});

it('refuses to book payments (§6: double booking next to the bank import)', async () => {
  const { connector } = snelStartConnector();
  const payment: PaymentAction = {
    kind: 'payment',
    idempotencyKey: KEY,
    debtorExternalId: RELATIE_ID,
    occurredOn: '2026-05-10',
    invoiceExternalId: FACTUUR_ID,
    invoiceNumber: 'F-2026-00167',
    amountCents: 60_500,
    currency: 'EUR',
    reference: 'PAY-1',
    description: 'Betaling via betaallink',
  };
  expect(connector.capabilities.writeBack.payment).toBe(false);
  expect(await rejectionOf(connector.writeBack(payment))).toMatchObject({ errorClass: 'invalid_request' });
});
