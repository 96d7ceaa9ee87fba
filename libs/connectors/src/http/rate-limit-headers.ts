// Reading a platform's rate-limit response headers. Only Exact Online documents any
// (exact-online.md §2); SnelStart (Azure APIM) and e-Boekhouden at most send `Retry-After` on a 429,
// which the limiter reads itself.
import type { HttpHeaders } from './headers.js';

export interface RateLimitWindowReading {
  /** Calls left in this window. */
  remaining: number;
  /** When the window resets (epoch ms). */
  resetAt: number;
  limit?: number;
}

export interface RateLimitReading {
  /** Only the windows the response reported; an absent header is not a zero. */
  windows: RateLimitWindowReading[];
}

export type RateLimitHeaderReader = (headers: HttpHeaders) => RateLimitReading;

/** For platforms without rate-limit headers. */
export const noRateLimitHeaders: RateLimitHeaderReader = () => ({ windows: [] });

/**
 * Exact Online: `X-RateLimit-Minutely-{Limit,Remaining,Reset}` and the daily
 * `X-RateLimit-{Limit,Remaining,Reset}`, resets in epoch milliseconds. When the minute is used up
 * Exact sends only the minutely headers, so a missing daily window is simply left out.
 */
export const exactOnlineRateLimitHeaders: RateLimitHeaderReader = (headers) => {
  const windows: RateLimitWindowReading[] = [];
  for (const prefix of ['x-ratelimit-minutely-', 'x-ratelimit-']) {
    const window = readWindow(headers, prefix);
    if (window !== undefined) windows.push(window);
  }
  return { windows };
};

function readWindow(headers: HttpHeaders, prefix: string): RateLimitWindowReading | undefined {
  const remaining = readCount(headers[`${prefix}remaining`]);
  const resetAt = readCount(headers[`${prefix}reset`]);
  if (remaining === undefined || resetAt === undefined) return undefined;
  const limit = readCount(headers[`${prefix}limit`]);
  return limit === undefined ? { remaining, resetAt } : { remaining, resetAt, limit };
}

function readCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/** `Retry-After` as delta-seconds or an HTTP-date, as epoch ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}
