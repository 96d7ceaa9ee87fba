// Everything the SnelStart stand-in's routes share: the sandbox context, the switches, the data,
// the keys and tokens, and the rate limiter.
import type { SandboxContext } from '../core/contracts.js';
import type { CouplingRegistry } from './auth/couplings.js';
import type { TokenIssuer } from './auth/tokens.js';
import type { SnelStartSandboxOptions } from './options.js';
import type { RateLimiter } from './rate-limit/limiter.js';
import type { SnelStartStore } from './store/store.js';
import { instantToNaive, type NaiveMs } from './wire/datetime.js';

export interface SnelStartState {
  readonly context: SandboxContext;
  /** Live switches: tests and the control side may change them between calls. */
  readonly options: SnelStartSandboxOptions;
  readonly store: SnelStartStore;
  readonly couplings: CouplingRegistry;
  readonly tokens: TokenIssuer;
  readonly limiter: RateLimiter;
  /** The partner's APIM subscription keys: primary and secondary (notes §1.1). */
  readonly subscriptionKeys: readonly [primary: string, secondary: string];
}

/** "Now" as SnelStart writes it: the wall clock of the configured zone (notes §3.2). */
export function nowNaive(state: SnelStartState): NaiveMs {
  return instantToNaive(state.context.clock.nowMs(), state.options.timeZone);
}
