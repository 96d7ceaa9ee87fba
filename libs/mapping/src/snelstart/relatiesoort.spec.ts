import { dunningOptedOut, isCustomerRelatie, kindFromAanmaningsoort } from './relatiesoort.js';
import { relatie } from './testing/records.js';

describe('isCustomerRelatie (§4.3 relatiesoort)', () => {
  it('is true when relatiesoort contains Klant, in any case or position', () => {
    expect(isCustomerRelatie(relatie())).toBe(true);
    expect(isCustomerRelatie(relatie({ relatiesoort: ['Leverancier', 'klant'] }))).toBe(true);
    expect(isCustomerRelatie(relatie({ relatiesoort: 'Klant, Leverancier' }))).toBe(true);
  });

  it('is false for suppliers, the own company, none, and anything that is not a relatie', () => {
    for (const relatiesoort of [['Leverancier'], ['Eigen'], ['Geen'], [], null, undefined, 42, [1]]) {
      expect(isCustomerRelatie(relatie({ relatiesoort }))).toBe(false);
    }
    expect(isCustomerRelatie(null)).toBe(false);
    expect(isCustomerRelatie([relatie()])).toBe(false);
  });
});

describe('kindFromAanmaningsoort', () => {
  it('maps Onderneming and Consument, and nothing else', () => {
    expect(kindFromAanmaningsoort('Onderneming')).toBe('business');
    expect(kindFromAanmaningsoort(' consument ')).toBe('consumer');
    expect([kindFromAanmaningsoort('Nee'), kindFromAanmaningsoort(null), kindFromAanmaningsoort(1)]).toEqual([null, null, null]);
  });
});

describe('dunningOptedOut (§9 ❓)', () => {
  it('is true only for aanmaningsoort Nee', () => {
    expect(dunningOptedOut(relatie({ aanmaningsoort: 'Nee' }))).toBe(true);
    expect(dunningOptedOut(relatie({ aanmaningsoort: 'Onderneming' }))).toBe(false);
    expect(dunningOptedOut(relatie({ aanmaningsoort: null }))).toBe(false);
    expect(dunningOptedOut('Nee')).toBe(false);
  });
});
