import { EXACT_REGIONS, exactBaseUrlFor, isExactRegion } from './exact-regions.js';

describe('exactBaseUrlFor', () => {
  const configured = 'https://start.exactonline.nl';

  it('uses the configured base URL for no region and for nl, without a trailing slash', () => {
    expect(exactBaseUrlFor(undefined, configured)).toBe(configured);
    expect(exactBaseUrlFor('nl', 'http://127.0.0.1:4010/exact-online/')).toBe('http://127.0.0.1:4010/exact-online');
  });

  it('maps every other region to its own host (§1.1), the UK on .co.uk and the US on .com', () => {
    const hosts = EXACT_REGIONS.filter((region) => region !== 'nl').map((region) => [region, exactBaseUrlFor(region, configured)]);
    expect(Object.fromEntries(hosts)).toEqual({
      be: 'https://start.exactonline.be',
      de: 'https://start.exactonline.de',
      uk: 'https://start.exactonline.co.uk',
      fr: 'https://start.exactonline.fr',
      es: 'https://start.exactonline.es',
      us: 'https://start.exactonline.com',
    });
  });
});

describe('isExactRegion', () => {
  it('accepts the table and nothing else', () => {
    expect(EXACT_REGIONS.every(isExactRegion)).toBe(true);
    for (const other of ['NL', 'gb', 'com', '', ' nl', 1, null, undefined]) expect(isExactRegion(other)).toBe(false);
  });
});
