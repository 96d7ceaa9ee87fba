// Small guards shared by the value parsers. Internal: not exported from @hub/mapping.
import { MappingError } from '../model/mapping-error.js';

/** The raw value as a string, or a MappingError naming the field when it is anything else. */
export function requireString(raw: unknown, field: string, what: string): string {
  if (typeof raw === 'string') return raw;
  if (raw === null || raw === undefined) throw new MappingError(field, raw, `missing ${what}`);
  throw new MappingError(field, raw, `expected ${what} as a string, got ${typeOf(raw)}`);
}

/** `typeof` with null and arrays told apart, for error reasons. */
export function typeOf(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'array';
  return typeof raw;
}

/** Null, undefined or a string of only whitespace (including non-breaking spaces). */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
