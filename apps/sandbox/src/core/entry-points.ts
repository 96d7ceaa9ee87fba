// Where a client points its base URLs, per platform. The platform modules own everything below
// their prefix; these are the entry points their real counterparts publish.
import type { SandboxPlatform } from './contracts.js';

export interface EntryPoint {
  label: string;
  path: string;
}

export const PLATFORM_TITLES: Readonly<Record<SandboxPlatform, string>> = {
  'exact-online': 'Exact Online',
  snelstart: 'SnelStart',
  'e-boekhouden': 'e-Boekhouden.nl',
};

export const ENTRY_POINTS: Readonly<Record<SandboxPlatform, readonly EntryPoint[]>> = {
  'exact-online': [{ label: 'API and OAuth', path: '/exact-online' }],
  snelstart: [
    { label: 'Auth (token)', path: '/snelstart/auth' },
    { label: 'API v2', path: '/snelstart/api/v2' },
  ],
  'e-boekhouden': [{ label: 'REST API', path: '/e-boekhouden' }],
};

export function entryPointUrls(baseUrl: string, platform: SandboxPlatform): { label: string; url: string }[] {
  return ENTRY_POINTS[platform].map((entry) => ({ label: entry.label, url: `${baseUrl}${entry.path}` }));
}
