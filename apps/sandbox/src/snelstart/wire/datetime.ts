// SnelStart timestamps carry no offset (notes §3.2, 🟡 "naive local wall clock"). The store keeps
// them the same way: a "naive" millisecond count whose UTC fields are the wall-clock fields, so a
// `$filter` literal like datetime'2026-05-01T00:00:00' compares without any zone arithmetic.
import type { SandboxDate } from '../../core/contracts.js';

/** Wall-clock milliseconds: read with getUTC*; they are not an instant. */
export type NaiveMs = number;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at an instant. */
export function instantToNaive(instantMs: number, timeZone: string): NaiveMs {
  if (timeZone === 'UTC') return instantMs;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  return wholeSeconds + (((instantMs % 1000) + 1000) % 1000);
}

const dateCache = new Map<SandboxDate, NaiveMs>();

/** Midnight of a YYYY-MM-DD date (cached: seeding converts the same few hundred days millions of times). */
export function dateToNaive(date: SandboxDate): NaiveMs {
  let naive = dateCache.get(date);
  if (naive === undefined) {
    naive = Date.parse(`${date}T00:00:00Z`);
    if (dateCache.size < 100_000) dateCache.set(date, naive);
  }
  return naive;
}

export function naiveToDate(naive: NaiveMs): SandboxDate {
  return new Date(naive).toISOString().slice(0, 10);
}

export function addDaysNaive(naive: NaiveMs, days: number): NaiveMs {
  return naive + days * DAY_MS;
}

/**
 * Json.NET's default DateTime format for an unspecified kind: `yyyy-MM-ddTHH:mm:ss.FFFFFFF`, where
 * the F's drop trailing zeros. Hence "2026-01-15T00:00:00" for a date and "...:22.517" for a stamp.
 */
export function formatNaive(naive: NaiveMs): string {
  const iso = new Date(naive).toISOString(); // 2026-01-15T00:00:00.000Z
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  return fraction ? `${iso.slice(0, 19)}.${fraction}` : iso.slice(0, 19);
}

export function formatDate(date: SandboxDate): string {
  return `${date}T00:00:00`;
}

/** Parses the text of an OData v3 datetime'…' literal (or a naive timestamp in a body); null if invalid. */
export function parseNaive(text: string): NaiveMs | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const naive = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, millis);
  const check = new Date(naive);
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day || (hour ?? 0) > 23) return null;
  return naive;
}
