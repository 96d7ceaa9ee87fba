// The shared state every platform stand-in sees: clock, seeded random, faults, call stats and
// the write-back log. `faults()` and `stats()` return the live objects on purpose: platform
// modules read `revoked`/`malformedRate` at request time and bump `refreshTokenReuse` themselves.
import { createSandboxClock, type ClockStart } from './clock.js';
import type {
  ApiCallStats,
  FaultSettings,
  SandboxContext,
  SandboxPlatform,
  SeededRandom,
  WriteBackEntry,
} from './contracts.js';
import { createSeededRandom } from './random.js';

export const SANDBOX_PLATFORMS: readonly SandboxPlatform[] = ['exact-online', 'snelstart', 'e-boekhouden'];

export const DEFAULT_BASE_URL = 'http://127.0.0.1:4010';

/** Oldest entries are dropped beyond this, so a load test cannot grow the log without bound. */
export const WRITE_BACK_LOG_LIMIT = 10_000;

export function defaultFaultSettings(): FaultSettings {
  return {
    errorRate: 0,
    errorStatus: 500,
    latencyMinMs: 0,
    latencyMaxMs: 0,
    burst429: 0,
    malformedRate: 0,
    revoked: false,
    webhookOutage: false,
  };
}

export function emptyApiCallStats(): ApiCallStats {
  return { calls: 0, rateLimited429: 0, refreshTokenReuse: 0, errors: 0 };
}

export interface SandboxContextOptions {
  seed: number;
  /** Start of the sandbox clock; a bare YYYY-MM-DD means that day at 09:00 UTC. Defaults to real now. */
  now?: ClockStart;
  baseUrl?: string;
}

/** The context plus the operations only the core (server, control API, tests) uses. */
export interface SandboxContextAdmin extends SandboxContext {
  readonly seed: number;
  /** Replaces the seed of `random` (the object identity stays, platforms may hold it). */
  reseed(seed: number): void;
  setFaults(platform: SandboxPlatform, patch: Partial<FaultSettings>): FaultSettings;
  resetFaults(platform: SandboxPlatform): FaultSettings;
  writeBacks(platform?: SandboxPlatform): WriteBackEntry[];
  clearWriteBacks(platform?: SandboxPlatform): void;
  resetStats(platform?: SandboxPlatform): void;
  setBaseUrl(url: string): void;
}

export function createSandboxContext(options: SandboxContextOptions): SandboxContextAdmin {
  const clock = createSandboxClock(options.now);
  let seed = options.seed;
  let source = createSeededRandom(seed);
  let baseUrl = stripTrailingSlash(options.baseUrl ?? DEFAULT_BASE_URL);
  const faults = perPlatform(defaultFaultSettings);
  const stats = perPlatform(emptyApiCallStats);
  let writeBackLog: WriteBackEntry[] = [];

  // A stable facade over a replaceable generator, so reseeding reaches holders of `context.random`.
  const random: SeededRandom = {
    next: () => source.next(),
    int: (min, max) => source.int(min, max),
    pick: (items) => source.pick(items),
    chance: (probability) => source.chance(probability),
  };

  return {
    clock,
    random,
    get seed() {
      return seed;
    },
    reseed(next: number): void {
      seed = next;
      source = createSeededRandom(next);
    },
    faults: (platform) => faults[platform],
    setFaults(platform, patch) {
      return Object.assign(faults[platform], patch);
    },
    resetFaults(platform) {
      return Object.assign(faults[platform], defaultFaultSettings());
    },
    stats: (platform) => stats[platform],
    resetStats(platform) {
      for (const name of platform ? [platform] : SANDBOX_PLATFORMS) Object.assign(stats[name], emptyApiCallStats());
    },
    recordWriteBack(entry) {
      writeBackLog.push({ ...entry, at: clock.now().toISOString() });
      if (writeBackLog.length > WRITE_BACK_LOG_LIMIT) writeBackLog = writeBackLog.slice(-WRITE_BACK_LOG_LIMIT);
    },
    writeBacks(platform) {
      return platform ? writeBackLog.filter((entry) => entry.platform === platform) : [...writeBackLog];
    },
    clearWriteBacks(platform) {
      writeBackLog = platform ? writeBackLog.filter((entry) => entry.platform !== platform) : [];
    },
    baseUrl: () => baseUrl,
    setBaseUrl(url) {
      baseUrl = stripTrailingSlash(url);
    },
  };
}

export function isSandboxPlatform(value: unknown): value is SandboxPlatform {
  return typeof value === 'string' && (SANDBOX_PLATFORMS as readonly string[]).includes(value);
}

function perPlatform<T>(create: () => T): Record<SandboxPlatform, T> {
  return { 'exact-online': create(), snelstart: create(), 'e-boekhouden': create() };
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
