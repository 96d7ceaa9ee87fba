import { languageForCountry, parseLanguage } from './language.js';

describe('parseLanguage', () => {
  it.each(['NL', 'nl', 'NL        ', 'nl-NL', 'nl_NL', 'nl-BE', 'NLD', 'dut', 'Dutch', 'DUTCH', 'Nederlands', 'Nederlands (België)', 'Vlaams', 'Flemish'])(
    '%p → nl',
    (raw) => {
      expect(parseLanguage(raw)).toBe('nl');
    },
  );

  it.each(['EN', 'en', 'en-GB', 'en_US', 'EN        ', 'eng', 'English', 'english (UK)', 'Engels'])('%p → en', (raw) => {
    expect(parseLanguage(raw)).toBe('en');
  });

  it.each(['DE', 'de-DE', 'FR', 'fr-BE', 'es', 'pt_BR', 'German', 'Duits', 'Deutsch', 'Français', 'frans'])(
    'a foreign language %p → en (more readable than Dutch abroad)',
    (raw) => {
      expect(parseLanguage(raw)).toBe('en');
    },
  );

  it.each([null, undefined, '', '   ', 42, true, {}, ['EN'], '??', '12', 'Klingon', 'x'])('missing or unknown %p → nl (the default)', (raw) => {
    expect(parseLanguage(raw)).toBe('nl');
  });
});

describe('languageForCountry', () => {
  it.each([
    [null, 'nl'],
    ['NL', 'nl'],
    ['nl ', 'nl'],
    ['BE', 'nl'],
    ['SR', 'nl'],
    ['CW', 'nl'],
    ['DE', 'en'],
    ['GB', 'en'],
    ['FR', 'en'],
    ['US', 'en'],
  ] as const)('%p → %p', (country, language) => {
    expect(languageForCountry(country)).toBe(language);
  });
});
