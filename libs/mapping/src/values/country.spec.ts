import { COUNTRY_CODES } from './country-codes.js';
import { parseCountryCode } from './country.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseCountryCode', () => {
  it.each([
    ['NL', 'NL'],
    ['NL ', 'NL'],
    ['nl', 'NL'],
    [' be\u00a0', 'BE'],
    ['FR ', 'FR'],
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['XK', 'XK'],
    ['Nederland', 'NL'],
    ['the  netherlands', 'NL'],
    ['Holland', 'NL'],
    ['België', 'BE'],
    ['Belgie', 'BE'],
    ['Duitsland', 'DE'],
    ['Deutschland', 'DE'],
  ])('%p → %p', (raw, code) => {
    expect(parseCountryCode(raw, 'Country')).toBe(code);
  });

  it.each(['', '   ', 'N', 'NLD', 'XX', 'ZZ', 'AA', 'N1', '12', 'Nederlandt', 'E U'])('rejects %p', (raw) => {
    expectMappingError(() => parseCountryCode(raw, 'Country'), 'Country', raw);
  });

  it.each([null, undefined, 528, {}, ['NL']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseCountryCode(raw, 'Country'), 'Country', raw);
  });

  it('holds the 249 assigned codes plus XK', () => {
    expect(COUNTRY_CODES.size).toBe(250);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});
