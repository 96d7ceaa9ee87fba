import { verkoopboekingDetails } from './verkoopboeking-details.js';
import { BOEKING_ID } from './testing/records.js';

describe('verkoopboekingDetails (§4.2)', () => {
  it('reads the description and payment term the invoice lacks', () => {
    const raw = { id: BOEKING_ID, factuurnummer: 'F-1', omschrijving: ' Levering mei ', betalingstermijn: 14, factuurbedrag: 121 };
    expect(verkoopboekingDetails(raw)).toEqual({ ok: true, record: { id: BOEKING_ID, description: 'Levering mei', paymentTermDays: 14 } });
    expect(verkoopboekingDetails({ id: BOEKING_ID })).toEqual({ ok: true, record: { id: BOEKING_ID, description: null, paymentTermDays: null } });
  });

  it('fails on a missing id or a field of the wrong type', () => {
    const fieldOf = (raw: unknown): string | null => {
      const result = verkoopboekingDetails(raw);
      return result.ok ? null : result.error.field;
    };
    expect(fieldOf({ omschrijving: 'x' })).toBe('id');
    expect(fieldOf({ id: BOEKING_ID, omschrijving: 5 })).toBe('omschrijving');
    expect(fieldOf({ id: BOEKING_ID, betalingstermijn: '14' })).toBe('betalingstermijn');
  });
});
