// Stops calling an endpoint before the platform punishes us for failing on it. Exact Online blocks
// an endpoint for an hour after more than 10 errors (400, 401, 403, 404) per endpoint per hour
// (exact-online.md §2); the breaker opens at 8 by default, so retries and bugs can never reach the
// block. It also opens for a while after repeated 5xx or network failures, so an outage is not
// hammered.
//
// An open breaker refuses without calling the platform. The client turns that into a
// ConnectorError('transient') with `retryAt` = when the breaker half-opens: nothing is known to be
// wrong with the request itself (invalid_request/platform_bug would fail the run for good), and
// the platform did not throttle us (rate_limited would mislead support); "try again after
// retryAt" is exactly what the hub should do.
import { systemClock, type Clock } from './clock.js';
import { SlidingWindow } from './sliding-window.js';

export interface CircuitBreakerPolicy {
  /** Statuses the platform counts against an error budget; [] when it keeps none. */
  countedStatuses: readonly number[];
  /** Open once this many counted errors fall within `countedWindowMs`. */
  countedThreshold: number;
  countedWindowMs: number;
  /** Open for `serverErrorOpenMs` once this many 5xx/network failures fall within `serverErrorWindowMs`. */
  serverErrorThreshold: number;
  serverErrorWindowMs: number;
  serverErrorOpenMs: number;
  /** While the one half-open trial call is in flight, other calls are told to come back after this. */
  trialBusyMs: number;
}

export const DEFAULT_CIRCUIT_BREAKER_POLICY: CircuitBreakerPolicy = {
  countedStatuses: [400, 401, 403, 404],
  countedThreshold: 8,
  countedWindowMs: 3_600_000,
  serverErrorThreshold: 5,
  serverErrorWindowMs: 60_000,
  serverErrorOpenMs: 30_000,
  trialBusyMs: 1_000,
};

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  /** Before a call: null when it may go, else the epoch ms after which to try again. */
  check(endpoint: string): number | null;
  /** After a call: the HTTP status, or undefined when no answer came (network error, timeout). */
  record(endpoint: string, status: number | undefined): void;
  /** A call let through by `check` was abandoned (aborted) without an answer to judge. */
  release(endpoint: string): void;
  state(endpoint: string): CircuitState;
}

export function createCircuitBreaker(policy: Partial<CircuitBreakerPolicy> = {}, clock: Clock = systemClock): CircuitBreaker {
  return new EndpointCircuitBreaker({ ...DEFAULT_CIRCUIT_BREAKER_POLICY, ...policy }, clock);
}

interface EndpointState {
  counted: SlidingWindow;
  serverErrors: SlidingWindow;
  /** Open until then; afterwards half-open. Null: closed. */
  openUntil: number | null;
  trialInFlight: boolean;
}

class EndpointCircuitBreaker implements CircuitBreaker {
  private readonly endpoints = new Map<string, EndpointState>();
  private readonly counted: ReadonlySet<number>;

  constructor(
    private readonly policy: CircuitBreakerPolicy,
    private readonly clock: Clock,
  ) {
    this.counted = new Set(policy.countedStatuses);
  }

  check(endpoint: string): number | null {
    const state = this.endpoints.get(endpoint);
    if (state === undefined || state.openUntil === null) return null;
    const now = this.clock.now();
    if (now < state.openUntil) return state.openUntil;
    if (state.trialInFlight) return now + this.policy.trialBusyMs;
    state.trialInFlight = true;
    return null;
  }

  record(endpoint: string, status: number | undefined): void {
    const state = this.stateFor(endpoint);
    const now = this.clock.now();
    const wasTrial = state.trialInFlight;
    state.trialInFlight = false;

    const serverFailure = status === undefined || status >= 500;
    if (status !== undefined && this.counted.has(status)) state.counted.record(now);
    if (serverFailure) state.serverErrors.record(now);
    // Any answer that is not a server failure shows the platform is up again.
    else state.serverErrors.clear();

    // The counted window is never cleared: the platform keeps counting those errors for the hour
    // whatever happens in between, so the breaker stays open until enough of them have aged out.
    let openUntil = state.counted.count(now) >= this.policy.countedThreshold ? state.counted.availableAt(now) : 0;
    if (serverFailure && (wasTrial || state.serverErrors.count(now) >= this.policy.serverErrorThreshold)) {
      openUntil = Math.max(openUntil, now + this.policy.serverErrorOpenMs);
    }
    state.openUntil = openUntil > now ? openUntil : null;
  }

  release(endpoint: string): void {
    const state = this.endpoints.get(endpoint);
    if (state !== undefined) state.trialInFlight = false;
  }

  state(endpoint: string): CircuitState {
    const openUntil = this.endpoints.get(endpoint)?.openUntil ?? null;
    if (openUntil === null) return 'closed';
    return this.clock.now() < openUntil ? 'open' : 'half-open';
  }

  private stateFor(endpoint: string): EndpointState {
    let state = this.endpoints.get(endpoint);
    if (state === undefined) {
      state = {
        counted: new SlidingWindow(this.policy.countedThreshold, this.policy.countedWindowMs),
        serverErrors: new SlidingWindow(this.policy.serverErrorThreshold, this.policy.serverErrorWindowMs),
        openUntil: null,
        trialInFlight: false,
      };
      this.endpoints.set(endpoint, state);
    }
    return state;
  }
}
