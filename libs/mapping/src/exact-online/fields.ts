// Readers for the fields of one Exact Online row (§3.4 data types). Each names Exact's field in
// the MappingError it throws, keeping the raw value. Internal to the Exact mappers.
import { type IsoDate, type IsoInstant } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { parseGuid } from '../values/guid.js';
import { isoInstantOf } from '../values/instant.js';
import { parseAmountToCents } from '../values/money.js';
import { parseODataDate, parseODataDay } from '../values/odata-date.js';
import { isBlank, typeOf } from '../values/raw.js';
import { type TimeZone, wallTimeToEpochMs } from '../values/time-zone.js';

export type ExactRow = Readonly<Record<string, unknown>>;

/** The row as a plain object; `entity` (e.g. `crm/Accounts`) names what was expected. */
export function asRow(raw: unknown, entity: string): ExactRow {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new MappingError(entity, raw, `expected an Exact ${entity} row (an object), got ${typeOf(raw)}`);
  }
  return raw as ExactRow;
}

/** An `Edm.Guid` that must be there, lower-cased (Exact sends lower case; keys must compare equal). */
export function readGuid(row: ExactRow, field: string): string {
  return parseGuid(row[field], field);
}

export function readOptionalGuid(row: ExactRow, field: string): string | null {
  return isBlank(row[field]) ? null : readGuid(row, field);
}

/**
 * An integer field as decimal text: `Edm.Int32` arrives as a JSON number, `Edm.Int64` as a JSON
 * string (§3.4). Strings keep their precision; numbers must be safe integers (a bigger JSON
 * number has already been rounded by the parser).
 */
export function readIntegerText(row: ExactRow, field: string): string | null {
  const raw = row[field];
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) throw new MappingError(field, raw, 'expected a whole number within the safe integer range');
    return String(raw);
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!/^-?\d+$/.test(text)) throw new MappingError(field, raw, 'expected a whole number');
    return BigInt(text).toString();
  }
  throw new MappingError(field, raw, `expected a whole number, got ${typeOf(raw)}`);
}

/** A small integer code (`LineType`, `Status`, `TransactionType`, `EntityType`). */
export function readCode(row: ExactRow, field: string): number | null {
  const text = readIntegerText(row, field);
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new MappingError(field, row[field], 'code out of range');
  return value;
}

export function readBoolean(row: ExactRow, field: string): boolean | null {
  const raw = row[field];
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'boolean') throw new MappingError(field, raw, `expected true or false, got ${typeOf(raw)}`);
  return raw;
}

/**
 * An `Edm.Double` amount in cents (§3.4: a JSON number; parseAmountToCents reads it through its
 * shortest decimal form, so float noise disappears). A string is read in the same machine
 * notation, `.` as the decimal point, never as a Dutch thousands separator.
 */
export function readAmount(row: ExactRow, field: string): number {
  return parseAmountToCents(row[field], field, { decimalSeparator: '.' });
}

export function readOptionalAmount(row: ExactRow, field: string): number | null {
  return row[field] === null || row[field] === undefined ? null : readAmount(row, field);
}

/** `Timestamp` (§4.9), an Int64 row version, as decimal text; see timestamp.ts. */
export function readTimestampText(row: ExactRow): string | null {
  const text = readIntegerText(row, 'Timestamp');
  if (text !== null && text.startsWith('-')) throw new MappingError('Timestamp', row.Timestamp, 'a row version is never negative');
  return text;
}

/** .NET's DateTime.MinValue, what a serialiser writes for a date nobody set: never a real invoice or due date. */
const DOTNET_MIN_DAY = '0001-01-01';

export function readDay(row: ExactRow, field: string): IsoDate | null {
  if (isBlank(row[field])) return null;
  const day = parseODataDay(row[field], field);
  // Quarantined, not stored: an open invoice "due" in year 1 would be dunned at once.
  if (day === DOTNET_MIN_DAY) throw new MappingError(field, row[field], 'DateTime.MinValue is not a real date');
  return day;
}

const EXPLICIT_OFFSET = /[+-]\d{4}\)\\?\/$/;

/**
 * An `Edm.DateTime` moment (`Modified`, `DeletedDate`) as a UTC instant, reading Exact's
 * wall-clock milliseconds in `zone` (see SourceContext.instantZone).
 */
export function parseExactInstant(raw: unknown, field: string, zone: TimeZone): IsoInstant {
  const asIfUtc = parseODataDate(raw, field);
  if (zone === 'UTC' || (typeof raw === 'string' && EXPLICIT_OFFSET.test(raw.trim()))) return asIfUtc;
  return isoInstantOf(wallTimeToEpochMs(zone, Date.parse(asIfUtc)), field, raw);
}

export function readInstant(row: ExactRow, field: string, zone: TimeZone): IsoInstant | null {
  return isBlank(row[field]) ? null : parseExactInstant(row[field], field, zone);
}
