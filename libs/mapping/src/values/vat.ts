import { MappingError } from '../model/mapping-error.js';
import { passesElfproef } from './elfproef.js';
import { mod97 } from './mod97.js';
import { requireString } from './raw.js';
import { VAT_PATTERNS } from './vat-patterns.js';

const DUTCH_VAT = /^NL(\d{9})B(\d{2})$/;

/**
 * A VAT identification number, normalised: upper case, without spaces, dots or dashes
 * (`nl 8888.88.888 b01` → `NL888888888B01`).
 *
 * Dutch numbers (`NL` + 9 digits + `B` + 2 digits) must pass one of the two checks in use: the
 * mod-97 of the btw-identificatienummer issued to sole proprietors since 2020 (the whole string
 * with N=23, L=21, B=11 is ≡ 1 mod 97) or the older elfproef on the 9 digits. A Dutch number
 * written without its `NL` prefix gets it back. Greek numbers written `GR…` become `EL…` (the
 * prefix VIES uses). Other countries are checked against a shape table (vat-patterns.ts) without
 * checksums; a prefix that is not in the table is rejected.
 */
export function parseVatNumber(raw: unknown, field: string): string {
  let vat = requireString(raw, field, 'VAT number').replace(/[\s.-]/g, '').toUpperCase();
  if (vat === '') throw new MappingError(field, raw, 'empty VAT number');
  if (/^\d{9}B\d{2}$/.test(vat)) vat = `NL${vat}`;
  if (vat.startsWith('GR')) vat = `EL${vat.slice(2)}`;

  const country = vat.slice(0, 2);
  if (country === 'NL') {
    if (!isValidDutchVat(vat)) throw new MappingError(field, raw, 'not a valid Dutch VAT number (NL + 9 digits + B + 2 digits, passing mod 97 or elfproef)');
    return vat;
  }
  const pattern = /^[A-Z]{2}/.test(country) ? VAT_PATTERNS[country] : undefined;
  if (pattern === undefined) throw new MappingError(field, raw, 'VAT number lacks a known country prefix');
  if (!pattern.test(vat)) throw new MappingError(field, raw, `not a valid ${country} VAT number`);
  return vat;
}

/** The two Dutch checks on an already normalised `NL#########B##` string. */
export function isValidDutchVat(vat: string): boolean {
  const match = DUTCH_VAT.exec(vat);
  if (!match || /^0+$/.test(match[1])) return false;
  return mod97(vat) === 1 || passesElfproef(match[1]);
}
