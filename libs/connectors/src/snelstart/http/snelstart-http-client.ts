// One PlatformHttpClient per SnelStart administratie: every client for the same administratie
// shares one rate limiter and one circuit breaker through the registries, because SnelStart
// counts calls per administratie (snelstart.md §2.2). Each call carries the Bearer token from the
// koppelsleutel and the partner's subscription key (§1.1).
import type { AccessTokenSource } from '../../port/credentials.js';
import { bearerAuthWith } from '../../http/auth-headers.js';
import { createCircuitBreaker } from '../../http/circuit-breaker.js';
import { realSleep, systemClock } from '../../http/clock.js';
import { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import { createPlatformHttpClient, type PlatformHttpClient } from '../../http/platform-http-client.js';
import { createWindowRateLimiter } from '../../http/rate-limiter.js';
import type { RetryPolicy } from '../../http/retry.js';
import { snelStartErrorClassifier } from './errors.js';
import { SNELSTART_DEFAULT_RATE_LIMITS, SNELSTART_SUBSCRIPTION_KEY_HEADER, snelStartLimiterKey, type SnelStartHttpSettings } from './settings.js';

const sharedLimiters = new RateLimiterRegistry();
const sharedBreakers = new CircuitBreakerRegistry();

export interface SnelStartClientOverrides {
  /**
   * Stable label of the administratie the client works for: the limiter and breaker key. Never a
   * secret. The hub's administration id, or `administratieIdentifier` once known.
   */
  administration: string;
  /** Per-operation retry changes, e.g. none for writes. */
  retry?: Partial<RetryPolicy>;
}

export function createSnelStartHttpClient(settings: SnelStartHttpSettings, tokens: AccessTokenSource, overrides: SnelStartClientOverrides): PlatformHttpClient {
  const clock = settings.clock ?? systemClock;
  const sleep = settings.sleep ?? realSleep;
  const key = snelStartLimiterKey(overrides.administration);
  const limits = { ...SNELSTART_DEFAULT_RATE_LIMITS, ...settings.rateLimits };
  const limiter = (settings.limiters ?? sharedLimiters).get(key, () =>
    createWindowRateLimiter({
      windows: [
        { limit: limits.perMinute, windowMs: 60_000 },
        { limit: limits.perHour, windowMs: 3_600_000 },
      ],
      concurrency: limits.concurrency,
      // APIM sends no rate-limit headers, only Retry-After on a 429 (§2.2), which the limiter reads itself.
      maxPauseMs: limits.maxPauseMs,
      clock,
      sleep,
    }),
  );
  // SnelStart has no error budget on 4xx (unlike Exact): only 5xx and network errors open the breaker.
  const breaker = (settings.breakers ?? sharedBreakers).get(key, () => createCircuitBreaker({ countedStatuses: [] }, clock));
  return createPlatformHttpClient({
    platform: 'snelstart',
    baseUrl: settings.apiUrl,
    limiter,
    breaker,
    tokens,
    applyAuth: bearerAuthWith({ [SNELSTART_SUBSCRIPTION_KEY_HEADER]: settings.subscriptionKey }),
    classifyError: snelStartErrorClassifier(clock),
    retry: { ...settings.retry, ...overrides.retry },
    timeoutMs: settings.timeoutMs,
    clock,
    sleep,
    onCall: settings.onCall,
  });
}
