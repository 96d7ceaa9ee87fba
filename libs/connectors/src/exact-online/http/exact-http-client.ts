// One PlatformHttpClient per Exact "company" (division): every client for the same app and
// division shares one rate limiter and one circuit breaker through the registries, because
// Exact counts calls and errors per app per division (exact-online.md §2), not per process job.
import type { AccessTokenSource } from '../../port/credentials.js';
import { ConnectorError } from '../../port/errors.js';
import { createCircuitBreaker } from '../../http/circuit-breaker.js';
import { realSleep, systemClock, type Clock, type Sleep } from '../../http/clock.js';
import { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import { createPlatformHttpClient, type PlatformHttpClient } from '../../http/platform-http-client.js';
import type { PlatformCallRecord } from '../../http/platform-request.js';
import { exactOnlineRateLimitHeaders } from '../../http/rate-limit-headers.js';
import { createWindowRateLimiter } from '../../http/rate-limiter.js';
import type { RetryPolicy } from '../../http/retry.js';

export interface ExactRateLimits {
  /** §2: 60 calls per app per division per minute. */
  perMinute: number;
  /** §2: 5,000 calls per app per division per day. */
  perDay: number;
  /** §2 (KB-ODATA): never parallel requests for one division. */
  concurrency: number;
  /** Longest a queued call waits for a slot before the job is rescheduled instead (default 2 min). */
  maxPauseMs?: number;
}

export const EXACT_DEFAULT_RATE_LIMITS: ExactRateLimits = { perMinute: 60, perDay: 5_000, concurrency: 1 };

/** What every Exact client (connector, connection calls) is built from. */
export interface ExactHttpSettings {
  /** The app's OAuth client id: part of the limiter key, since limits are per app. */
  clientId: string;
  /** Defaults to Exact's published limits; benchmarks may relax them. The first client of a key fixes them. */
  rateLimits?: Partial<ExactRateLimits>;
  /** Default: one registry per process, shared by every Exact client. */
  limiters?: RateLimiterRegistry;
  breakers?: CircuitBreakerRegistry;
  retry?: Partial<RetryPolicy>;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  clock?: Clock;
  sleep?: Sleep;
  /** Hears every attempt sent (metrics, logs). Must not throw. */
  onCall?: (call: PlatformCallRecord) => void;
}

const sharedLimiters = new RateLimiterRegistry();
const sharedBreakers = new CircuitBreakerRegistry();

/** Per-operation changes to the settings, e.g. no retries for writes. */
export interface ExactClientOverrides {
  retry?: Partial<RetryPolicy>;
}

/** `current` for the division-less calls (`current/Me`), else the division code. */
export type ExactScope = 'current' | string;

export function exactLimiterKey(clientId: string, scope: ExactScope): string {
  return `exact-online:${clientId}:${scope}`;
}

/**
 * The API root for one scope (§1.1): `{base}/api/v1/{division}`, or `{base}/api/v1` for the
 * division-less calls, whose paths then start with `current/`.
 */
export function exactApiBase(baseUrl: string, scope: ExactScope): string {
  if (scope !== 'current') assertDivisionCode(scope);
  const root = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
  return scope === 'current' ? root : `${root}/${scope}`;
}

/** A division code is a number (`system/Divisions.Code`); anything else would build a wrong URL. */
export function assertDivisionCode(division: string): void {
  if (!/^\d+$/.test(division)) {
    throw new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online: "${division}" is not a division code` });
  }
}

export function createExactHttpClient(
  baseUrl: string,
  scope: ExactScope,
  tokens: AccessTokenSource,
  settings: ExactHttpSettings,
  overrides: ExactClientOverrides = {},
): PlatformHttpClient {
  const clock = settings.clock ?? systemClock;
  const sleep = settings.sleep ?? realSleep;
  const key = exactLimiterKey(settings.clientId, scope);
  const limits = { ...EXACT_DEFAULT_RATE_LIMITS, ...settings.rateLimits };
  const limiter = (settings.limiters ?? sharedLimiters).get(key, () =>
    createWindowRateLimiter({
      windows: [
        { limit: limits.perMinute, windowMs: 60_000 },
        { limit: limits.perDay, windowMs: 86_400_000 },
      ],
      concurrency: limits.concurrency,
      headerReader: exactOnlineRateLimitHeaders,
      maxPauseMs: limits.maxPauseMs,
      clock,
      sleep,
    }),
  );
  // The default policy is Exact's: 400/401/403/404 count toward the 10-errors-per-hour block.
  const breaker = (settings.breakers ?? sharedBreakers).get(key, () => createCircuitBreaker({}, clock));
  return createPlatformHttpClient({
    platform: 'exact-online',
    baseUrl: exactApiBase(baseUrl, scope),
    limiter,
    breaker,
    tokens,
    retry: { ...settings.retry, ...overrides.retry },
    timeoutMs: settings.timeoutMs,
    clock,
    sleep,
    onCall: settings.onCall,
  });
}
