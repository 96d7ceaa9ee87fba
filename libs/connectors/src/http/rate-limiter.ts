// A per-account queue that keeps calls under the platform's published limits, so that in normal
// operation the platform never has to answer 429 (Exact: "keep a per-company counter of calls in
// the last 60 s; queue requests per company", exact-online.md §2). Three inputs decide when the
// next call may start: our own sliding log per window, the platform's rate-limit headers
// (remaining 0 → wait for the reset) and 429s (pause the key until the reset).
import { systemClock, realSleep, type Clock, type Sleep } from './clock.js';
import type { HttpHeaders } from './headers.js';
import { noRateLimitHeaders, parseRetryAfter, type RateLimitHeaderReader } from './rate-limit-headers.js';
import { SlidingWindow } from './sliding-window.js';

export interface RateLimiter {
  /** Runs `task` when a slot is free: FIFO, at most `concurrency` at once, within every window. */
  schedule<T>(task: () => Promise<T>): Promise<T>;
  /** Feeds a platform answer back: its rate-limit headers and, for 429, a pause. */
  observe(headers: HttpHeaders, status: number): void;
  /** Epoch ms until which the key is paused (quota used up or 429), or null when it is not. */
  pausedUntil(): number | null;
}

export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface WindowRateLimiterOptions {
  windows: readonly RateWindow[];
  /** Calls in flight at once; 1 (the default) is what Exact asks for per division. */
  concurrency?: number;
  headerReader?: RateLimitHeaderReader;
  /** Pause after a 429 that says nothing about when to come back. */
  defaultPauseMs?: number;
  /** Added to header resets, which come from the platform's clock, not ours. */
  resetMarginMs?: number;
  /**
   * Longest the queue waits for a slot. Beyond it (e.g. the daily quota is gone until midnight)
   * queued tasks fail with RateLimitWaitError so the job can be rescheduled instead of hanging.
   */
  maxPauseMs?: number;
  clock?: Clock;
  sleep?: Sleep;
}

export const DEFAULT_RATE_LIMIT_PAUSE_MS = 60_000;
export const DEFAULT_RESET_MARGIN_MS = 1_000;
export const DEFAULT_MAX_PAUSE_MS = 120_000;

/** A scheduled task was not run: the key cannot call the platform before `resumeAt`. */
export class RateLimitWaitError extends Error {
  override readonly name = 'RateLimitWaitError';

  constructor(readonly resumeAt: number) {
    super(`rate limit: no call possible before ${new Date(resumeAt).toISOString()}`);
  }
}

export function createWindowRateLimiter(options: WindowRateLimiterOptions): RateLimiter {
  return new WindowRateLimiter(options);
}

interface QueuedTask {
  run(): Promise<void>;
  reject(error: unknown): void;
}

class WindowRateLimiter implements RateLimiter {
  private readonly windows: SlidingWindow[];
  private readonly concurrency: number;
  private readonly headerReader: RateLimitHeaderReader;
  private readonly defaultPauseMs: number;
  private readonly resetMarginMs: number;
  private readonly maxPauseMs: number;
  private readonly clock: Clock;
  private readonly sleep: Sleep;

  private readonly queue: QueuedTask[] = [];
  private active = 0;
  private pauseEnd = 0;
  private sleeping = false;

  constructor(options: WindowRateLimiterOptions) {
    this.windows = options.windows.map((window) => new SlidingWindow(window.limit, window.windowMs));
    this.concurrency = options.concurrency ?? 1;
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${this.concurrency}`);
    this.headerReader = options.headerReader ?? noRateLimitHeaders;
    this.defaultPauseMs = options.defaultPauseMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS;
    this.resetMarginMs = options.resetMarginMs ?? DEFAULT_RESET_MARGIN_MS;
    this.maxPauseMs = options.maxPauseMs ?? DEFAULT_MAX_PAUSE_MS;
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? realSleep;
  }

  schedule<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        run: async () => {
          try {
            resolve(await task());
          } catch (error) {
            reject(error);
          }
        },
        reject,
      });
      this.pump();
    });
  }

  observe(headers: HttpHeaders, status: number): void {
    const now = this.clock.now();
    let until = 0;
    for (const window of this.headerReader(headers).windows) {
      if (window.remaining <= 0) until = Math.max(until, window.resetAt + this.resetMarginMs);
    }
    if (status === 429) {
      until = Math.max(until, parseRetryAfter(headers['retry-after'], now) ?? 0);
      if (until <= now) until = now + this.defaultPauseMs;
    }
    this.pauseEnd = Math.max(this.pauseEnd, until);
  }

  pausedUntil(): number | null {
    return this.pauseEnd > this.clock.now() ? this.pauseEnd : null;
  }

  private pump(): void {
    // One timer at a time: when it fires, pump looks at the state afresh.
    if (this.sleeping) return;
    while (this.active < this.concurrency && this.queue.length > 0) {
      const now = this.clock.now();
      const readyAt = this.readyAt(now);
      if (readyAt > now) {
        if (readyAt - now > this.maxPauseMs) this.rejectQueued(readyAt);
        else this.wakeAfter(readyAt - now);
        return;
      }
      this.start(this.queue.shift() as QueuedTask, now);
    }
  }

  private readyAt(now: number): number {
    return this.windows.reduce((latest, window) => Math.max(latest, window.availableAt(now)), Math.max(now, this.pauseEnd));
  }

  private start(task: QueuedTask, now: number): void {
    for (const window of this.windows) window.record(now);
    this.active++;
    void task.run().finally(() => {
      this.active--;
      this.pump();
    });
  }

  private wakeAfter(ms: number): void {
    this.sleeping = true;
    const wake = (): void => {
      this.sleeping = false;
      this.pump();
    };
    void this.sleep(ms).then(wake, wake);
  }

  private rejectQueued(resumeAt: number): void {
    const error = new RateLimitWaitError(resumeAt);
    for (const task of this.queue.splice(0)) task.reject(error);
  }
}
