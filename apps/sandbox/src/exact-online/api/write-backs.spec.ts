import request from 'supertest';
import { apiGet, apiPost, closeHarnesses, connect, createHarness, type Harness, type Tokens } from '../testing/harness.js';

afterAll(closeHarnesses);

describe('Exact Online write-back endpoints (§6)', () => {
  let harness: Harness;
  let tokens: Tokens;
  let accountId: string;
  const base = () => `/api/v1/${harness.division}`;

  beforeAll(async () => {
    harness = await createHarness({ administrations: [{ invoices: 40 }] });
    tokens = await connect(harness);
    accountId = (await apiGet(harness, tokens.accessToken, `${base()}/crm/Accounts?$select=ID&$top=1`)).body.d.results[0].ID;
  });

  beforeEach(() => harness.context.clearWriteBacks());

  it('records a communication note, answers 201 with the key and what was sent, and reads it back with a filter', async () => {
    const body = { Account: accountId, Subject: 'Herinnering 1 verstuurd', Notes: 'Factuur 2026-00012, eerste herinnering per e-mail.', Date: '2026-03-02T09:00:00' };

    const created = await apiPost(harness, tokens.accessToken, `${base()}/activities/CommunicationNotes`, body);

    expect(created.status).toBe(201);
    expect(Object.keys(created.body.d)).toEqual(['__metadata', 'ID', 'Account', 'Date', 'Notes', 'Subject']);
    expect(harness.context.writeBacks('exact-online')).toEqual([
      expect.objectContaining({ administrationKey: harness.administrations[0]?.key, kind: 'communication-note', method: 'POST', body }),
    ]);
    const found = await apiGet(harness, tokens.accessToken, `${base()}/activities/CommunicationNotes?$filter=Account eq guid'${accountId}' and Subject eq 'Herinnering 1 verstuurd'`);
    expect(found.body.d.results).toEqual([expect.objectContaining({ ID: created.body.d.ID, Subject: 'Herinnering 1 verstuurd', AccountName: expect.any(String) })]);
  });

  it('returns the whole entity with Prefer: return=representation', async () => {
    const created = await apiPost(harness, tokens.accessToken, `${base()}/activities/CommunicationNotes`, { Account: accountId, Subject: 'Aanmaning' }).set(
      'Prefer',
      'return=representation',
    );

    expect(created.body.d).toMatchObject({ Subject: 'Aanmaning', Creator: expect.any(String), CreatorFullName: 'Demo Boekhouder', Division: harness.division });
  });

  it('refuses a note without Subject or for an unknown account with 400, and records nothing', async () => {
    const noSubject = await apiPost(harness, tokens.accessToken, `${base()}/activities/CommunicationNotes`, { Account: accountId });
    const badAccount = await apiPost(harness, tokens.accessToken, `${base()}/activities/CommunicationNotes`, { Account: '11111111-2222-4333-8444-555555555555', Subject: 'x' });

    expect(noSubject.status).toBe(400);
    expect(noSubject.body.error.message.value).toBe('Mandatory: Subject');
    expect(badAccount.status).toBe(400);
    expect(harness.context.writeBacks('exact-online')).toEqual([]);
  });

  it('stores a document and its base64 attachment, downloadable through the attachment Url', async () => {
    const pdf = Buffer.from('%PDF-1.4 herinnering');
    const document = await apiPost(harness, tokens.accessToken, `${base()}/documents/Documents`, { Subject: 'Herinnering 2026-00012', Type: 10, Account: accountId });
    const attachment = await apiPost(harness, tokens.accessToken, `${base()}/documents/DocumentAttachments`, {
      Document: document.body.d.ID,
      FileName: 'herinnering.pdf',
      Attachment: pdf.toString('base64'),
    }).set('Prefer', 'return=representation');

    expect(document.status).toBe(201);
    expect(attachment.status).toBe(201);
    expect(attachment.body.d.FileSize).toBe(pdf.length);
    expect(harness.context.writeBacks('exact-online').map((entry) => entry.kind)).toEqual(['document', 'document-attachment']);
    const download = await request(harness.app)
      .get(new URL(attachment.body.d.Url as string).pathname + new URL(attachment.body.d.Url as string).search)
      .set('Authorization', `Bearer ${tokens.accessToken}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(download.body as Buffer).equals(pdf)).toBe(true);
    const listed = await apiGet(harness, tokens.accessToken, `${base()}/documents/Documents?$filter=Account eq guid'${accountId}'&$select=ID,Subject,TypeDescription`);
    expect(listed.body.d.results).toContainEqual(expect.objectContaining({ ID: document.body.d.ID, TypeDescription: 'Verkoopfactuur' }));
  });

  it('refuses an attachment that is not base64', async () => {
    const document = await apiPost(harness, tokens.accessToken, `${base()}/documents/Documents`, { Subject: 'x', Type: 55 });

    const response = await apiPost(harness, tokens.accessToken, `${base()}/documents/DocumentAttachments`, { Document: document.body.d.ID, FileName: 'a.pdf', Attachment: 'not base64!' });

    expect(response.status).toBe(400);
  });

  it('books a bank entry line with OurRef = invoice number against the invoice and reads it back with its lines', async () => {
    const administration = harness.administrations[0];
    const invoice = administration?.invoices.find((i) => !i.isCreditNote && i.openCents === i.totalCents);
    if (administration === undefined || invoice === undefined) throw new Error('no open invoice');
    const invoiceNumber = Number(invoice.number.replace(/\D/g, ''));
    const debtorId = (await apiGet(harness, tokens.accessToken, `${base()}/read/financial/ReceivablesList?$filter=InvoiceNumber eq ${invoiceNumber}`)).body.d.results[0].AccountId;
    const before = harness.sandbox.control.openItems(administration.key);

    const created = await apiPost(harness, tokens.accessToken, `${base()}/financialtransaction/BankEntries`, {
      JournalCode: '20',
      BankEntryLines: [{ Account: debtorId, AmountFC: invoice.totalCents / 100, OurRef: invoiceNumber, Date: '2026-03-02', Description: 'Betaling via debtor-hub' }],
    });

    expect(created.status).toBe(201);
    expect(harness.sandbox.control.openItems(administration.key).totalOpenCents).toBe(before.totalOpenCents - invoice.totalCents);
    expect(harness.context.writeBacks('exact-online')).toEqual([expect.objectContaining({ kind: 'bank-entry', method: 'POST' })]);
    const read = await apiGet(harness, tokens.accessToken, `${base()}/financialtransaction/BankEntries(guid'${String(created.body.d.EntryID)}')?$expand=BankEntryLines`);
    expect(read.body.d.BankEntryLines.results).toEqual([expect.objectContaining({ Account: debtorId, AmountFC: invoice.totalCents / 100, OurRef: invoiceNumber })]);
    const deferred = await apiGet(harness, tokens.accessToken, `${base()}/financialtransaction/BankEntries(guid'${String(created.body.d.EntryID)}')`);
    expect(deferred.body.d.BankEntryLines.__deferred.uri).toMatch(/\/BankEntryLines$/);
    const lookedUp = await apiGet(
      harness,
      tokens.accessToken,
      `${base()}/financialtransaction/BankEntryLines?$select=ID,EntryID&$filter=Account eq guid'${String(debtorId)}' and Description eq 'Betaling via debtor-hub'`,
    );
    expect(lookedUp.body.d.results).toEqual([expect.objectContaining({ EntryID: created.body.d.EntryID })]);
  });

  it('shows a payment the bookkeeper booked (control API) as a bank entry too', async () => {
    const administration = harness.administrations[0];
    const invoice = administration?.invoices.filter((i) => !i.isCreditNote && i.openCents === i.totalCents)[1];
    if (administration === undefined || invoice === undefined) throw new Error('no open invoice');

    const payment = harness.sandbox.control.registerPayment(administration.key, invoice.number, 100, '2026-03-01');

    const entry = await apiGet(harness, tokens.accessToken, `${base()}/financialtransaction/BankEntries(guid'${payment.key}')?$expand=BankEntryLines`);
    expect(entry.body.d).toMatchObject({ JournalCode: '20', EntryID: payment.key });
    expect(entry.body.d.BankEntryLines.results).toEqual([expect.objectContaining({ AmountFC: 1, OurRef: Number(invoice.number.replace(/\D/g, '')) })]);
    expect(harness.context.writeBacks('exact-online')).toEqual([]);
  });

  it('answers methods an endpoint does not have with 405', async () => {
    const response = await request(harness.app)
      .put(`/exact-online${base()}/activities/CommunicationNotes(guid'11111111-2222-4333-8444-555555555555')`)
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .send({ Subject: 'x' });

    expect(response.status).toBe(405);
  });
});
