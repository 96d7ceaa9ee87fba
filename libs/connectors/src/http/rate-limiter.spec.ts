import { exactOnlineRateLimitHeaders } from './rate-limit-headers.js';
import { createWindowRateLimiter, RateLimitWaitError, type RateLimiter, type RateWindow } from './rate-limiter.js';
import { RateLimiterRegistry } from './keyed-registry.js';
import { FakeTime } from './testing/fake-time.js';

/** Schedules `count` tasks at once; each records its start time and how many ran alongside it. */
async function runConcurrently(limiter: RateLimiter, time: FakeTime, count: number, taskMs = 0): Promise<{ starts: number[]; order: number[]; maxActive: number }> {
  const starts: number[] = [];
  const order: number[] = [];
  let active = 0;
  let maxActive = 0;
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      limiter.schedule(async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        starts.push(time.now());
        order.push(index);
        // Yield so that any concurrently started task would overlap this one.
        await Promise.resolve();
        if (taskMs > 0) time.advance(taskMs);
        active--;
      }),
    ),
  );
  return { starts, order, maxActive };
}

function maxCallsInAnyWindow(starts: number[], windowMs: number): number {
  return Math.max(...starts.map((start) => starts.filter((other) => other > start - windowMs && other <= start).length));
}

describe('createWindowRateLimiter', () => {
  it('never exceeds any window under 200 concurrent schedules, one at a time, first in first out', async () => {
    const time = new FakeTime();
    const windows: RateWindow[] = [
      { limit: 60, windowMs: 60_000 },
      { limit: 10, windowMs: 1_000 },
    ];
    const limiter = createWindowRateLimiter({ windows, clock: time, sleep: time.sleep });

    const { starts, order, maxActive } = await runConcurrently(limiter, time, 200, 20);

    expect(starts).toHaveLength(200);
    expect(maxActive).toBe(1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(maxCallsInAnyWindow(starts, 60_000)).toBe(60);
    expect(maxCallsInAnyWindow(starts, 1_000)).toBe(10);
    // Not needlessly slow either: call 181 starts the moment the third minute's calls age out.
    expect(starts[180]! - starts[0]!).toBe(180_000);
  });

  it('runs up to `concurrency` tasks at once and no more', async () => {
    const time = new FakeTime();
    const limiter = createWindowRateLimiter({ windows: [{ limit: 1_000, windowMs: 60_000 }], concurrency: 3, clock: time, sleep: time.sleep });

    const { maxActive } = await runConcurrently(limiter, time, 20);

    expect(maxActive).toBe(3);
  });

  it('keeps going after a task fails, and hands the failure to its caller', async () => {
    const time = new FakeTime();
    const limiter = createWindowRateLimiter({ windows: [{ limit: 5, windowMs: 1_000 }], clock: time, sleep: time.sleep });

    const failed = limiter.schedule(() => Promise.reject(new Error('boom')));
    const next = limiter.schedule(() => Promise.resolve('ok'));

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  describe('with Exact Online rate-limit headers', () => {
    const minutely = (remaining: number, reset: number): Record<string, string> => ({
      'x-ratelimit-minutely-limit': '60',
      'x-ratelimit-minutely-remaining': String(remaining),
      'x-ratelimit-minutely-reset': String(reset),
    });

    function exactLimiter(time: FakeTime): RateLimiter {
      return createWindowRateLimiter({ windows: [{ limit: 60, windowMs: 60_000 }], headerReader: exactOnlineRateLimitHeaders, resetMarginMs: 1_000, clock: time, sleep: time.sleep });
    }

    it('waits for the reset (plus the margin) when the platform reports no calls remaining', async () => {
      const time = new FakeTime();
      const limiter = exactLimiter(time);
      const reset = time.now() + 20_000;

      limiter.observe(minutely(0, reset), 200);
      const startedAt = await limiter.schedule(async () => time.now());

      expect(limiter.pausedUntil()).toBeNull();
      expect(startedAt).toBe(reset + 1_000);
      expect(time.sleeps).toEqual([21_000]);
    });

    it('does not pause when the daily headers are absent', async () => {
      const time = new FakeTime();
      const limiter = exactLimiter(time);
      const start = time.now();

      limiter.observe(minutely(42, start + 30_000), 200);
      const startedAt = await limiter.schedule(async () => time.now());

      expect(startedAt).toBe(start);
      expect(time.sleeps).toEqual([]);
    });

    it('fails queued tasks at once when the daily quota is gone for longer than maxPauseMs', async () => {
      const time = new FakeTime();
      const limiter = exactLimiter(time);
      const midnight = time.now() + 15 * 3_600_000;
      let ran = false;

      limiter.observe({ ...minutely(59, time.now() + 30_000), 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(midnight) }, 200);
      const result = limiter.schedule(async () => {
        ran = true;
      });

      await expect(result).rejects.toBeInstanceOf(RateLimitWaitError);
      await expect(result).rejects.toMatchObject({ resumeAt: midnight + 1_000 });
      expect(ran).toBe(false);
      expect(time.sleeps).toEqual([]);
    });
  });

  describe('on a 429', () => {
    function plainLimiter(time: FakeTime): RateLimiter {
      return createWindowRateLimiter({ windows: [{ limit: 100, windowMs: 60_000 }], defaultPauseMs: 45_000, clock: time, sleep: time.sleep });
    }

    it('pauses for Retry-After seconds', () => {
      const time = new FakeTime();
      const limiter = plainLimiter(time);

      limiter.observe({ 'retry-after': '7' }, 429);

      expect(limiter.pausedUntil()).toBe(time.now() + 7_000);
    });

    it('pauses until a Retry-After HTTP date', () => {
      const time = new FakeTime(Date.UTC(2026, 0, 5, 9, 0, 0));
      const limiter = plainLimiter(time);

      limiter.observe({ 'retry-after': 'Mon, 05 Jan 2026 09:00:30 GMT' }, 429);

      expect(limiter.pausedUntil()).toBe(Date.UTC(2026, 0, 5, 9, 0, 30));
    });

    it('pauses for the default when the answer says nothing about when to return', async () => {
      const time = new FakeTime();
      const limiter = plainLimiter(time);
      const start = time.now();

      limiter.observe({}, 429);
      const startedAt = await limiter.schedule(async () => time.now());

      expect(startedAt).toBe(start + 45_000);
    });

    it('does not pause on other statuses without rate-limit headers', () => {
      const time = new FakeTime();
      const limiter = plainLimiter(time);

      limiter.observe({ 'retry-after': '7' }, 503);

      expect(limiter.pausedUntil()).toBeNull();
    });
  });
});

describe('RateLimiterRegistry', () => {
  it('hands every client of one account the same limiter, and other accounts their own', () => {
    const registry = new RateLimiterRegistry();
    const create = (): RateLimiter => createWindowRateLimiter({ windows: [{ limit: 60, windowMs: 60_000 }] });

    const first = registry.get('exact-online:app:101', create);
    const again = registry.get('exact-online:app:101', create);
    const other = registry.get('exact-online:app:202', create);

    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });
});
