// Wall-clock time in the zones the hub deals with, through Intl (so DST and historical rules
// come from the runtime's time-zone database, not from a hand-written rule).
import { epochDayOf, MS_PER_DAY } from './calendar.js';

export const TIME_ZONES = ['Europe/Amsterdam', 'UTC'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<TimeZone, Intl.DateTimeFormat>();

function formatterFor(zone: TimeZone): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at an instant (whole seconds; milliseconds are the caller's). */
export function wallClockIn(zone: TimeZone, epochMs: number): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(zone).formatToParts(epochMs)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** A wall-clock reading as if it were UTC, in epoch milliseconds: the common currency for offsets. */
export function wallClockAsUtcMs(wall: WallClock, millisecond = 0): number {
  const time = ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 + millisecond;
  return epochDayOf(wall) * MS_PER_DAY + time;
}

/** Offsets change only on quarter hours (in every zone the hub knows), so one lookup per quarter hour is exact. */
const OFFSET_BUCKET_MS = 15 * 60_000;
const OFFSET_CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, number>();

/**
 * How far `zone` is ahead of UTC at an instant, in milliseconds (+3_600_000 for CET). Cached per
 * quarter hour: Intl's formatToParts is slow, and a sync reads thousands of dates a second.
 */
export function offsetMsAt(zone: TimeZone, epochMs: number): number {
  const bucket = Math.floor(epochMs / OFFSET_BUCKET_MS);
  const key = `${zone}:${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const start = bucket * OFFSET_BUCKET_MS;
  const offset = wallClockAsUtcMs(wallClockIn(zone, start)) - start;
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

const TWELVE_HOURS = 12 * 3_600_000;

/**
 * The instant at which `zone`'s clocks show the wall time `wallAsUtcMs` (a wall reading encoded
 * as if UTC). The two DST edge cases follow Temporal's "compatible" choice:
 * - a time that happens twice (the autumn hour 02:00-03:00 in Amsterdam) takes the earlier
 *   instant, the summer-time one; for an incremental-sync cursor earlier is the safe side;
 * - a time that never happens (the spring hour 02:00-03:00) is read with the offset from before
 *   the change, which lands as far after the gap as it was into it (02:30 → 03:30 CEST).
 */
export function wallTimeToEpochMs(zone: TimeZone, wallAsUtcMs: number): number {
  const offsetBefore = offsetMsAt(zone, wallAsUtcMs - TWELVE_HOURS);
  const offsetAfter = offsetMsAt(zone, wallAsUtcMs + TWELVE_HOURS);
  // A reading is valid with an offset when the zone really has that offset at the resulting instant.
  const candidates = [offsetBefore, offsetAfter]
    .filter((offset) => offsetMsAt(zone, wallAsUtcMs - offset) === offset)
    .map((offset) => wallAsUtcMs - offset);
  if (candidates.length === 0) return wallAsUtcMs - offsetBefore;
  return Math.min(...candidates);
}
