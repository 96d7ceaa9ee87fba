// Moments (IsoInstant, UTC with Z) from platform input.
import { type IsoInstant } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { epochDayOf, isCalendarDay, MS_PER_DAY } from './calendar.js';
import { typeOf } from './raw.js';
import { type TimeZone, wallTimeToEpochMs } from './time-zone.js';

export interface InstantParseOptions {
  /**
   * The zone to read a time *without* an offset in. Without this option such strings are
   * rejected: guessing a zone silently shifts every timestamp. SnelStart's `modifiedOn` comes
   * without a zone and is taken to be Europe/Amsterdam (see platforms/snelstart.md).
   */
  assumeZone?: TimeZone;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO-8601 date-time into a UTC instant `YYYY-MM-DDTHH:mm:ss.sssZ`. Accepts `Z`,
 * `±HH:MM`, `±HHMM` and `±HH` offsets, a space for the `T`, missing seconds, and any number of
 * fraction digits (beyond milliseconds they are truncated, as .NET's seven digits need).
 * A JS Date is taken as the instant it is. A date without a time is a day, not an instant:
 * rejected. Epoch numbers are rejected too (seconds or milliseconds would be a guess).
 */
export function parseInstant(raw: unknown, field: string, options: InstantParseOptions = {}): IsoInstant {
  if (raw instanceof Date) return isoInstantOf(raw.getTime(), field, raw);
  if (typeof raw !== 'string') {
    throw new MappingError(field, raw, raw === null || raw === undefined ? 'missing date-time' : `expected a date-time string, got ${typeOf(raw)}`);
  }
  const match = ISO_DATE_TIME.exec(raw.trim());
  if (!match) throw new MappingError(field, raw, 'not an ISO-8601 date-time');
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone] = match;
  const calendarDay = { year: Number(year), month: Number(month), day: Number(day) };
  if (!isCalendarDay(calendarDay)) throw new MappingError(field, raw, 'not a real calendar day');
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw new MappingError(field, raw, 'invalid time of day');

  const millisecond = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallAsUtcMs =
    epochDayOf(calendarDay) * MS_PER_DAY + ((Number(hour) * 60 + Number(minute)) * 60 + Number(second)) * 1000 + millisecond;

  if (zone !== undefined) return isoInstantOf(wallAsUtcMs - offsetMs(zone, field, raw), field, raw);
  if (options.assumeZone === undefined) {
    throw new MappingError(field, raw, 'date-time has no time zone (and no zone was agreed for this field)');
  }
  return isoInstantOf(wallTimeToEpochMs(options.assumeZone, wallAsUtcMs), field, raw);
}

/** `Z`, `+01:00`, `+0100` or `+01` → milliseconds ahead of UTC. */
function offsetMs(zone: string, field: string, raw: unknown): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 18 || minutes > 59) throw new MappingError(field, raw, 'invalid UTC offset');
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Epoch milliseconds → IsoInstant, rejecting what falls outside the years 0001-9999. */
export function isoInstantOf(epochMs: number, field: string, raw: unknown): IsoInstant {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) throw new MappingError(field, raw, 'invalid date-time');
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new MappingError(field, raw, 'date-time outside the years 0001-9999');
  return date.toISOString();
}

/** True for the canonical instant form this module produces: `YYYY-MM-DDTHH:mm:ss.sssZ`, a real moment. */
export function isIsoInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const epochMs = Date.parse(value);
  return !Number.isNaN(epochMs) && new Date(epochMs).toISOString() === value;
}
