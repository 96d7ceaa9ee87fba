import { administration } from '../testing/fixture.js';
import { createHarness } from '../testing/harness.js';

describe('malformedRate fault on SnelStart list responses', () => {
  it('corrupts records in ways real data breaks, and always the same records', async () => {
    const h = createHarness([administration({ debtors: 40, invoices: 60 })]);
    const token = await h.token();
    const clean = (await h.get('/verkoopfacturen', token)).body as Record<string, unknown>[];
    h.context.setFaults('snelstart', { malformedRate: 0.3 });

    const first = (await h.get('/verkoopfacturen', token)).body as Record<string, unknown>[];
    const second = (await h.get('/verkoopfacturen?$skip=0', token)).body as Record<string, unknown>[];

    const broken = first.filter((factuur, index) => JSON.stringify(factuur) !== JSON.stringify(clean[index]));
    expect(broken.length).toBeGreaterThan(5);
    expect(broken.length).toBeLessThan(35);
    expect(second).toEqual(first);
    for (const factuur of broken) {
      const defect = factuur.vervalDatum === '0001-01-01T00:00:00' || factuur.relatie === null || factuur.factuurnummer === null;
      expect(defect).toBe(true);
    }
  });

  it('breaks relaties too: free text in the e-mail field, spaced IBANs, addresses without a country', async () => {
    const h = createHarness([administration({ debtors: 40, invoices: 5 })]);
    const token = await h.token();
    h.context.setFaults('snelstart', { malformedRate: 1 });
    const relaties = (await h.get('/relaties', token)).body as { email: string | null; iban: string | null; vestigingsAdres: { land: unknown } }[];
    for (const relatie of relaties) {
      const defect = relatie.email === 'n.v.t.' || (relatie.email ?? '').includes(';;') || (relatie.iban ?? '').includes(' ') || relatie.vestigingsAdres.land === null;
      expect(defect).toBe(true);
    }
  });

  it('leaves single-record reads alone', async () => {
    const h = createHarness();
    const token = await h.token();
    const [factuur] = (await h.get('/verkoopfacturen?$top=1', token)).body as { id: string }[];
    h.context.setFaults('snelstart', { malformedRate: 1 });
    const single = await h.get(`/verkoopfacturen/${factuur?.id ?? ''}`, token);
    expect(single.body).toMatchObject({ factuurnummer: '2026-00001', vervalDatum: '2026-04-01T00:00:00' });
  });
});
