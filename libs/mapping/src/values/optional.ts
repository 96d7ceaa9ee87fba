import { isBlank } from './raw.js';

/** Any of the value parsers: raw platform value and field name in, parsed value out or a MappingError. */
export type ValueParser<T> = (raw: unknown, field: string) => T;

/**
 * Runs `parse` on a value the platform may leave out. Null, undefined and blank strings mean
 * "not given" and become null (platforms send all three for an empty field); anything else must
 * parse, so a malformed value still fails loudly instead of silently disappearing.
 */
export function parseOptional<T>(raw: unknown, field: string, parse: ValueParser<T>): T | null {
  return isBlank(raw) ? null : parse(raw, field);
}
