import { IBAN_LENGTHS } from './iban-lengths.js';
import { formatIban, isValidIban, parseIban } from './iban.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseIban', () => {
  it.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
    ['nl91abna0417164300', 'NL91ABNA0417164300'],
    [' NL91-ABNA-0417-1643-00 ', 'NL91ABNA0417164300'],
    ['NL91.ABNA.0417.1643.00', 'NL91ABNA0417164300'],
    ['NL91\u00a0ABNA\u00a00417\u00a01643\u00a000', 'NL91ABNA0417164300'],
    ['IBAN NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
    ['IBAN: NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['BE68 5390 0754 7034', 'BE68539007547034'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ['NO93 8601 1117 947', 'NO9386011117947'],
    ['MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MT84MALT011000012345MTLCAST001S'],
    ['CH93 0076 2011 6238 5295 7', 'CH9300762011623852957'],
    ['LC55 HEMM 0001 0001 0012 0012 0002 3015', 'LC55HEMM000100010012001200023015'],
    ['NL02ABNA0000000039', 'NL02ABNA0000000039'],
  ])('%p → %p', (raw, iban) => {
    expect(parseIban(raw, 'iban')).toBe(iban);
  });

  it.each([
    ['NL91ABNA0417164301', /checksum/],
    ['NL19ABNA0417164300', /checksum/],
    ['NL91ABNA041716430', /18 characters/],
    ['NL91ABNA04171643000', /18 characters/],
    ['NL91ABNA041716430O', /Dutch IBAN/],
    ['NL91AB1A0417164300', /Dutch IBAN/],
    ['DE8937040044053201300', /22 characters/],
    ['XX91ABNA0417164300', /unknown IBAN country XX/],
    ['US12345678901234567', /unknown IBAN country US/],
    ['NL99ABNA0000000039', /check digits/], // passes mod 97, but 99 is never issued
    ['NL01ABNA0000000057', /check digits/], // likewise 01
    ['NL00ABNA0417164300', /check digits/],
    ['91NLABNA0417164300', /not an IBAN/],
    ['NLABABNA0417164300', /not an IBAN/],
    ['NL91ABNA0417_164300', /not an IBAN/],
    ['NL91ÄBNA0417164300', /not an IBAN/],
    ['0417164300', /not an IBAN/],
    ['', /empty/],
    ['   ', /empty/],
    ['IBAN', /empty/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parseIban(raw, 'iban'), 'iban', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, 12345678, {}, ['NL91ABNA0417164300']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseIban(raw, 'iban'), 'iban', raw);
  });

  it('catches every single-digit typo in a Dutch IBAN', () => {
    const valid = 'NL91ABNA0417164300';
    for (let position = 8; position < valid.length; position += 1) {
      for (const digit of '0123456789') {
        if (digit === valid[position]) continue;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        expect(isValidIban(typo)).toBe(false);
      }
    }
  });

  it('knows the SEPA countries, with Dutch IBANs at 18', () => {
    const sepa = 'AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL PT RO SE SI SK SM VA'.split(' ');
    expect(sepa.filter((country) => IBAN_LENGTHS[country] === undefined)).toEqual([]);
    expect(IBAN_LENGTHS.NL).toBe(18);
  });
});

describe('isValidIban', () => {
  it('answers without throwing', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 01')).toBe(false);
    expect(isValidIban(null)).toBe(false);
    expect(isValidIban(42)).toBe(false);
  });
});

describe('formatIban', () => {
  it('groups in fours', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(formatIban('nl91 abna0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
  });
});
