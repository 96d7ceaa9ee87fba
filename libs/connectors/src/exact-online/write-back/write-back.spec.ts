import nock from 'nock';
import type { DunningDocumentAction, DunningNoteAction, PaymentAction } from '../../port/write-back.js';
import { exactConnector } from '../testing/connector-kit.js';
import { API, envelope, exactScope, rejectionOf } from '../testing/exact-test-kit.js';
import { ACCOUNT } from '../testing/term-rows.js';

const KEY = 'dunning-action:6f1d2c3b-7a8e-4d90-b1c2-d3e4f5a6b7c8';
const NOTE_ID = '5b3c2d1e-0f9a-4b8c-8d7e-6f5a4b3c2d1e';
const DOCUMENT_ID = '8d7e6f5a-4b3c-4d1e-8f9a-0b1c2d3e4f5a';
const ENTRY_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const PDF = Buffer.from('%PDF-1.7 herinnering').toString('base64');

const note: DunningNoteAction = {
  kind: 'dunning-note',
  idempotencyKey: KEY,
  debtorExternalId: ACCOUNT,
  occurredOn: '2026-04-14',
  step: { name: 'reminder-2', sequence: 2, final: false },
  invoiceExternalIds: ['00000000-0000-4000-8000-000000000101'],
  invoiceNumbers: ['24700001'],
  subject: "Herinnering 2 factuur 24700001 ('t Hoekje)",
  text: 'Tweede herinnering verstuurd op 14-04-2026 voor factuur 24700001 (€ 121,00).',
};

const document: DunningDocumentAction = {
  kind: 'dunning-document',
  idempotencyKey: KEY,
  debtorExternalId: ACCOUNT,
  occurredOn: '2026-04-14',
  step: { name: 'reminder-2', sequence: 2, final: false },
  invoiceExternalIds: ['00000000-0000-4000-8000-000000000101'],
  invoiceNumbers: ['24700001'],
  subject: 'Herinnering 2 factuur 24700001',
  document: { fileName: 'herinnering-24700001.pdf', contentType: 'application/pdf', contentBase64: PDF },
};

const payment: PaymentAction = {
  kind: 'payment',
  idempotencyKey: KEY,
  debtorExternalId: ACCOUNT,
  occurredOn: '2026-04-15',
  invoiceExternalId: '00000000-0000-4000-8000-000000000101',
  invoiceNumber: '24700001',
  amountCents: 12100,
  currency: 'EUR',
  reference: 'HUB-PAY-24700001-1',
  description: 'Betaling via betaallink',
};

const NOTE_SUBJECT = `Herinnering 2 factuur 24700001 ('t Hoekje) [${KEY}]`;

afterEach(() => {
  nock.cleanAll();
});

describe('writeBack dunning-note', () => {
  it('looks for the marked subject on the debtor, then posts the note', async () => {
    const { connector } = exactConnector();
    const look = exactScope()
      .get(`${API}/activities/CommunicationNotes`)
      .query({ $select: 'ID', $filter: `Account eq guid'${ACCOUNT}' and Subject eq 'Herinnering 2 factuur 24700001 (''t Hoekje) [${KEY}]'` })
      .reply(200, envelope([]));
    let posted: unknown;
    const write = exactScope({ prefer: 'return=representation' })
      .post(`${API}/activities/CommunicationNotes`, (body: unknown) => {
        posted = body;
        return true;
      })
      .reply(201, { d: { ID: NOTE_ID, Subject: NOTE_SUBJECT } });

    const result = await connector.writeBack(note);

    expect(look.isDone() && write.isDone()).toBe(true);
    expect(posted).toEqual({ Account: ACCOUNT, Subject: NOTE_SUBJECT, Notes: note.text, Date: '2026-04-14T00:00:00' });
    expect(result).toEqual({ outcome: 'written', platformReference: NOTE_ID, apiCalls: 2 });
  });

  it('answers already-done without a POST when the note is there', async () => {
    const { connector } = exactConnector();
    exactScope().get(`${API}/activities/CommunicationNotes`).query(true).reply(200, envelope([{ ID: NOTE_ID }]));
    const write = exactScope().post(`${API}/activities/CommunicationNotes`).reply(201, { d: { ID: 'second' } });

    const result = await connector.writeBack(note);

    expect(write.isDone()).toBe(false);
    expect(result).toEqual({ outcome: 'already-done', platformReference: NOTE_ID, apiCalls: 1 });
  });

  it('does not repeat a POST that failed: only the next attempt’s look can tell whether it was written', async () => {
    const { connector } = exactConnector();
    exactScope().get(`${API}/activities/CommunicationNotes`).query(true).reply(200, envelope([]));
    const write = exactScope().post(`${API}/activities/CommunicationNotes`).times(2).reply(503, '');

    const error = await rejectionOf(connector.writeBack(note));

    expect(error.errorClass).toBe('transient');
    expect(write.pendingMocks()).toHaveLength(1);
  });
});

