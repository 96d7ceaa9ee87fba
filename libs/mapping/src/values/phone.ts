import { MappingError } from '../model/mapping-error.js';
import { requireString } from './raw.js';

/**
 * A phone number, lightly normalised: digits only, with a leading `+` for international numbers
 * (`+31 (0)20-123 45 67` → `+31201234567`, `0031 20 1234567` → `+31201234567`,
 * `020 - 123 45 67` → `0201234567`). The trunk `(0)` after a country code is dropped, since
 * dialling it internationally fails. No numbering-plan validation, just sanity: 6-15 digits (the
 * E.164 maximum), and nothing but digits, spaces, dots, dashes, slashes and brackets.
 * Letters (`bellen na 17u`, extensions) are rejected rather than silently cut.
 */
export function parsePhoneNumber(raw: unknown, field: string): string {
  const text = requireString(raw, field, 'phone number').trim();
  if (text === '') throw new MappingError(field, raw, 'empty phone number');
  if (!/^\+?[\d\s./()-]+$/.test(text)) throw new MappingError(field, raw, 'phone number may only contain digits, a leading + and separators');
  let international = text.startsWith('+');
  let digits = text.replace(/\(0\)/, international || text.startsWith('00') ? '' : '0').replace(/\D/g, '');
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  if (digits.length < 6 || digits.length > 15) throw new MappingError(field, raw, 'phone number must have 6 to 15 digits');
  return international ? `+${digits}` : digits;
}
