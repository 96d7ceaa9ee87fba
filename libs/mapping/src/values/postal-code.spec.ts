import { parseDutchPostalCode, parsePostalCode } from './postal-code.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseDutchPostalCode', () => {
  it.each([
    ['1234AB', '1234 AB'],
    ['1234 AB', '1234 AB'],
    ['1234ab', '1234 AB'],
    [' 1234  ab ', '1234 AB'],
    ['1234-AB', '1234 AB'],
    ['1234 - AB', '1234 AB'],
    ['9999ZZ', '9999 ZZ'],
    ['1000\u00a0AA', '1000 AA'],
  ])('%p → %p', (raw, postcode) => {
    expect(parseDutchPostalCode(raw, 'Postcode')).toBe(postcode);
  });

  it.each([
    ['0123AB', /Dutch postcode/],
    ['123AB', /Dutch postcode/],
    ['12345AB', /Dutch postcode/],
    ['1234A', /Dutch postcode/],
    ['1234ABC', /Dutch postcode/],
    ['AB1234', /Dutch postcode/],
    ['1234 A B', /Dutch postcode/],
    ['1234 ÄB', /Dutch postcode/],
    ['B-1000', /Dutch postcode/],
    ['', /Dutch postcode/],
    ['1234SA', /never use the letters SA/],
    ['1234 sd', /never use the letters SD/],
    ['1234SS', /never use the letters SS/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parseDutchPostalCode(raw, 'Postcode'), 'Postcode', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, 1234, {}])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseDutchPostalCode(raw, 'Postcode'), 'Postcode', raw);
  });
});

describe('parsePostalCode', () => {
  it('puts valid Dutch postcodes in the standard form', () => {
    expect(parsePostalCode('1234ab', 'postcode', 'NL')).toBe('1234 AB');
    expect(parsePostalCode(' 1234 - ab ', 'postcode', 'NL')).toBe('1234 AB');
  });

  it('keeps an incomplete Dutch postcode as written instead of rejecting the address', () => {
    expect(parsePostalCode('3995', 'postcode', 'NL')).toBe('3995');
    expect(parsePostalCode(' 1234  sa ', 'postcode', 'NL')).toBe('1234 SA');
  });

  it('only tidies other countries', () => {
    expect(parsePostalCode(' 1000 ', 'postcode', 'BE')).toBe('1000');
    expect(parsePostalCode('sw1a   1aa', 'postcode', 'GB')).toBe('SW1A 1AA');
    expect(parsePostalCode('10115', 'postcode', null)).toBe('10115');
    expect(parsePostalCode('1234AB', 'postcode', 'BE')).toBe('1234AB');
    expectMappingError(() => parsePostalCode('  ', 'postcode', 'DE'), 'postcode', '  ');
    expectMappingError(() => parsePostalCode(10115, 'postcode', 'DE'), 'postcode', 10115);
  });
});
