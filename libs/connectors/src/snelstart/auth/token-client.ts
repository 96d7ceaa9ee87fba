// The PlatformHttpClient for the token endpoint: on the auth URL, unauthenticated, with its own
// limiter key per administratie (token calls are rare and have no documented limit) and the token
// classifier, which knows the koppelsleutel only to scrub it.
import { createCircuitBreaker } from '../../http/circuit-breaker.js';
import { realSleep, systemClock } from '../../http/clock.js';
import { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import { createPlatformHttpClient, type PlatformHttpClient } from '../../http/platform-http-client.js';
import { createWindowRateLimiter } from '../../http/rate-limiter.js';
import type { SnelStartHttpSettings } from '../http/settings.js';
import { tokenErrorClassifier } from './token-errors.js';

const sharedLimiters = new RateLimiterRegistry();
const sharedBreakers = new CircuitBreakerRegistry();

/** ❓ Undocumented; a token lives an hour (§1.3), so a handful per minute is already a bug elsewhere. */
const TOKEN_CALLS_PER_MINUTE = 30;

export function snelStartTokenLimiterKey(administration: string): string {
  return `snelstart-token:${administration}`;
}

export function createSnelStartTokenHttpClient(settings: SnelStartHttpSettings, administration: string, koppelsleutel: string): PlatformHttpClient {
  const clock = settings.clock ?? systemClock;
  const sleep = settings.sleep ?? realSleep;
  const key = snelStartTokenLimiterKey(administration);
  const limiter = (settings.limiters ?? sharedLimiters).get(key, () =>
    createWindowRateLimiter({ windows: [{ limit: TOKEN_CALLS_PER_MINUTE, windowMs: 60_000 }], concurrency: 1, clock, sleep }),
  );
  const breaker = (settings.breakers ?? sharedBreakers).get(key, () => createCircuitBreaker({ countedStatuses: [] }, clock));
  return createPlatformHttpClient({
    platform: 'snelstart',
    baseUrl: settings.authUrl,
    limiter,
    breaker,
    classifyError: tokenErrorClassifier(koppelsleutel),
    retry: settings.retry,
    timeoutMs: settings.timeoutMs,
    clock,
    sleep,
    onCall: settings.onCall,
  });
}
