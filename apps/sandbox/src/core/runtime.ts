// The running sandbox's state machine: which platforms exist, what they were seeded with, and the
// reset that regenerates everything (data, random sequence, faults, stats, write-back log).
import type { GeneratedAdministration, PlatformSandbox, PlatformSandboxFactory, SandboxDate, SandboxPlatform } from './contracts.js';
import { SANDBOX_PLATFORMS, type SandboxContextAdmin } from './context.js';
import { DEFAULT_LAYOUT, generateFixtures, mergeLayout, type PlatformLayout, type SandboxFixtures, type SandboxLayout } from './layout.js';

export interface ResetOptions {
  seed?: number;
  /** Moves the sandbox clock to this day (09:00 UTC) before generating. */
  today?: SandboxDate;
  /** Platforms not mentioned keep their current layout. */
  layout?: SandboxLayout;
}

export interface SandboxRuntime {
  readonly context: SandboxContextAdmin;
  readonly platforms: Readonly<Record<SandboxPlatform, PlatformSandbox>>;
  reset(options?: ResetOptions): void;
  layout(): Readonly<Record<SandboxPlatform, PlatformLayout>>;
  /** What each platform was last seeded with (platforms may have changed their own state since). */
  fixtures(platform: SandboxPlatform): readonly GeneratedAdministration[];
  hasAdministration(platform: SandboxPlatform, key: string): boolean;
}

export function createSandboxRuntime(context: SandboxContextAdmin, factories: readonly PlatformSandboxFactory[]): SandboxRuntime {
  const platforms = instantiate(context, factories);
  let layout = mergeLayout(DEFAULT_LAYOUT);
  let fixtures: SandboxFixtures = { 'exact-online': [], snelstart: [], 'e-boekhouden': [] };

  return {
    context,
    platforms,
    reset(options = {}) {
      const seed = options.seed ?? context.seed;
      if (options.today) context.clock.set(new Date(`${options.today}T09:00:00Z`));
      layout = mergeLayout(layout, options.layout);
      fixtures = generateFixtures(seed, context.clock.today(), layout);
      context.reseed(seed);
      for (const platform of SANDBOX_PLATFORMS) {
        context.resetFaults(platform);
        platforms[platform].seed(fixtures[platform]);
      }
      context.resetStats();
      context.clearWriteBacks();
    },
    layout: () => layout,
    fixtures: (platform) => fixtures[platform],
    hasAdministration: (platform, key) => fixtures[platform].some((administration) => administration.key === key),
  };
}

/** Exactly one factory per platform, so `platforms` is complete and every prefix is taken once. */
function instantiate(context: SandboxContextAdmin, factories: readonly PlatformSandboxFactory[]): Record<SandboxPlatform, PlatformSandbox> {
  const found: Partial<Record<SandboxPlatform, PlatformSandbox>> = {};
  for (const factory of factories) {
    const sandbox = factory(context);
    if (found[sandbox.platform]) throw new Error(`Two sandboxes for platform ${sandbox.platform}`);
    found[sandbox.platform] = sandbox;
  }
  const missing = SANDBOX_PLATFORMS.filter((platform) => !found[platform]);
  if (missing.length > 0) throw new Error(`No sandbox for platform(s): ${missing.join(', ')}`);
  return found as Record<SandboxPlatform, PlatformSandbox>;
}
