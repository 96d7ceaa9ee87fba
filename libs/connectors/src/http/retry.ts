// Retrying a platform call with p-retry: only ConnectorErrors that say so (`retryable`: transient
// and rate_limited), a bounded number of attempts, exponential backoff with jitter, and for errors
// that carry `retryAt` (429 resets, an open breaker) a wait until exactly then instead of a blind
// backoff. Waits go through the injected sleep, never p-retry's own timer, so tests run on virtual
// time. 4xx other than 429 are never retried: on Exact they count toward the 10-errors/hour block.
import pRetry, { AbortError } from 'p-retry';
import { isConnectorError } from '../port/errors.js';
import type { Clock, Sleep } from './clock.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff before the first retry; doubles per retry up to `maxDelayMs`, then jittered. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Longest wait for an error's `retryAt`. Further away (the daily quota, a breaker open for an
   * hour) the error is thrown at once and the hub reschedules the job for `retryAt`.
   */
  maxWaitMs: number;
  /** Jitter source in [0, 1); injectable for deterministic tests. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxWaitMs: 120_000,
  random: Math.random,
};

export interface RetryContext {
  policy: RetryPolicy;
  clock: Clock;
  sleep: Sleep;
  signal?: AbortSignal;
}

export function isRetryable(error: unknown): boolean {
  return isConnectorError(error) && error.retryable;
}

/** "Equal jitter": half the exponential delay fixed, half random, so retries spread but never collapse to zero. */
export function backoffDelay(retryNumber: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

/** How long to wait before retry number `retryNumber` (1-based) after `error`. */
export function retryDelay(error: unknown, retryNumber: number, policy: RetryPolicy, now: number): number {
  if (isConnectorError(error) && error.retryAt !== undefined) return Math.max(0, error.retryAt - now);
  return backoffDelay(retryNumber, policy);
}

export async function withRetry<T>(operation: (attempt: number) => Promise<T>, context: RetryContext): Promise<T> {
  const { policy, clock, sleep, signal } = context;
  return pRetry(
    async (attempt) => {
      try {
        return await operation(attempt);
      } catch (error) {
        // AbortError makes p-retry give up at once and rethrow the original error.
        if (!isRetryable(error)) throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
    },
    {
      retries: Math.max(0, policy.maxAttempts - 1),
      minTimeout: 0,
      signal,
      onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft === 0) return;
        const wait = retryDelay(error, attemptNumber, policy, clock.now());
        // Throwing from here ends the retries with this error.
        if (wait > policy.maxWaitMs) throw error;
        await sleep(wait, signal);
      },
    },
  );
}
