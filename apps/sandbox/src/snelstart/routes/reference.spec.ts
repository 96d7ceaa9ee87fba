import { createHarness } from '../testing/harness.js';

describe('lookups a connector caches', () => {
  it('lists landen with ISO-2 landcode and ISO-3 landcodeISO, ignoring $filter', async () => {
    const h = createHarness();
    const token = await h.token();
    const all = await h.get('/landen', token).expect(200);
    const filtered = await h.get("/landen?$filter=Landcode eq 'NL'", token).expect(200);
    expect(all.body).toContainEqual(expect.objectContaining({ naam: 'Nederland', landcode: 'NL', landcodeISO: 'NLD' }));
    expect(filtered.body).toEqual(all.body);
  });

  it('resolves a relatie\'s land reference', async () => {
    const h = createHarness();
    const token = await h.token();
    const [relatie] = (await h.get('/relaties?$top=1', token)).body as { vestigingsAdres: { land: { uri: string } } }[];
    const land = await h.get(relatie?.vestigingsAdres.land.uri ?? '', token).expect(200);
    expect(land.body).toMatchObject({ landcode: 'NL' });
  });

  it('finds the debtors account by number among the grootboeken', async () => {
    const h = createHarness();
    const response = await h.get('/grootboeken?$filter=Nummer eq 1300', await h.token()).expect(200);
    expect(response.body).toEqual([expect.objectContaining({ nummer: 1300, omschrijving: 'Debiteuren', rekeningCode: 'Balans' })]);
  });

  it('answers companyInfo with the administratie\'s identity', async () => {
    const h = createHarness();
    const response = await h.get('/companyInfo', await h.token()).expect(200);
    expect(response.body).toMatchObject({
      administratieIdentifier: h.sandbox.demoCredentials()['administratieIdentifier.adm-1'],
      administratieNaam: 'Bakkerij De Vries B.V.',
      huidigBoekjaar: 2026,
      volgendFactuurnummer: 6,
      iban: expect.stringMatching(/^NL\d{2}RABO\d{10}$/),
    });
  });

  it('lists a relatie\'s verkoopboekingen unpaged, with lines and btw', async () => {
    const h = createHarness();
    const token = await h.token();
    const [relatie] = (await h.get('/relaties?$filter=Relatiecode eq 10001', token)).body as { id: string }[];
    const response = await h.get(`/relaties/${relatie?.id ?? ''}/verkoopboekingen`, token).expect(200);
    expect((response.body as { factuurnummer: string }[]).map((boeking) => boeking.factuurnummer)).toEqual(['2026-00001', '2026-00004']);
    expect(response.text).toContain('"factuurbedrag":1210.01');
    expect(response.text).toContain('"bedrag":1000.01');
    expect(response.text).toContain('"btw":[{"btwSoort":"VerkopenHoog","btwBedrag":210.00}]');
  });
});
