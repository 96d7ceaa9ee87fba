import { MappingError } from '../model/mapping-error.js';
import { passesElfproef } from './elfproef.js';
import { typeOf } from './raw.js';

/**
 * A KvK (Dutch Chamber of Commerce) number: 8 digits. Strips spaces, dots and dashes and a
 * leading label (`KvK`, `KvK-nummer`, `KVK nr.:` ...). A JSON number is accepted and left-padded
 * with zeros, since a number cannot carry the leading zero some KvK numbers have.
 *
 * Deliberately no elfproef: KvK numbers used to satisfy one, but the KvK stopped guaranteeing it
 * when the old number range ran out, and numbers issued since do not all pass. Checking it would
 * reject real companies. A 12-digit vestigingsnummer (branch number), which packages sometimes
 * hold in the same field, is rejected with its own reason.
 */
export function parseKvkNumber(raw: unknown, field: string): string {
  const digits = digitsOf(raw, field, 'KvK number', 8, /^k\.?v\.?k\.?(?:[\s-]*(?:nummer|nr\.?|no\.?))?\s*:?/i);
  if (digits.length === 12) throw new MappingError(field, raw, 'a 12-digit vestigingsnummer (branch number), not an 8-digit KvK number');
  if (!/^\d{8}$/.test(digits)) throw new MappingError(field, raw, 'KvK number must have 8 digits');
  if (/^0+$/.test(digits)) throw new MappingError(field, raw, 'KvK number cannot be all zeros');
  return digits;
}

/**
 * An RSIN (the 9-digit fiscal number of a legal entity), which must pass the elfproef.
 * Separators and an `RSIN` label are stripped; a JSON number is left-padded like a KvK number.
 */
export function parseRsin(raw: unknown, field: string): string {
  const digits = digitsOf(raw, field, 'RSIN', 9, /^rsin\s*:?/i);
  if (!/^\d{9}$/.test(digits)) throw new MappingError(field, raw, 'RSIN must have 9 digits');
  if (!passesElfproef(digits)) throw new MappingError(field, raw, 'RSIN fails the elfproef');
  return digits;
}

function digitsOf(raw: unknown, field: string, what: string, length: number, label: RegExp): string {
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw < 0) throw new MappingError(field, raw, `${what} must be a whole number`);
    return String(raw).padStart(length, '0');
  }
  if (typeof raw !== 'string') {
    throw new MappingError(field, raw, raw === null || raw === undefined ? `missing ${what}` : `expected a ${what} as a string, got ${typeOf(raw)}`);
  }
  const digits = raw.trim().replace(label, '').replace(/[\s.-]/g, '');
  if (digits === '') throw new MappingError(field, raw, `empty ${what}`);
  return digits;
}
