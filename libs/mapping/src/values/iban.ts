import { MappingError } from '../model/mapping-error.js';
import { IBAN_LENGTHS } from './iban-lengths.js';
import { mod97 } from './mod97.js';
import { requireString } from './raw.js';

/**
 * An IBAN, normalised to upper case without separators (`NL91ABNA0417164300`). Accepts the
 * printed form with spaces, dashes or dots and an `IBAN` label (`IBAN: NL91 ABNA 0417 1643 00`).
 * Checks: two-letter country with its registered length, check digits 02-98, the Dutch BBAN shape
 * (4-letter bank code + 10 digits), and ISO 7064 mod-97 = 1.
 */
export function parseIban(raw: unknown, field: string): string {
  const iban = normaliseIban(requireString(raw, field, 'IBAN'));
  const reason = ibanProblem(iban);
  if (reason !== null) throw new MappingError(field, raw, reason);
  return iban;
}

/** The non-throwing check, for callers that keep a debtor without a bank account rather than quarantine it. */
export function isValidIban(raw: unknown): boolean {
  return typeof raw === 'string' && ibanProblem(normaliseIban(raw)) === null;
}

/** Groups of four for display: `NL91 ABNA 0417 1643 00`. */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

function normaliseIban(text: string): string {
  return text
    .trim()
    .replace(/^iban\b\s*:?/i, '')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}

function ibanProblem(iban: string): string | null {
  if (iban === '') return 'empty IBAN';
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return 'not an IBAN (country code, two check digits, then letters and digits)';
  const country = iban.slice(0, 2);
  const expectedLength = IBAN_LENGTHS[country];
  if (expectedLength === undefined) return `unknown IBAN country ${country}`;
  if (iban.length !== expectedLength) return `${country} IBAN must have ${expectedLength} characters, got ${iban.length}`;
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return 'IBAN check digits must be 02-98';
  if (country === 'NL' && !/^[A-Z]{4}\d{10}$/.test(iban.slice(4))) return 'Dutch IBAN must be NLkk + 4-letter bank code + 10 digits';
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return 'IBAN checksum (mod 97) fails';
  return null;
}
