import { MappingError } from '../model/mapping-error.js';
import { requireString } from './raw.js';

// Four digits (no leading zero), two letters; PostNL never issues SA, SD or SS.
const DUTCH_POSTAL_CODE = /^([1-9]\d{3})\s*-?\s*([A-Z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

/** A Dutch postcode in its standard written form `1234 AB` (from `1234AB`, `1234 ab`, `1234-AB`). */
export function parseDutchPostalCode(raw: unknown, field: string): string {
  const text = requireString(raw, field, 'postal code').trim().toUpperCase();
  const match = DUTCH_POSTAL_CODE.exec(text);
  if (!match) throw new MappingError(field, raw, 'not a Dutch postcode (1234 AB)');
  if (NEVER_ISSUED.has(match[2])) throw new MappingError(field, raw, `Dutch postcodes never use the letters ${match[2]}`);
  return `${match[1]} ${match[2]}`;
}

/**
 * A postal code for an address in `countryCode`, tidied for letters: trimmed, upper-cased, runs
 * of whitespace collapsed, and a valid Dutch postcode put in its standard form (`2831AA` →
 * `2831 AA`). It does not reject a Dutch code that is not valid: real administrations hold
 * incomplete ones (Exact's own recorded fixture has a Houten account with postcode `3995`), and
 * a postcode is address text, not a key worth quarantining a debtor over. Use
 * parseDutchPostalCode to validate.
 */
export function parsePostalCode(raw: unknown, field: string, countryCode: string | null): string {
  const text = requireString(raw, field, 'postal code').trim().replace(/\s+/g, ' ').toUpperCase();
  if (text === '') throw new MappingError(field, raw, 'empty postal code');
  const dutch = countryCode === 'NL' ? DUTCH_POSTAL_CODE.exec(text) : null;
  return dutch && !NEVER_ISSUED.has(dutch[2]) ? `${dutch[1]} ${dutch[2]}` : text;
}
