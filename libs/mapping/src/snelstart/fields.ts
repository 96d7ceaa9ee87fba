// Readers for the fields of one SnelStart record (notes §3.2-§3.4). Each names SnelStart's field
// (dotted for nested ones) in the MappingError it throws, keeping the raw value. Internal.
import { type IsoDate, type IsoInstant } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { parseIsoDate } from '../values/dates.js';
import { parseGuid } from '../values/guid.js';
import { parseInstant } from '../values/instant.js';
import { parseAmountToCents } from '../values/money.js';
import { isBlank, typeOf } from '../values/raw.js';
import { type TimeZone } from '../values/time-zone.js';

export type SnelstartRecord = Readonly<Record<string, unknown>>;

/** The record as a plain object; `model` (e.g. `RelatieModel`) names what was expected. */
export function asRecord(raw: unknown, model: string): SnelstartRecord {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new MappingError(model, raw, `expected a SnelStart ${model} (an object), got ${typeOf(raw)}`);
  }
  return raw as SnelstartRecord;
}

/** A nested object (an address, an e-mail setting), or null when absent. */
export function readOptionalObject(record: SnelstartRecord, field: string): SnelstartRecord | null {
  const raw = record[field];
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new MappingError(field, raw, `expected an object, got ${typeOf(raw)}`);
  return raw as SnelstartRecord;
}

export function readId(record: SnelstartRecord): string {
  return parseGuid(record.id, 'id');
}

/** §3.4: a reference `{ id, uri }` that must be there; names `field.id` when the id is bad. */
export function readReference(record: SnelstartRecord, field: string): string {
  const reference = readOptionalObject(record, field);
  if (reference === null) throw new MappingError(field, record[field], 'missing reference');
  return parseGuid(reference.id, `${field}.id`);
}

/** A reference that may be null, absent or the empty guid (.NET's unset reference). */
export function readOptionalReference(record: SnelstartRecord, field: string): string | null {
  const reference = readOptionalObject(record, field);
  if (reference === null || isBlank(reference.id) || reference.id === EMPTY_GUID) return null;
  return parseGuid(reference.id, `${field}.id`);
}

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** §3.3: a .NET decimal as a JSON number (or, leniently, machine-notation text like `"121.00"`). */
export function readAmount(record: SnelstartRecord, field: string): number {
  return parseAmountToCents(record[field], field, { decimalSeparator: '.' });
}

export function readOptionalAmount(record: SnelstartRecord, field: string): number | null {
  return record[field] === null || record[field] === undefined ? null : readAmount(record, field);
}

export function readBoolean(record: SnelstartRecord, field: string): boolean | null {
  const raw = record[field];
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'boolean') throw new MappingError(field, raw, `expected true or false, got ${typeOf(raw)}`);
  return raw;
}

export function readInteger(record: SnelstartRecord, field: string): number | null {
  const raw = record[field];
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw)) throw new MappingError(field, raw, `expected a whole number, got ${typeOf(raw)}`);
  return raw;
}

/** .NET's DateTime.MinValue: what an unset date serialises to (`0001-01-01T00:00:00`). */
const UNSET_DAY = '0001-01-01';

/**
 * §3.2: a day sent as a midnight timestamp (`2026-01-15T00:00:00`), read as the day written.
 * Null for absent and for DateTime.MinValue, which means "never set", not the year 1.
 */
export function readOptionalDay(record: SnelstartRecord, field: string): IsoDate | null {
  if (isBlank(record[field])) return null;
  const day = parseIsoDate(record[field], field);
  return day === UNSET_DAY ? null : day;
}

export function readDay(record: SnelstartRecord, field: string): IsoDate {
  const day = readOptionalDay(record, field);
  if (day === null) throw new MappingError(field, record[field], record[field] === null || record[field] === undefined ? 'missing date' : 'unset date (DateTime.MinValue)');
  return day;
}

/** §3.2: `modifiedOn` has no offset; it is read as wall-clock time in `zone` (SourceContext.instantZone). */
export function readInstant(record: SnelstartRecord, field: string, zone: TimeZone): IsoInstant | null {
  const raw = record[field];
  if (isBlank(raw)) return null;
  if (typeof raw === 'string' && raw.trim().startsWith(UNSET_DAY)) return null;
  return parseInstant(raw, field, { assumeZone: zone });
}
