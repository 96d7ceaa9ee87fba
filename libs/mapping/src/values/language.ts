import { type Language } from '../model/canonical.js';

const DUTCH = new Set(['nl', 'nld', 'dut', 'dutch', 'nederlands', 'vlaams', 'flemish']);
const ENGLISH = new Set(['en', 'eng', 'english', 'engels']);
/** Names of the neighbours' languages, so `German` is treated like `DE`. */
const OTHER_LANGUAGE_NAMES = new Set(['german', 'deutsch', 'duits', 'french', 'français', 'francais', 'frans']);
/** A BCP-47-like tag (`de`, `fr-BE`, `pt_BR`): a language code we recognise as *a* language. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/;

/**
 * The letter language for a platform's language value. Never throws: a debtor's letter must go
 * out in some language, so this is a policy, not a validation.
 * - Dutch in any spelling (`NL`, `nl-NL`, `nl-BE`, `Dutch`, `Nederlands`, Exact's padded
 *   `"NL        "`) → `nl`;
 * - English in any spelling (`EN`, `en-GB`, `English`, `Engels`) → `en`;
 * - another recognisable language code (`DE`, `fr-FR`) or a German/French name → `en`: a
 *   foreign debtor is likelier to read English than Dutch, and we only write letters in these two;
 * - missing, empty or unrecognisable → `nl`, the language of the Dutch administrations the hub serves.
 */
export function parseLanguage(raw: unknown): Language {
  if (typeof raw !== 'string') return 'nl';
  const text = raw.trim().toLowerCase();
  // The first word decides: `nl-BE`, `English (UK)`, `Nederlands (België)`.
  const primary = text.split(/[^\p{L}]/u)[0];
  if (DUTCH.has(primary)) return 'nl';
  if (ENGLISH.has(primary)) return 'en';
  return LANGUAGE_TAG.test(text) || OTHER_LANGUAGE_NAMES.has(primary) ? 'en' : 'nl';
}

/** Countries whose debtors get Dutch letters: the Netherlands, Belgium (Flanders is the likelier
 * counterparty of a Dutch firm) and the Dutch-speaking Caribbean and Suriname. */
const DUTCH_SPEAKING_COUNTRIES = new Set(['NL', 'BE', 'SR', 'AW', 'CW', 'SX', 'BQ']);

/**
 * The letter language derived from a debtor's country, for platforms without a language field
 * (SnelStart). No country → `nl` (the administration's own country); Dutch-speaking → `nl`; any
 * other → `en`.
 */
export function languageForCountry(countryCode: string | null): Language {
  if (countryCode === null) return 'nl';
  return DUTCH_SPEAKING_COUNTRIES.has(countryCode.trim().toUpperCase()) ? 'nl' : 'en';
}
