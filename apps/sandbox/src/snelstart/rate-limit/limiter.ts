// The call budget APIM enforces (notes §2.2, 🟡): calls per minute and per hour, counted over a
// sliding window on the sandbox clock, plus a cap on calls in flight. Refused calls do not count.
import type { SnelStartRateLimits } from '../options.js';

export type LimitVerdict =
  | { allowed: true; release: () => void }
  | { allowed: false; window: 'minute' | 'hour' | 'concurrency'; retryAfterSeconds: number };

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export class RateLimiter {
  private calls = new Map<string, number[]>();
  private inFlight = new Map<string, number>();

  reset(): void {
    this.calls.clear();
    this.inFlight.clear();
  }

  /** Admits one call for `bucket` at `nowMs`, or says which window is exhausted and for how long. */
  admit(bucket: string, nowMs: number, limits: SnelStartRateLimits): LimitVerdict {
    const log = (this.calls.get(bucket) ?? []).filter((at) => at > nowMs - HOUR_MS);
    this.calls.set(bucket, log);
    const inMinute = log.filter((at) => at > nowMs - MINUTE_MS);
    if (inMinute.length >= limits.perMinute) return refused('minute', (inMinute[inMinute.length - limits.perMinute] ?? nowMs) + MINUTE_MS - nowMs);
    if (log.length >= limits.perHour) return refused('hour', (log[log.length - limits.perHour] ?? nowMs) + HOUR_MS - nowMs);
    const running = this.inFlight.get(bucket) ?? 0;
    if (running >= limits.concurrent) return refused('concurrency', 1000);
    log.push(nowMs);
    this.inFlight.set(bucket, running + 1);
    let released = false;
    return {
      allowed: true,
      release: () => {
        if (released) return;
        released = true;
        this.inFlight.set(bucket, Math.max(0, (this.inFlight.get(bucket) ?? 1) - 1));
      },
    };
  }
}

function refused(window: 'minute' | 'hour' | 'concurrency', waitMs: number): LimitVerdict {
  return { allowed: false, window, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
