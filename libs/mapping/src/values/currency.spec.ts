import { isCurrencyCode, parseCurrencyCode } from './currency.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseCurrencyCode', () => {
  it.each([
    ['EUR', 'EUR'],
    ['eur', 'EUR'],
    [' Usd ', 'USD'],
    ['GBP\u00a0', 'GBP'],
    ['€', 'EUR'],
    [' € ', 'EUR'],
  ])('%p → %p', (raw, code) => {
    expect(parseCurrencyCode(raw, 'Currency')).toBe(code);
  });

  it.each(['', ' ', 'EU', 'EURO', 'E1R', '$', 'US$', 'EUR EUR', 'ÉUR', '978'])('rejects %p', (raw) => {
    expectMappingError(() => parseCurrencyCode(raw, 'Currency'), 'Currency', raw);
  });

  it.each([null, undefined, 978, true, {}, ['EUR']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseCurrencyCode(raw, 'Currency'), 'Currency', raw);
  });

  it('isCurrencyCode checks the canonical shape only', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode(' EUR')).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
  });
});
