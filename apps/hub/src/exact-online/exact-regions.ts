// Exact Online region hosts (exact-online.md §1.1). An account lives in one region, so the
// region is chosen when connecting and its host is stored with the connection.

export const EXACT_REGIONS = ['nl', 'be', 'de', 'uk', 'fr', 'es', 'us'] as const;
export type ExactRegion = (typeof EXACT_REGIONS)[number];

const REGION_HOSTS: Readonly<Record<Exclude<ExactRegion, 'nl'>, string>> = {
  be: 'https://start.exactonline.be',
  de: 'https://start.exactonline.de',
  uk: 'https://start.exactonline.co.uk', // .co.uk, not .uk
  fr: 'https://start.exactonline.fr',
  es: 'https://start.exactonline.es',
  us: 'https://start.exactonline.com', // USA and "international"
};

export function isExactRegion(value: unknown): value is ExactRegion {
  return typeof value === 'string' && (EXACT_REGIONS as readonly string[]).includes(value);
}

/**
 * The host for `region`. No region, or `nl`, means EXACT_ONLINE_BASE_URL (default
 * https://start.exactonline.nl), which is also how a deployment points at the sandbox.
 */
export function exactBaseUrlFor(region: ExactRegion | undefined, configuredBaseUrl: string): string {
  if (region === undefined || region === 'nl') return configuredBaseUrl.replace(/\/+$/, '');
  return REGION_HOSTS[region];
}
