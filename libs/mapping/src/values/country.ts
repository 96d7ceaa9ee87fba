import { MappingError } from '../model/mapping-error.js';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './country-codes.js';
import { requireString } from './raw.js';

/**
 * An ISO 3166-1 alpha-2 country code, upper case. Trims the padding Exact adds (`"NL "`),
 * maps the usual non-ISO codes (`UK` → `GB`, `EL` → `GR`) and the Dutch, English and local
 * names of the Netherlands, Belgium and Germany. Anything else must be an assigned code.
 */
export function parseCountryCode(raw: unknown, field: string): string {
  const text = requireString(raw, field, 'country code').trim().replace(/\s+/g, ' ').toUpperCase();
  if (text === '') throw new MappingError(field, raw, 'empty country code');
  const code = COUNTRY_ALIASES[text] ?? text;
  if (!COUNTRY_CODES.has(code)) throw new MappingError(field, raw, 'not an ISO 3166-1 alpha-2 country code');
  return code;
}
