import { administration, debtor } from '../testing/fixture.js';
import { createHarness } from '../testing/harness.js';

type RelatieBody = Record<string, unknown> & { id: string; memo: string | null; modifiedOn: string; relatiecode: number };

async function firstRelatie(h: ReturnType<typeof createHarness>, token: string): Promise<RelatieBody> {
  const [relatie] = (await h.get('/relaties?$filter=Relatiecode eq 10001', token).expect(200)).body as RelatieBody[];
  if (!relatie) throw new Error('relatie 10001 missing');
  return relatie;
}

describe('GET /v2/relaties', () => {
  it('lists klanten as RelatieModel: relatiesoort array, e-mail settings, address with land reference, extra velden', async () => {
    const generated = administration();
    generated.debtors[1] = debtor(2, { language: 'en' });
    const h = createHarness([generated]);
    const response = await h.get('/relaties', await h.token()).expect(200);
    const relaties = response.body as RelatieBody[];

    expect(relaties).toHaveLength(3);
    expect(relaties[0]).toMatchObject({
      relatiesoort: ['Klant'],
      relatiecode: 10001,
      naam: 'Klant 1 B.V.',
      nonactief: false,
      kvkNummer: '12345678',
      btwNummer: 'NL123456789B01',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      krediettermijn: 30,
      vestigingsAdres: { straat: 'Dorpsstraat 1', postcode: '1234 AB', plaats: 'Alkmaar', land: { id: expect.any(String), uri: expect.stringMatching(/^\/landen\//) } },
      aanmaningEmailVersturen: { shouldSend: true, email: expect.stringContaining('@klant1.nl'), ccEmail: null },
    });
    expect(Object.keys(relaties[0] ?? {})).not.toContain('taal');
    // SnelStart has no language field: an English speaker carries the "Taal" extra veld.
    expect(relaties[1]?.extraVeldenKlant).toEqual([{ naam: 'Taal', waarde: 'EN' }]);
  });

  it('filters customers with Relatiesoort/any and lower-case names are refused', async () => {
    const h = createHarness();
    const token = await h.token();
    const klanten = await h.get("/relaties?$filter=Relatiesoort/any(r:r eq 'Klant')", token).expect(200);
    const lowerCase = await h.get("/relaties?$filter=modifiedOn ge datetime'2026-01-01T00:00:00'", token);
    expect(klanten.body).toHaveLength(3);
    expect(lowerCase.status).toBe(400);
    expect(lowerCase.body).toEqual({
      message:
        "The query specified in the URI is not valid. Could not find a property named 'modifiedOn' on type 'SnelStart.B2B.Api.V2.Models.Relaties.RelatieModel'.",
    });
  });

  it('does not return a nonactief relatie by id, though the list still shows it', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    h.sandbox.control.deleteDebtor('adm-1', '10001');

    expect((await h.get(`/relaties/${relatie.id}`, token)).status).toBe(404);
    expect((await firstRelatie(h, token)).nonactief).toBe(true);
  });
});

describe('PUT /v2/relaties/{id}: the whole object, last writer wins', () => {
  it('replaces the relatie: fields left out are cleared, modifiedOn moves, the write is logged as a memo write-back', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    h.context.clock.advance(60_000);

    const { email: _dropped, ...withoutEmail } = relatie;
    const put = await h.send('put', `/relaties/${relatie.id}`, token).send({ ...withoutEmail, memo: 'Herinnering 1 verstuurd op 2026-05-15' }).expect(200);

    expect(put.body).toMatchObject({ memo: 'Herinnering 1 verstuurd op 2026-05-15', email: null, modifiedOn: '2026-05-15T12:01:00' });
    const reread = (await h.get(`/relaties/${relatie.id}`, token)).body as RelatieBody;
    expect(reread.email).toBeNull();
    expect(reread.memo).toBe('Herinnering 1 verstuurd op 2026-05-15');
    const [entry] = h.context.writeBacks('snelstart');
    expect(entry).toMatchObject({ administrationKey: 'adm-1', kind: 'memo', method: 'PUT', path: `/snelstart/api/v2/relaties/${relatie.id}` });
    expect(entry?.body).toMatchObject({ memo: 'Herinnering 1 verstuurd op 2026-05-15' });
  });

  it('reports every broken rule at once in SnelStart\'s validation array', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const response = await h.send('put', `/relaties/${relatie.id}`, token).send({ ...relatie, naam: '', relatiesoort: ['Leverancier'], krediettermijn: 2000 });

    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      { errorCode: 'REL-0064', message: 'RelatieSoort mag niet aangepast worden.' },
      { errorCode: 'REL-0007', message: 'Naam moet gevuld zijn' },
      { errorCode: 'REL-0003', message: 'Krediettermijn mag niet kleiner dan -365 of groter dan 1000 zijn' },
    ]);
    expect(h.context.writeBacks('snelstart')).toEqual([]);
  });

  it('answers a value that does not convert with ASP.NET\'s modelState body', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const response = await h.send('put', `/relaties/${relatie.id}`, token).send({ ...relatie, krediettermijn: 'dertig' });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'The request is invalid.',
      modelState: { 'relatie.krediettermijn': ["Could not convert string: dertig to integer. Path 'krediettermijn'."] },
    });
  });

  it('answers a body that is not a relatie object with REL-0066', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const response = await h.send('put', `/relaties/${relatie.id}`, token).set('Content-Type', 'text/json').send('{"naam": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual([
      { errorCode: 'REL-0066', message: 'De input is incompleet of incorrect. Controleer of de json valide is en de juiste properties bevat.' },
    ]);
  });

  it('refuses an id in the body that differs from the url (REL-0047)', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const response = await h.send('put', `/relaties/${relatie.id}`, token).send({ ...relatie, id: '0f0e0d0c-0b0a-4909-8807-060504030201' });
    expect(response.body).toEqual([{ errorCode: 'REL-0047', message: 'Het ID in het url en het ID van de relatie in het request komen niet overeen' }]);
  });
});

