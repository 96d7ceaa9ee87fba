// §2 rate limits per app (client id) per division: a minute window aligned to the clock minute
// ("60 calls by 10:00:40 → rejected until 10:01:00") and a day window that turns over at
// midnight UTC (❓ one sample). Reset headers are epoch milliseconds. A response that uses up
// one quota carries only that quota's headers (🟡 PQ README, PQ#646; switch).
import type { SandboxClock } from '../../core/contracts.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface RateDecision {
  allowed: boolean;
  exhausted: 'minutely' | 'daily' | null;
  headers: Record<string, string>;
}

interface Windows {
  minuteStart: number;
  minuteCalls: number;
  dayStart: number;
  dayCalls: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Windows>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly limits: () => { minutely: number; daily: number },
    /** Read per response: the switch may change at runtime. */
    private readonly omitOtherHeadersWhenExhausted: () => boolean,
  ) {}

  /** Counts one call if the quotas allow it. */
  take(clientId: string, division: number): RateDecision {
    const windows = this.current(clientId, division);
    const { minutely, daily } = this.limits();
    if (windows.dayCalls >= daily) return { allowed: false, exhausted: 'daily', headers: this.headers(windows, 'daily') };
    if (windows.minuteCalls >= minutely) return { allowed: false, exhausted: 'minutely', headers: this.headers(windows, 'minutely') };
    windows.minuteCalls++;
    windows.dayCalls++;
    const exhausted = windows.dayCalls >= daily ? 'daily' : windows.minuteCalls >= minutely ? 'minutely' : null;
    return { allowed: true, exhausted, headers: this.headers(windows, exhausted) };
  }

  /** Headers for a 429 the fault injector forces (`burst429`): as if the minute quota were used up. */
  burstHeaders(clientId: string, division: number): Record<string, string> {
    const windows = this.current(clientId, division);
    return this.headers({ ...windows, minuteCalls: this.limits().minutely }, 'minutely');
  }

  private headers(windows: Windows, exhausted: 'minutely' | 'daily' | null): Record<string, string> {
    const { minutely, daily } = this.limits();
    const minute = {
      'X-RateLimit-Minutely-Limit': String(minutely),
      'X-RateLimit-Minutely-Remaining': String(Math.max(0, minutely - windows.minuteCalls)),
      'X-RateLimit-Minutely-Reset': String(windows.minuteStart + MINUTE_MS),
    };
    const day = {
      'X-RateLimit-Limit': String(daily),
      'X-RateLimit-Remaining': String(Math.max(0, daily - windows.dayCalls)),
      'X-RateLimit-Reset': String(windows.dayStart + DAY_MS),
    };
    if (this.omitOtherHeadersWhenExhausted() && exhausted === 'minutely') return minute;
    if (this.omitOtherHeadersWhenExhausted() && exhausted === 'daily') return day;
    return { ...minute, ...day };
  }

  private current(clientId: string, division: number): Windows {
    const now = this.clock.nowMs();
    const minuteStart = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    const dayStart = Math.floor(now / DAY_MS) * DAY_MS;
    const key = `${clientId}|${division}`;
    let windows = this.windows.get(key);
    if (windows === undefined) {
      windows = { minuteStart, minuteCalls: 0, dayStart, dayCalls: 0 };
      this.windows.set(key, windows);
    }
    if (windows.minuteStart !== minuteStart) {
      windows.minuteStart = minuteStart;
      windows.minuteCalls = 0;
    }
    if (windows.dayStart !== dayStart) {
      windows.dayStart = dayStart;
      windows.dayCalls = 0;
    }
    return windows;
  }
}
