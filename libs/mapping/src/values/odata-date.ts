// Exact Online's WCF-style dates: "/Date(1700000000000)/" and "/Date(1700000000000+0100)/".
import { type IsoDate, type IsoInstant } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { calendarDayOf, formatCalendarDay, isCalendarDay, MS_PER_DAY } from './calendar.js';
import { isoInstantOf } from './instant.js';
import { requireString } from './raw.js';
import { offsetMsAt } from './time-zone.js';

// The backslashes are optional so a value read from not-yet-unescaped JSON ("\/Date(...)\/") passes too.
const ODATA_DATE = /^\\?\/Date\((-?\d{1,16})(?:([+-])(\d{2})(\d{2}))?\)\\?\/$/;

interface ODataDate {
  /** Milliseconds since the epoch, UTC: in this format the number is UTC even when an offset follows. */
  epochMs: number;
  /** The offset the server appended (the sender's local offset), or null when there was none. */
  offsetMs: number | null;
}

function readODataDate(raw: unknown, field: string): ODataDate {
  const text = requireString(raw, field, 'OData date').trim();
  const match = ODATA_DATE.exec(text);
  if (!match) throw new MappingError(field, raw, 'not an OData date of the form /Date(milliseconds)/');
  const [, milliseconds, sign, hours, minutes] = match;
  if (sign !== undefined && (Number(hours) > 23 || Number(minutes) > 59)) throw new MappingError(field, raw, 'invalid UTC offset');
  const offsetMs = sign === undefined ? null : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  return { epochMs: Number(milliseconds), offsetMs };
}

/**
 * An `Edm.DateTime` moment (e.g. `Modified`, `Created`) as a UTC instant. The milliseconds are
 * UTC by the format's definition; an appended offset only says what the sender's local time was,
 * so it does not change the instant.
 */
export function parseODataDate(raw: unknown, field: string): IsoInstant {
  return isoInstantOf(readODataDate(raw, field).epochMs, field, raw);
}

/**
 * A day field (`InvoiceDate`, `DueDate`, ...) sent as an OData date, as the IsoDate Exact meant.
 *
 * exact-online.md §3.4: day fields come as midnight UTC (`/Date(1351209600000)/` =
 * 2012-10-26T00:00Z, confirmed by every fixture, including the 2026 French-region recordings in
 * summer time), but "midnight UTC" is marked as derived, not documented. So, defensively:
 * - with an appended offset, the day is read at that offset (local midnight);
 * - without one, midnight UTC gives the UTC day; failing that, midnight Europe/Amsterdam (22:00 or
 *   23:00 UTC the day before) gives the Amsterdam day, in case some endpoint serialises Dutch
 *   local midnight;
 * - any other time of day is rejected rather than guessed: a day field carrying a time means the
 *   assumption above is wrong, and a due date silently off by one would send reminders on the
 *   wrong day. The record is quarantined with its raw value instead.
 */
export function parseODataDay(raw: unknown, field: string): IsoDate {
  const { epochMs, offsetMs } = readODataDate(raw, field);
  const localMsCandidates =
    offsetMs !== null ? [epochMs + offsetMs] : [epochMs, epochMs + offsetMsAt('Europe/Amsterdam', epochMs)];
  const localMidnight = localMsCandidates.find((localMs) => localMs % MS_PER_DAY === 0);
  if (localMidnight === undefined) throw new MappingError(field, raw, 'day field carries a time of day; cannot tell which day was meant');
  const day = calendarDayOf(localMidnight / MS_PER_DAY);
  if (!isCalendarDay(day)) throw new MappingError(field, raw, 'date outside the years 0001-9999');
  return formatCalendarDay(day);
}
