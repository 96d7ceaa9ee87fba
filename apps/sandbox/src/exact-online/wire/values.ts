// Exact's value formats on the wire (§3.4 and fixtures README §2.3): `/Date(ms)/` dates, local
// wall-clock instants, amounts as JSON doubles, Int64 as strings, fixed-width padded codes.
import type { SandboxDate } from '../../core/contracts.js';

/** Date-only values (InvoiceDate, DueDate) are midnight of that day, encoded as if UTC. */
export function wireDate(date: SandboxDate | null): string | null {
  return date === null ? null : `/Date(${Date.parse(`${date}T00:00:00Z`)})/`;
}

export function wireDateFromMs(ms: number): string {
  return `/Date(${ms})/`;
}

/** Reads `/Date(123)/` (or `/Date(123+0000)/`) back into milliseconds. */
export function parseWireDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** Amounts are Edm.Double: cents become a JSON number such as 121.5. */
export function wireMoney(cents: number): number {
  return cents / 100;
}

/** Edm.Int64 travels as a JSON string (Timestamp, HID, Legislation). */
export function wireInt64(value: number | null): string | null {
  return value === null ? null : String(value);
}

/** `crm/Accounts.Code` is 18 characters, left-padded with spaces (§3.3). */
export function padCode(code: string): string {
  return code.trim().padStart(18, ' ');
}

/** `Country` is 3 characters and `Language` 10, right-padded (§3.4). */
export function padRight(value: string | null, width: number): string | null {
  return value === null ? null : value.padEnd(width, ' ');
}

/**
 * Encodes instants the way Exact does: with `local-wall-clock`, the division's local time is
 * written as if it were UTC (16:31 CEST becomes /Date(…16:31Z)/, fixtures README §2.3).
 */
export function createInstantEncoder(encoding: 'local-wall-clock' | 'utc', timeZone: string): (ms: number) => number {
  if (encoding === 'utc') return (ms) => ms;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
    const wallClock = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    return wallClock + (ms % 1000);
  };
}

/** `2026-06-25T16:56:08` style local time (Me.ServerTime; webhook EventCreatedOn adds milliseconds). */
export function localIsoString(wallClockMs: number, withMilliseconds: boolean): string {
  const iso = new Date(wallClockMs).toISOString();
  return withMilliseconds ? iso.slice(0, 23) : iso.slice(0, 19);
}
