// Time is injected (clock and sleep) so the limiter, the breaker and retry waits run on virtual
// time in tests: nothing here may call Date.now() or setTimeout directly.
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** Resolves after `ms`; rejects with the signal's reason when aborted. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const systemClock: Clock = { now: () => Date.now() };

export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, { signal });
};
