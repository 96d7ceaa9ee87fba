// Whole days since the epoch (UTC): integer arithmetic in the hot loop, formatted once per day.
import type { SandboxDate } from '../contracts.js';

const DAY_MS = 86_400_000;

export function dayNumber(date: SandboxDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(ms)) throw new RangeError(`Invalid date: ${date}`);
  return Math.floor(ms / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Formats day numbers, caching each day's string (a few hundred distinct days per run). */
export function createDayFormatter(): (day: number) => SandboxDate {
  const cache = new Map<number, SandboxDate>();
  return (day) => {
    let formatted = cache.get(day);
    if (formatted === undefined) {
      formatted = new Date(day * DAY_MS).toISOString().slice(0, 10);
      cache.set(day, formatted);
    }
    return formatted;
  };
}

/**
 * Stable bucket sort by day number: O(n) for the few hundred distinct days a history spans,
 * where a comparison sort of 200,000 records would dominate generation time.
 */
export function sortByDay<T>(items: readonly T[], dayOf: (item: T) => number): T[] {
  if (items.length === 0) return [];
  let first = dayOf(items[0] as T);
  let last = first;
  for (const item of items) {
    const day = dayOf(item);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const buckets: T[][] = [];
  for (let day = first; day <= last; day++) buckets.push([]);
  for (const item of items) (buckets[dayOf(item) - first] as T[]).push(item);
  return buckets.flat();
}
