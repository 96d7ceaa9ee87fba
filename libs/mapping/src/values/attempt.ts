// Turning the readers' MappingErrors into MappingResults, so the mappers never throw on bad data.
// Shared by the platform mappers (exact-online, snelstart).
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { isBlank, typeOf } from './raw.js';
import { type ValueParser } from './optional.js';

/**
 * A MappingResult that also lists the values dropped on the way: optional details (an invalid
 * VAT number, a malformed phone number) that were set to null instead of quarantining the whole
 * record, each as the MappingError it would have been. Assignable to MappingResult<T>, so callers
 * that do not care can ignore `dropped`; the connector logs them so support can find and fix them.
 */
export type LenientMappingResult<T> = { ok: true; record: T; dropped: MappingError[] } | { ok: false; error: MappingError };

/** A raw row that could not be mapped, with its error, for the quarantine. */
export interface RowFailure {
  raw: unknown;
  error: MappingError;
}

/** Runs `build`; a MappingError becomes a failed result, anything else is a bug and propagates. */
export function attempt<T>(build: () => T): MappingResult<T> {
  try {
    return { ok: true, record: build() };
  } catch (error) {
    if (error instanceof MappingError) return { ok: false, error };
    throw error;
  }
}

/**
 * An optional detail parsed leniently: blank is null; a value of the wrong JSON type still fails
 * the record (the payload is not what we think it is); a value of the right type that does not
 * parse is dropped to null and recorded in `dropped`.
 */
export function parseLeniently<T>(raw: unknown, field: string, parse: ValueParser<T>, dropped: MappingError[]): T | null {
  if (isBlank(raw)) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new MappingError(field, raw, `expected text, got ${typeOf(raw)}`);
  try {
    return parse(raw, field);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    dropped.push(error);
    return null;
  }
}