describe('/v2/relaties/{id}/customFields', () => {
  it('reads every klant extra veld with its definition, empty ones as null', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const response = await h.get(`/relaties/${relatie.id}/customFields`, token).expect(200);

    expect(response.body.leverancierCustomFields).toEqual([]);
    expect(response.body.klantCustomFields).toContainEqual({ value: null, definition: { name: 'Aanmaningsfase', type: 'Text', properties: [{ name: 'MaxLength', value: 50 }] } });
  });

  it('sets only the named fields, logs a custom-field write-back and shows them in extraVeldenKlant', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const body = {
      klantCustomFields: [
        { name: 'Aanmaningsfase', value: 'Herinnering 2' },
        { name: 'Laatste herinnering', value: '2026-05-15T12:00:00' },
      ],
      leverancierCustomFields: [],
    };

    await h.send('put', `/relaties/${relatie.id}/customFields`, token).send(body).expect(200);

    const reread = (await h.get(`/relaties/${relatie.id}`, token)).body as RelatieBody;
    expect(reread.extraVeldenKlant).toEqual([
      { naam: 'Aanmaningsfase', waarde: 'Herinnering 2' },
      { naam: 'Laatste herinnering', waarde: '2026-05-15T12:00:00' },
      ...((relatie.extraVeldenKlant as unknown[]) ?? []),
    ]);
    expect(h.context.writeBacks('snelstart')).toEqual([expect.objectContaining({ kind: 'custom-field', method: 'PUT', body })]);
    const filtered = await h.get("/relaties?$filter=ExtraVeldenKlant/any(e:e/Naam eq 'Aanmaningsfase' and e/Waarde eq 'Herinnering 2')", token);
    expect((filtered.body as RelatieBody[]).map((found) => found.id)).toEqual([relatie.id]);
  });

  it('refuses unknown fields, leverancier fields on a klant and values outside PossibleValues', async () => {
    const h = createHarness();
    const token = await h.token();
    const relatie = await firstRelatie(h, token);
    const put = (klantCustomFields: unknown[], leverancierCustomFields: unknown[] = []) =>
      h.send('put', `/relaties/${relatie.id}/customFields`, token).send({ klantCustomFields, leverancierCustomFields });

    expect((await put([{ name: 'Bestaat niet', value: 'x' }])).body).toEqual([
      { errorCode: 'REF-0002', message: 'Eén van de te wijzigen velden van de Relatie is niet gevonden' },
    ]);
    expect((await put([], [{ name: 'Leveranciersnummer', value: 'L-1' }])).body).toEqual([
      { errorCode: 'REF-0006', message: 'Alleen de extra velden die horen bij de relatiesoort van de relatie kunnen worden aangepast' },
    ]);
    expect((await put([{ name: 'Incasso-status', value: 'Deurwaarder' }])).body[0]).toMatchObject({ errorCode: 'REF-0005' });
    expect((await put([{ name: 'Aanmaningsfase', value: 'x'.repeat(51) }])).body[0]).toMatchObject({ errorCode: 'REF-0004' });
    expect(h.context.writeBacks('snelstart')).toEqual([]);
  });
});
