// How much data each platform gets: a list of administrations (adm-1, adm-2, …) per platform.
// Each platform draws from its own seed derived from the sandbox seed, so the three packages
// hold different (but reproducible) customers, as three real clients' bookkeepings would.
import type { GeneratedAdministration, SandboxDate, SandboxPlatform } from './contracts.js';
import { SANDBOX_PLATFORMS } from './context.js';
import { generateTenantFixture, type AdministrationSpec } from './generator/index.js';
import { deriveSeed } from './random.js';

export interface PlatformLayout {
  administrations: AdministrationSpec[];
}

export type SandboxLayout = Partial<Record<SandboxPlatform, PlatformLayout>>;

/** Small enough to start instantly, large enough for paging and a believable demo. */
export const DEFAULT_LAYOUT: Readonly<Record<SandboxPlatform, PlatformLayout>> = {
  'exact-online': { administrations: [{ invoices: 400 }, { invoices: 120 }] },
  snelstart: { administrations: [{ invoices: 300 }] },
  'e-boekhouden': { administrations: [{ invoices: 200 }] },
};

export type SandboxFixtures = Record<SandboxPlatform, GeneratedAdministration[]>;

export function mergeLayout(base: Readonly<Record<SandboxPlatform, PlatformLayout>>, override: SandboxLayout = {}): Record<SandboxPlatform, PlatformLayout> {
  const merged = { ...base };
  for (const platform of SANDBOX_PLATFORMS) {
    const layout = override[platform];
    if (layout) merged[platform] = { administrations: layout.administrations.map((spec) => ({ ...spec })) };
  }
  return merged;
}

export function generateFixtures(seed: number, today: SandboxDate, layout: Readonly<Record<SandboxPlatform, PlatformLayout>>): SandboxFixtures {
  const fixtures = {} as SandboxFixtures;
  for (const platform of SANDBOX_PLATFORMS) {
    fixtures[platform] = generateTenantFixture({ seed: deriveSeed(seed, platform), today, administrations: layout[platform].administrations });
  }
  return fixtures;
}
