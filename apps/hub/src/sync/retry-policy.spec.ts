import { RETRY_LIMITS, retryAt } from './retry-policy.js';
import type { RunErrorDetails } from './sync-request.js';

const now = Date.parse('2026-11-22T10:00:00Z');
const error = (errorClass: string, retryAtMs: number | null = null): RunErrorDetails => ({ errorClass, message: 'x', platformStatus: null, retryAt: retryAtMs });

describe('retryAt', () => {
  it.each(['auth', 'invalid_request', 'not_found', 'platform_bug'])('never retries %s', (errorClass) => {
    expect(retryAt({ error: error(errorClass), attempt: 1, now, random: 0.5 })).toBeNull();
  });

  it('backs transient and internal failures off exponentially, between half and all of the step, capped', () => {
    for (const errorClass of ['transient', 'internal']) {
      const delays = [1, 2, 3, 4, 5].map((attempt) => [0, 1].map((random) => (retryAt({ error: error(errorClass), attempt, now, random }) ?? 0) - now));
      expect(delays).toEqual([
        [7_500, 15_000],
        [15_000, 30_000],
        [30_000, 60_000],
        [60_000, 120_000],
        [120_000, 240_000],
      ]);
    }
    expect((retryAt({ error: error('transient'), attempt: 5, now, random: 1 }) ?? 0) - now).toBeLessThanOrEqual(RETRY_LIMITS.maxDelayMs);
  });

  it('retries a transient failure that names a moment no sooner than then', () => {
    // e.g. a 401 on a token younger than Exact's 570 s: the refresh that can tell a revoked grant is allowed only then.
    const refreshAllowedAt = now + 400_000;
    expect(retryAt({ error: error('transient', refreshAllowedAt), attempt: 1, now, random: 0 })).toBe(refreshAllowedAt);
    // A moment sooner than the backoff changes nothing.
    expect(retryAt({ error: error('transient', now + 1_000), attempt: 1, now, random: 0 })).toBe(now + 7_500);
  });

  it('gives up on transient failures after the last attempt', () => {
    expect(retryAt({ error: error('transient'), attempt: RETRY_LIMITS.transientAttempts - 1, now, random: 0 })).not.toBeNull();
    expect(retryAt({ error: error('transient'), attempt: RETRY_LIMITS.transientAttempts, now, random: 0 })).toBeNull();
  });

  it('waits for the reset a rate limit names, plus at most 5 s of spread', () => {
    const reset = now + 42_000;
    expect(retryAt({ error: error('rate_limited', reset), attempt: 1, now, random: 0 })).toBe(reset);
    expect(retryAt({ error: error('rate_limited', reset), attempt: 1, now, random: 1 })).toBe(reset + 5_000);
  });

  it('waits a minute when a rate limit names no reset, or one already past', () => {
    expect(retryAt({ error: error('rate_limited'), attempt: 1, now, random: 0 })).toBe(now + 60_000);
    expect(retryAt({ error: error('rate_limited', now - 1), attempt: 1, now, random: 0 })).toBe(now + 60_000);
    expect(retryAt({ error: error('rate_limited'), attempt: RETRY_LIMITS.rateLimitedAttempts, now, random: 0 })).toBeNull();
  });
});