describe('writeBack dunning-document', () => {
  it('creates the document on the debtor, linked to its one invoice, then attaches the PDF', async () => {
    const { connector } = exactConnector({ writeBack: { documentType: 10 } });
    exactScope().get(`${API}/documents/Documents`).query({ $select: 'ID', $filter: `Account eq guid'${ACCOUNT}' and Subject eq 'Herinnering 2 factuur 24700001 [${KEY}]'` }).reply(200, envelope([]));
    const bodies: unknown[] = [];
    const capture = (body: unknown): boolean => {
      bodies.push(body);
      return true;
    };
    exactScope().post(`${API}/documents/Documents`, capture).reply(201, { d: { ID: DOCUMENT_ID } });
    exactScope().post(`${API}/documents/DocumentAttachments`, capture).reply(201, { d: { ID: 'a1' } });

    const result = await connector.writeBack(document);

    expect(bodies).toEqual([
      { Subject: `Herinnering 2 factuur 24700001 [${KEY}]`, Type: 10, Account: ACCOUNT, DocumentDate: '2026-04-14T00:00:00', SalesInvoiceNumber: 24700001 },
      { Document: DOCUMENT_ID, FileName: 'herinnering-24700001.pdf', Attachment: PDF },
    ]);
    expect(result).toEqual({ outcome: 'written', platformReference: DOCUMENT_ID, apiCalls: 3 });
  });

  it('attaches the PDF to a document an interrupted attempt left without one', async () => {
    const { connector } = exactConnector();
    exactScope().get(`${API}/documents/Documents`).query(true).reply(200, envelope([{ ID: DOCUMENT_ID }]));
    exactScope().get(`${API}/documents/DocumentAttachments`).query({ $select: 'ID', $filter: `Document eq guid'${DOCUMENT_ID}'` }).reply(200, envelope([]));
    const newDocument = exactScope().post(`${API}/documents/Documents`).reply(201, { d: { ID: 'second' } });
    const attachment = exactScope().post(`${API}/documents/DocumentAttachments`).reply(201, { d: { ID: 'a1' } });

    const result = await connector.writeBack(document);

    expect(newDocument.isDone()).toBe(false);
    expect(attachment.isDone()).toBe(true);
    expect(result.outcome).toBe('written');
  });

  it('answers already-done without a POST when document and attachment are there', async () => {
    const { connector } = exactConnector();
    exactScope().get(`${API}/documents/Documents`).query(true).reply(200, envelope([{ ID: DOCUMENT_ID }]));
    exactScope().get(`${API}/documents/DocumentAttachments`).query(true).reply(200, envelope([{ ID: 'a1' }]));
    const writes = exactScope().post(/documents/).reply(201, {});

    const result = await connector.writeBack(document);

    expect(writes.isDone()).toBe(false);
    expect(result).toEqual({ outcome: 'already-done', platformReference: DOCUMENT_ID, apiCalls: 2 });
  });

  it('refuses a document that is not base64 before calling Exact', async () => {
    const { connector } = exactConnector();
    const error = await rejectionOf(connector.writeBack({ ...document, document: { ...document.document, contentBase64: 'not base64!' } }));
    expect(error.errorClass).toBe('invalid_request');
  });
});

describe('writeBack payment', () => {
  const booking = { journalCode: '20' };

  it('is off unless the administration opted in', async () => {
    const { connector } = exactConnector();
    expect(connector.capabilities.writeBack.payment).toBe(false);
    expect((await rejectionOf(connector.writeBack(payment))).errorClass).toBe('invalid_request');
  });

  it('books a bank entry whose line carries the reference and the invoice number', async () => {
    const { connector } = exactConnector({ writeBack: { payments: booking } });
    exactScope()
      .get(`${API}/financialtransaction/BankEntryLines`)
      .query({ $select: 'ID,EntryID', $filter: `Account eq guid'${ACCOUNT}' and Description eq 'HUB-PAY-24700001-1'` })
      .reply(200, envelope([]));
    let posted: unknown;
    exactScope()
      .post(`${API}/financialtransaction/BankEntries`, (body: unknown) => {
        posted = body;
        return true;
      })
      .reply(201, { d: { EntryID: ENTRY_ID } });

    const result = await connector.writeBack(payment);

    expect(connector.capabilities.writeBack.payment).toBe(true);
    expect(posted).toEqual({
      JournalCode: '20',
      Currency: 'EUR',
      BankEntryLines: [
        { Account: ACCOUNT, AmountFC: 121, Date: '2026-04-15T00:00:00', Description: 'HUB-PAY-24700001-1', Notes: `Betaling via betaallink (${KEY})`, OurRef: 24700001 },
      ],
    });
    expect(result).toEqual({ outcome: 'written', platformReference: ENTRY_ID, apiCalls: 2 });
  });

  it('answers already-done without a POST when a line with the reference exists', async () => {
    const { connector } = exactConnector({ writeBack: { payments: booking } });
    exactScope().get(`${API}/financialtransaction/BankEntryLines`).query(true).reply(200, envelope([{ ID: 'l1', EntryID: ENTRY_ID }]));
    const write = exactScope().post(`${API}/financialtransaction/BankEntries`).reply(201, {});

    const result = await connector.writeBack(payment);

    expect(write.isDone()).toBe(false);
    expect(result).toEqual({ outcome: 'already-done', platformReference: ENTRY_ID, apiCalls: 1 });
  });
});
