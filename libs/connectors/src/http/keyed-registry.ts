// One shared instance per key, e.g. one rate limiter and one circuit breaker per
// `exact-online:<clientId>:<division>`, so every client working for that account obeys one budget.
import type { CircuitBreaker } from './circuit-breaker.js';
import type { RateLimiter } from './rate-limiter.js';

export class KeyedRegistry<T> {
  private readonly items = new Map<string, T>();

  /** The instance for `key`; `create` runs only the first time the key is asked for. */
  get(key: string, create: () => T): T {
    let item = this.items.get(key);
    if (item === undefined) {
      item = create();
      this.items.set(key, item);
    }
    return item;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }
}

export class RateLimiterRegistry extends KeyedRegistry<RateLimiter> {}
export class CircuitBreakerRegistry extends KeyedRegistry<CircuitBreaker> {}
