// What every SnelStart client is built from: the two deployment URLs, the partner's subscription
// key (one for all tenants, snelstart.md §1.1) and the rate limits. The limits are 🟡 (§2.2: a
// screenshot transcription, not in the spec), so they are defaults a deployment can override.
import type { Clock, Sleep } from '../../http/clock.js';
import type { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import type { PlatformCallRecord } from '../../http/platform-request.js';
import type { RetryPolicy } from '../../http/retry.js';

export interface SnelStartRateLimits {
  /** §2.2 table: 100 (dev) / 500 (maatwerk, productie) per administratie per minute; §2.2 recommends ≤ ~400. */
  perMinute: number;
  /** §2.2 table: 1,000 / 5,000 per administratie per hour; §2.2 recommends ≤ ~4,500. */
  perHour: number;
  /** §2.2 table: 5 (dev) / 50 concurrent per administratie; §2.2 recommends ≤ 5 dev, ~10 prod. */
  concurrency: number;
  /** Longest a queued call waits for a slot before the job is rescheduled instead (default 2 min). */
  maxPauseMs?: number;
}

/** §2.2's recommendation: under the paid tiers' limits with headroom, and the dev tier's concurrency. */
export const SNELSTART_DEFAULT_RATE_LIMITS: SnelStartRateLimits = { perMinute: 400, perHour: 4_500, concurrency: 5 };

/** §1.1: the APIM product key travels in this header on every API call. */
export const SNELSTART_SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

export interface SnelStartHttpSettings {
  /** `SNELSTART_API_URL`, e.g. https://b2bapi.snelstart.nl/v2 (§2.1). */
  apiUrl: string;
  /** `SNELSTART_AUTH_URL`, e.g. https://auth.snelstart.nl; the token endpoint is `{authUrl}/b2b/token` (§1.2). */
  authUrl: string;
  /** `SNELSTART_SUBSCRIPTION_KEY`: the partner's APIM key, sent on every API call (not on token calls). */
  subscriptionKey: string;
  /** Defaults: SNELSTART_DEFAULT_RATE_LIMITS. The first client of an administration fixes its limiter. */
  rateLimits?: Partial<SnelStartRateLimits>;
  /** Default: one registry per process, shared by every SnelStart client. */
  limiters?: RateLimiterRegistry;
  breakers?: CircuitBreakerRegistry;
  retry?: Partial<RetryPolicy>;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  clock?: Clock;
  sleep?: Sleep;
  /** Hears every attempt sent, token calls included (metrics, logs). Must not throw. */
  onCall?: (call: PlatformCallRecord) => void;
}

/** Limits are per administratie (§2.2), so the limiter and breaker are keyed by it. */
export function snelStartLimiterKey(administration: string): string {
  return `snelstart:${administration}`;
}
