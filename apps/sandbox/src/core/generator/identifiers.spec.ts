import { createSeededRandom } from '../random.js';
import { generateIban, generateVatNumber, isValidDutchVatNumber, isValidIban } from './identifiers.js';

describe('IBAN', () => {
  it('accepts a published Dutch example and rejects a one-digit typo', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
  });

  it('generates Dutch IBANs with correct check digits', () => {
    const random = createSeededRandom(1);
    for (let i = 0; i < 500; i++) {
      const iban = generateIban(random);
      expect(iban).toMatch(/^NL\d{2}(ABNA|INGB|RABO|TRIO|BUNQ|KNAB|ASNB|SNSB)\d{10}$/);
      expect(isValidIban(iban)).toBe(true);
    }
  });
});

describe('Dutch VAT number', () => {
  it('accepts the elfproef and the mod-97 (2020+) rule and rejects the rest', () => {
    expect(isValidDutchVatNumber('NL123456782B01')).toBe(true); // elfproef: 156 mod 11 = 2
    expect(isValidDutchVatNumber('NL000099998B57')).toBe(true); // Belastingdienst's sole-trader example (mod 97)
    expect(isValidDutchVatNumber('NL123456781B01')).toBe(false);
    expect(isValidDutchVatNumber('NL12345678B01')).toBe(false);
    expect(isValidDutchVatNumber('BE0123456749')).toBe(false);
  });

  it('generates valid numbers of both kinds', () => {
    const random = createSeededRandom(2);
    for (let i = 0; i < 500; i++) {
      const business = generateVatNumber(random, 'elfproef');
      const soleTrader = generateVatNumber(random, 'mod97');
      expect(business).toMatch(/^NL\d{9}B0[1-3]$/);
      expect(soleTrader).toMatch(/^NL\d{9}B\d{2}$/);
      expect(isValidDutchVatNumber(business)).toBe(true);
      expect(isValidDutchVatNumber(soleTrader)).toBe(true);
    }
  });
});
