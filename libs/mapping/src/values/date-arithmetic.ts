// Arithmetic on IsoDate values as plain day numbers: no Date objects, no time zones, so a DST
// change can never turn "14 days later" into 13 or 15. Inputs are IsoDate values the hub already
// holds; anything else is a programming error and throws a RangeError.
import { type IsoDate } from '../model/canonical.js';
import { calendarDayOf, calendarDayOfIsoDate, epochDayOf, formatCalendarDay, isCalendarDay } from './calendar.js';
import { type TimeZone, wallClockIn } from './time-zone.js';

/** ISO weekday numbering: 1 = Monday ... 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${String(days)}`);
  const result = calendarDayOf(toEpochDay(date) + days);
  if (!isCalendarDay(result)) throw new RangeError(`${date} + ${days} days leaves the years 0001-9999`);
  return formatCalendarDay(result);
}

/** Days from `from` to `to`: positive when `to` is later (diffDays('2026-01-01', '2026-01-31') = 30). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** −1, 0 or 1, for sorting: `dates.sort(compareDates)`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return Math.sign(diffDays(b, a)) as -1 | 0 | 1;
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as DayOfWeek;
}

export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** The calendar day it is in `zone` at the instant `now` (passed in, so callers and tests control the clock). */
export function todayIn(zone: TimeZone, now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid Date');
  const { year, month, day } = wallClockIn(zone, now.getTime());
  return formatCalendarDay({ year, month, day });
}

function toEpochDay(date: IsoDate): number {
  return epochDayOf(calendarDayOfIsoDate(date));
}
