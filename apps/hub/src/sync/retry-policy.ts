// When a failed sync attempt is tried again (issue "Sync engine", retry policy by error class):
// transient failures and our own (`internal`: database, network to Redis) back off
// exponentially, and not before the moment the error names, if any; rate limits wait until the
// platform's reset; `auth`, `invalid_request`, `not_found` and `platform_bug` never retry, since
// only a person can change their outcome.
import type { RunErrorDetails } from './sync-request.js';

export const RETRY_LIMITS = {
  /** Attempts in all (the first included) for transient and internal failures. */
  transientAttempts: 6,
  /** Rate-limited attempts wait for a reset the platform names, so they may try longer. */
  rateLimitedAttempts: 10,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  /** When a 429 names no reset: Exact's minutely window. */
  rateLimitFallbackMs: 60_000,
} as const;

export interface RetryInput {
  error: RunErrorDetails;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  now: number;
  /** 0..1, for jitter (injected so the policy stays a pure function). */
  random: number;
}

/** The instant to try again (epoch ms), or null when the run should fail now. */
export function retryAt({ error, attempt, now, random }: RetryInput): number | null {
  switch (error.errorClass) {
    case 'rate_limited': {
      if (attempt >= RETRY_LIMITS.rateLimitedAttempts) return null;
      const reset = error.retryAt !== null && error.retryAt > now ? error.retryAt : now + RETRY_LIMITS.rateLimitFallbackMs;
      // A little after the reset, spread so that many administrations do not all start at once.
      return reset + Math.round(random * 5_000);
    }
    case 'transient':
    case 'internal': {
      if (attempt >= RETRY_LIMITS.transientAttempts) return null;
      const exponential = Math.min(RETRY_LIMITS.maxDelayMs, RETRY_LIMITS.baseDelayMs * 2 ** (attempt - 1));
      // Full jitter on the upper half: never sooner than half the backoff.
      const backoff = now + Math.round(exponential / 2 + (random * exponential) / 2);
      // An error that names when a retry can work (Exact's 570 s token rule after a 401, an open
      // circuit breaker) is retried no sooner: an earlier attempt fails the same way and wastes one.
      return error.retryAt !== null && error.retryAt > backoff ? error.retryAt : backoff;
    }
    default:
      return null;
  }
}
