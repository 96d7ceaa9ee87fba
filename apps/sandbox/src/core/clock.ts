// The sandbox's own clock. Tests and the control API move it instead of sleeping, so due dates,
// token expiry and rate-limit windows can be exercised instantly and deterministically.
import type { SandboxClock, SandboxDate } from './contracts.js';

const DAY_MS = 86_400_000;

/** A Date, an ISO string, or epoch milliseconds; defaults to the real current time. */
export type ClockStart = Date | string | number;

export function createSandboxClock(start?: ClockStart): SandboxClock {
  let currentMs = start === undefined ? Date.now() : toEpochMs(start);

  return {
    now: () => new Date(currentMs),
    nowMs: () => currentMs,
    today: () => toSandboxDate(new Date(currentMs)),
    advance(ms: number): void {
      if (!Number.isFinite(ms)) throw new RangeError(`Cannot advance the clock by ${String(ms)} ms`);
      currentMs += ms;
    },
    set(instant: Date): void {
      currentMs = toEpochMs(instant);
    },
  };
}

/** UTC calendar day of an instant as YYYY-MM-DD. */
export function toSandboxDate(instant: Date): SandboxDate {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date (UTC, so no DST surprises). */
export function addDays(date: SandboxDate, days: number): SandboxDate {
  return toSandboxDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

export function daysBetween(from: SandboxDate, to: SandboxDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function toEpochMs(value: ClockStart): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : parseInstant(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid clock instant: ${String(value)}`);
  return ms;
}

/** A bare YYYY-MM-DD means that day at 09:00 UTC: a working-day morning, far from midnight edges. */
function parseInstant(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T09:00:00Z`) : Date.parse(value);
}
