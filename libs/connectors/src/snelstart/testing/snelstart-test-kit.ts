// Test kit for the SnelStart connector: SnelStart's real hosts (nock answers them), virtual time so
// rate-limit and retry waits cost nothing, fresh limiter and breaker registries per test, and the
// OpenAPI checker every API request is held to.
import nock from 'nock';
import { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import { FakeTime } from '../../http/testing/fake-time.js';
import type { SnelStartHttpSettings } from '../http/settings.js';
import { createOpenApiRequestChecker, watchNockScope, type NockRequestLog, type OpenApiRequestChecker } from './openapi-request-check.js';

export const AUTH_ORIGIN = 'https://auth.snelstart.nl';
export const API_ORIGIN = 'https://b2bapi.snelstart.nl';
export const API_BASE = '/v2';
export const SUBSCRIPTION_KEY = 'partner-subscription-key-0123456789abcdef';
export const KOPPELSLEUTEL = 'a29wcGVsc2xldXRlbC11c2VyOnNlY3JldC1wYXNzd29yZA==';
export const ADMINISTRATION = 'adm-1';
export const ADMINISTRATION_ID = '4f7d3c2a-9b1e-4c5d-8a6f-0e1d2c3b4a59';
export const FIRST_TOKEN = 'eyJ0eXAiOiJKV1QifQ.first-access-token.sig';
export const SECOND_TOKEN = 'eyJ0eXAiOiJKV1QifQ.second-access-token.sig';

export interface SnelStartKit {
  time: FakeTime;
  settings: SnelStartHttpSettings;
}

export function snelStartKit(overrides: Partial<SnelStartHttpSettings> = {}): SnelStartKit {
  const time = new FakeTime();
  const settings: SnelStartHttpSettings = {
    apiUrl: `${API_ORIGIN}${API_BASE}`,
    authUrl: AUTH_ORIGIN,
    subscriptionKey: SUBSCRIPTION_KEY,
    limiters: new RateLimiterRegistry(),
    breakers: new CircuitBreakerRegistry(),
    clock: time,
    sleep: time.sleep,
    retry: { baseDelayMs: 1_000, maxDelayMs: 8_000, random: () => 0.5 },
    ...overrides,
  };
  return { time, settings };
}

/** §1.2's answer to the clientkey grant. */
export function tokenResponse(accessToken: string, expiresIn = 3599): Record<string, unknown> {
  return { access_token: accessToken, token_type: 'bearer', expires_in: expiresIn };
}

/** The token endpoint: form body as §1.2 says, and never the subscription key or a bearer token. */
export function tokenEndpoint(): nock.Interceptor {
  return nock(AUTH_ORIGIN, { badheaders: ['ocp-apim-subscription-key', 'authorization'] })
    .post('/b2b/token', { grant_type: 'clientkey', clientkey: KOPPELSLEUTEL })
    .matchHeader('content-type', /^application\/x-www-form-urlencoded/);
}

/** The API host, requiring both credentials of §1.1 with `token`. */
export function api(token: string = FIRST_TOKEN): nock.Scope {
  return nock(API_ORIGIN, { reqheaders: { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': SUBSCRIPTION_KEY } });
}

let checker: OpenApiRequestChecker | undefined;

/** One checker per test file: parsing the 585 kB spec takes a moment. */
export function specChecker(): OpenApiRequestChecker {
  checker ??= createOpenApiRequestChecker();
  return checker;
}

export function checked(scope: nock.Scope): NockRequestLog {
  return watchNockScope(specChecker(), scope);
}
