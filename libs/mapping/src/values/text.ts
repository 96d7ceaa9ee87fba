import { MappingError } from '../model/mapping-error.js';
import { typeOf } from './raw.js';

/**
 * A code the platform pads to a fixed width, trimmed: Exact's `crm/Accounts.Code` is 18
 * characters right-aligned (`"                 1"` → `"1"`), `Country` and `Language` carry
 * trailing spaces. Whole numbers are accepted too (SnelStart's `relatiecode` is an integer).
 * A code that is empty after trimming is an error; use parseOptional for optional codes.
 */
export function trimPadded(raw: unknown, field: string): string {
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) throw new MappingError(field, raw, 'numeric code must be a whole number');
    return String(raw);
  }
  return requiredText(raw, field);
}

/** Trimmed text, or null for null, undefined, empty and whitespace-only strings. */
export function optionalText(raw: unknown, field: string): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') throw new MappingError(field, raw, `expected text, got ${typeOf(raw)}`);
  const text = raw.trim();
  return text === '' ? null : text;
}

/** Trimmed text that must be there: missing, empty and whitespace-only are errors. */
export function requiredText(raw: unknown, field: string): string {
  const text = optionalText(raw, field);
  if (text === null) throw new MappingError(field, raw, raw === null || raw === undefined ? 'missing text' : 'empty text');
  return text;
}
