import { createHash } from 'node:crypto';
import { createHarness } from '../testing/harness.js';

const PDF = Buffer.from('%PDF-1.4\nHerinnering 2 voor factuur 2026-00001\n%%EOF\n');

async function firstBooking(h: ReturnType<typeof createHarness>, token: string): Promise<string> {
  const [factuur] = (await h.get("/verkoopfacturen?$filter=Factuurnummer eq '2026-00001'", token)).body as { verkoopBoeking: { id: string } }[];
  return factuur?.verkoopBoeking.id ?? '';
}

describe('/v2/documenten: attachments on a verkoopboeking', () => {
  it('uploads base64 content, answers 200 {id, uri} and logs a document write-back with size and hash', async () => {
    const h = createHarness();
    const token = await h.token();
    const boekingId = await firstBooking(h, token);

    const response = await h
      .send('post', '/documenten/Verkoopboekingen', token)
      .send({ content: PDF.toString('base64'), parentIdentifier: boekingId, fileName: 'herinnering-2-2026-00001.pdf', readOnly: true });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.any(String), uri: `/documenten/${String(response.body.id)}` });
    expect(h.context.writeBacks('snelstart')).toEqual([
      expect.objectContaining({
        kind: 'document',
        method: 'POST',
        path: '/snelstart/api/v2/documenten/Verkoopboekingen',
        body: expect.objectContaining({
          parentIdentifier: boekingId,
          fileName: 'herinnering-2-2026-00001.pdf',
          contentBytes: PDF.length,
          contentSha256: createHash('sha256').update(PDF).digest('hex'),
        }),
      }),
    ]);
  });

  it('shows the attachment on the booking, in the parent\'s list and with its content by id', async () => {
    const h = createHarness();
    const token = await h.token();
    const boekingId = await firstBooking(h, token);
    const { id } = (await h.send('post', '/documenten/Verkoopboekingen', token).send({ content: PDF.toString('base64'), parentIdentifier: boekingId, fileName: 'h.pdf', readOnly: false })).body as { id: string };

    const booking = await h.get(`/verkoopboekingen/${boekingId}`, token).expect(200);
    const list = await h.get(`/documenten/Verkoopboekingen/${boekingId}`, token).expect(200);
    const content = await h.get(`/documenten/${id}`, token).expect(200);

    expect(booking.body.documents).toEqual([{ parentIdentifier: boekingId, fileName: 'h.pdf', readOnly: false, id, uri: `/documenten/${id}` }]);
    expect(list.body).toEqual([{ verkoopBoekingId: boekingId, fileName: 'h.pdf', readOnly: false, id, uri: `/documenten/${id}` }]);
    expect(Buffer.from(String(content.body.content), 'base64')).toEqual(PDF);
  });

  it('refuses a missing file name (BLG-0007) and an illegal one (BLG-0016)', async () => {
    const h = createHarness();
    const token = await h.token();
    const parentIdentifier = await firstBooking(h, token);
    const upload = (fileName: string) => h.send('post', '/documenten/Verkoopboekingen', token).send({ content: PDF.toString('base64'), parentIdentifier, fileName });

    expect((await upload('')).body).toEqual([{ errorCode: 'BLG-0007', message: 'Geen bestandsnaam opgegeven.' }]);
    expect((await upload('a/b.pdf')).body).toEqual([{ errorCode: 'BLG-0016', message: 'De bestandsnaam bevat ongeldige tekens.' }]);
  });

  it('refuses content over 10 MB (BLG-0013) and content that is not base64 (modelState)', async () => {
    const h = createHarness();
    const token = await h.token();
    const parentIdentifier = await firstBooking(h, token);
    const upload = (content: string) => h.send('post', '/documenten/Verkoopboekingen', token).send({ content, parentIdentifier, fileName: 'x.pdf' });

    const tooBig = await upload(Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64'));
    const notBase64 = await upload('dit is geen base64!');

    expect(tooBig.body).toEqual([{ errorCode: 'BLG-0013', message: 'Content is groter dan 10MB.' }]);
    expect(notBase64.status).toBe(400);
    expect(notBase64.body).toMatchObject({ message: 'The request is invalid.', modelState: { 'document.content': [expect.any(String)] } });
  });

  it('answers 404 for a parent that does not exist', async () => {
    const h = createHarness();
    const token = await h.token();
    const response = await h
      .send('post', '/documenten/Verkoopboekingen', token)
      .send({ content: PDF.toString('base64'), parentIdentifier: '0f0e0d0c-0b0a-4909-8807-060504030201', fileName: 'x.pdf' });
    expect(response.status).toBe(404);
    expect(h.context.writeBacks('snelstart')).toEqual([]);
  });
});
