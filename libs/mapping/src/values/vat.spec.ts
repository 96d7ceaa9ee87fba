import { isValidDutchVat, parseVatNumber } from './vat.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseVatNumber', () => {
  describe('Dutch', () => {
    it('accepts a btw-id that passes mod 97 (issued since 2020) but not the elfproef', () => {
      expect(parseVatNumber('NL000099998B57', 'VATNumber')).toBe('NL000099998B57');
      expect(parseVatNumber('NL100000000B23', 'VATNumber')).toBe('NL100000000B23');
    });

    it('accepts an older number that passes the elfproef but not mod 97', () => {
      expect(parseVatNumber('NL123456782B01', 'VATNumber')).toBe('NL123456782B01');
    });

    it.each([
      ['nl123456782b01', 'NL123456782B01'],
      [' NL 1234.56.782 B01 ', 'NL123456782B01'],
      ['NL-123456782-B01', 'NL123456782B01'],
      ['NL\u00a0000099998\u00a0B57', 'NL000099998B57'],
      ['123456782B01', 'NL123456782B01'],
    ])('normalises %p → %p', (raw, vat) => {
      expect(parseVatNumber(raw, 'VATNumber')).toBe(vat);
    });

    it.each([
      'NL123456789B01', // fails both
      'NL000099998B58', // mod 97 broken by the suffix
      'NL123456782B0',
      'NL123456782B001',
      'NL12345678B01',
      'NL1234567820B01',
      'NL123456782X01',
      'NL123456782',
      'NL000000000B00',
      'NL',
    ])('rejects %p', (raw) => {
      expect(expectMappingError(() => parseVatNumber(raw, 'VATNumber'), 'VATNumber', raw).reason).toMatch(/Dutch VAT/);
    });
  });

  describe('other countries, by shape', () => {
    it.each([
      ['DE123456789', 'DE123456789'],
      ['de 123 456 789', 'DE123456789'],
      ['BE0123456789', 'BE0123456789'],
      ['BE 0123.456.789', 'BE0123456789'],
      ['BE1123456789', 'BE1123456789'],
      ['ATU12345678', 'ATU12345678'],
      ['FR12345678901', 'FR12345678901'],
      ['FRXX123456789', 'FRXX123456789'],
      ['ESX1234567X', 'ESX1234567X'],
      ['ES12345678Z', 'ES12345678Z'],
      ['IE1234567WA', 'IE1234567WA'],
      ['IE1A23456B', 'IE1A23456B'],
      ['EL123456789', 'EL123456789'],
      ['GR123456789', 'EL123456789'],
      ['GB123456789', 'GB123456789'],
      ['GBGD001', 'GBGD001'],
      ['XI123456789', 'XI123456789'],
      ['CHE-123.456.789 MWST', 'CHE123456789MWST'],
      ['NO123456789MVA', 'NO123456789MVA'],
      ['SE123456789001', 'SE123456789001'],
      ['LT123456789012', 'LT123456789012'],
    ])('%p → %p', (raw, vat) => {
      expect(parseVatNumber(raw, 'VATNumber')).toBe(vat);
    });

    it.each([
      ['DE12345678', /DE VAT/],
      ['DE1234567890', /DE VAT/],
      ['ATU1234567', /AT VAT/],
      ['AT12345678', /AT VAT/],
      ['BE2123456789', /BE VAT/],
      ['FRIO123456789', /FR VAT/],
      ['SE123456789012', /SE VAT/],
      ['US123456789', /country prefix/],
      ['XX123456789', /country prefix/],
      ['123456789', /country prefix/],
      ['12345678901', /country prefix/],
      ['', /empty/],
      ['  . ', /empty/],
    ])('rejects %p', (raw, reason) => {
      expect(expectMappingError(() => parseVatNumber(raw, 'VATNumber'), 'VATNumber', raw).reason).toMatch(reason);
    });
  });

  it.each([null, undefined, 123456789, {}, ['NL123456782B01']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseVatNumber(raw, 'VATNumber'), 'VATNumber', raw);
  });
});

describe('isValidDutchVat', () => {
  it('expects the normalised form', () => {
    expect(isValidDutchVat('NL123456782B01')).toBe(true);
    expect(isValidDutchVat('NL 123456782 B01')).toBe(false);
    expect(isValidDutchVat('nl123456782b01')).toBe(false);
  });
});
