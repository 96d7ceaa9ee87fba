// Calendar days (IsoDate, YYYY-MM-DD) from platform input.
import { type IsoDate } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { formatCalendarDay, isCalendarDay } from './calendar.js';
import { typeOf } from './raw.js';

/**
 * `YYYY-MM-DD`, optionally followed by a time of day (`T00:00:00`, `T00:00:00.000`, a space
 * instead of the `T`, with or without a zone) as SnelStart (`factuurDatum: "2026-01-15T00:00:00"`)
 * and e-Boekhouden send day fields.
 */
const DAY_WITH_OPTIONAL_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Parses a day field into an IsoDate that is a real calendar day (2026-02-30 is rejected).
 *
 * A date-time string yields the date part *as written*: a platform that sends a day as
 * `2026-01-15T00:00:00` means the 15th, whatever zone it appends, and shifting it through a zone
 * would move due dates by a day. A JS Date is read in UTC, the way `new Date('2026-01-15')` was made.
 */
export function parseIsoDate(raw: unknown, field: string): IsoDate {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new MappingError(field, raw, 'invalid Date');
    const day = { year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() };
    if (!isCalendarDay(day)) throw new MappingError(field, raw, 'date outside the years 0001-9999');
    return formatCalendarDay(day);
  }
  if (typeof raw !== 'string') {
    throw new MappingError(field, raw, raw === null || raw === undefined ? 'missing date' : `expected a date string, got ${typeOf(raw)}`);
  }
  const match = DAY_WITH_OPTIONAL_TIME.exec(raw.trim());
  if (!match) throw new MappingError(field, raw, 'not a date in YYYY-MM-DD form');
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isCalendarDay(day)) throw new MappingError(field, raw, 'not a real calendar day');
  const [hour, minute, second] = [match[4], match[5], match[6]].map((part) => Number(part ?? 0));
  if (hour > 23 || minute > 59 || second > 59) throw new MappingError(field, raw, 'invalid time of day');
  return formatCalendarDay(day);
}

/** True for a string that is exactly YYYY-MM-DD and a real calendar day. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isCalendarDay({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}
