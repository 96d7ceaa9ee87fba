// The sandbox clock stands still unless moved (tests move it instead of sleeping). A benchmark
// under real rate limits needs it to run with real time instead: Exact's minute windows, token
// lifetimes and the X-RateLimit-*-Reset headers the hub waits on are all read from it, and a
// frozen clock would turn "60 calls a minute" into "60 calls ever" and refuse the hub's token
// refresh after ten real minutes. So it is set to the real time now and every `everyMs` after.
import type { SandboxProcess } from './sandbox-process.js';

export interface RealClockFollower {
  /** Stops setting the clock; waits for a set still in flight. */
  stop(): Promise<void>;
}

export async function followRealTime(sandbox: SandboxProcess, everyMs = 200): Promise<RealClockFollower> {
  const set = (): Promise<unknown> => sandbox.control('POST', '/clock/set', { instant: new Date().toISOString() });
  await set();
  let inFlight: Promise<unknown> = Promise.resolve();
  let failure: unknown = null;
  const timer = setInterval(() => {
    inFlight = inFlight.then(set).catch((error: unknown) => {
      failure ??= error;
    });
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
      if (failure !== null) throw new Error('could not keep the sandbox clock on real time', { cause: failure });
    },
  };
}
