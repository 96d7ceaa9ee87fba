import { type CurrencyCode } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { requireString } from './raw.js';

/**
 * An ISO-4217 alphabetic code: trimmed and upper-cased (`" eur"` → `EUR`); the euro sign alone is
 * read as EUR. Checks the shape (three letters), not membership of the current code list: that
 * list changes and varies with the runtime's ICU data, and a well-formed unknown code does less
 * harm than a debtor quarantined over it.
 */
export function parseCurrencyCode(raw: unknown, field: string): CurrencyCode {
  const text = requireString(raw, field, 'currency code').trim().toUpperCase();
  if (text === '€') return 'EUR';
  if (!isCurrencyCode(text)) throw new MappingError(field, raw, 'not an ISO-4217 currency code (three letters)');
  return text;
}

/** True for three upper-case ASCII letters. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}
