// The SnelStart stand-in's switches. Every behaviour the platform notes
// (/work/shared/platforms/snelstart.md) tag as unconfirmed (❓) or third-party (🟡) is one option
// here, defaulting to the most likely behaviour, so a test can flip it and prove the hub copes.

/** Calls per administratie; notes §2.2 (🟡 transcribed from a screenshot of the Certificering page). */
export interface SnelStartRateLimits {
  perMinute: number;
  perHour: number;
  concurrent: number;
}

export const SNELSTART_RATE_LIMIT_TIERS = {
  ontwikkelingEnTest: { perMinute: 100, perHour: 1_000, concurrent: 5 },
  maatwerk: { perMinute: 500, perHour: 5_000, concurrent: 50 },
  productie: { perMinute: 500, perHour: 5_000, concurrent: 50 },
} as const satisfies Record<string, SnelStartRateLimits>;

/** A relatie extra veld ("custom field") defined in the administratie; notes §6 row 1. */
export interface CustomFieldDefinition {
  name: string;
  type: 'Text' | 'Integer' | 'Money' | 'Float' | 'DateTime' | 'Boolean' | 'Enum';
  /** Klant fields appear in `extraVeldenKlant`; Leverancier fields cannot be set on a klant (REF-0006). */
  relatiesoort: 'Klant' | 'Leverancier';
  maxLength?: number;
  possibleValues?: readonly string[];
}

export const DEFAULT_CUSTOM_FIELD_DEFINITIONS: readonly CustomFieldDefinition[] = [
  { name: 'Aanmaningsfase', type: 'Text', relatiesoort: 'Klant', maxLength: 50 },
  { name: 'Laatste herinnering', type: 'DateTime', relatiesoort: 'Klant' },
  {
    name: 'Incasso-status',
    type: 'Enum',
    relatiesoort: 'Klant',
    possibleValues: ['Geen', 'Herinnering', 'Aanmaning', 'Ingebrekestelling', 'Incasso'],
  },
  // SnelStart has no language field (notes §4.3); administrations that need one keep it here.
  { name: 'Taal', type: 'Enum', relatiesoort: 'Klant', possibleValues: ['NL', 'EN'] },
  { name: 'Leveranciersnummer', type: 'Text', relatiesoort: 'Leverancier', maxLength: 25 },
];

export const SNELSTART_SCOPES = [
  'settings:read',
  'relaties:read',
  'relaties:write',
  'orders:read',
  'boekhouden:read',
  'boekhouden:write',
  'documenten:read',
  'documenten:write',
  'bankieren:read',
] as const;

export type SnelStartScope = (typeof SNELSTART_SCOPES)[number];

export interface SnelStartSandboxOptions {
  /** The partner's app name in the activation link (notes §1.4 step 1). */
  appShortName: string;
  /** Where SnelStart POSTs `{KoppelSleutel, ActionType, ReferenceKey}`; registered once per partner (notes §1.4). */
  activationWebhookUrl: string;
  /** ❓ notes §4.4 / §10.1: does booking a payment bump the verkoopfactuur's `modifiedOn`? Default: no. */
  paymentBumpsInvoiceModifiedOn: boolean;
  /** ❓ whether `PUT /relaties/{id}/customFields` bumps the relatie's `modifiedOn`. Default: yes. */
  customFieldsBumpRelatieModifiedOn: boolean;
  /**
   * `$top` above 500 (notes §3.1: "maximaal 500 items teruggegeven"): `clamp` serves 500,
   * `error` answers 400 as ASP.NET Web API OData does with MaxTop. Default: clamp.
   */
  topAboveMaximum: 'clamp' | 'error';
  /** ❓ notes §3.1: `$orderby` is undocumented. `honour` sorts, `ignore` keeps storage order. */
  orderBy: 'honour' | 'ignore';
  /** 🟡 notes §2.2: limits per administratie (default) or per subscription key (IWD's reading); null = off. */
  rateLimits: SnelStartRateLimits | null;
  rateLimitScope: 'administration' | 'subscription-key';
  /** 🟡 notes §2.2: the hourly budget as an APIM rate limit (429) or an APIM quota (403). */
  hourlyLimitResponse: 'rate-limit-429' | 'quota-403';
  /** 🟡 notes §2.2 / §8.10: APIM sends `Retry-After` with its 429; SnelStart does not document it. */
  retryAfterHeader: boolean;
  /** ❓ notes §3.2: timestamps carry no offset; assumed Europe/Amsterdam wall clock. */
  timeZone: 'Europe/Amsterdam' | 'UTC';
  /** 🟡 notes §2.3: ASP.NET error bodies as `{"message"}` (camelCase serializer) or `{"Message"}`. */
  aspNetErrorKeys: 'camel' | 'pascal';
  /** ❓ whether tokens minted before a koppelsleutel was regenerated or deleted keep working until expiry. */
  tokensSurviveKeyRevocation: boolean;
  /** Scopes the coupling grants (fixed at activation, notes §1.2); a call outside them gets 403. */
  grantedScopes: readonly SnelStartScope[];
  customFieldDefinitions: readonly CustomFieldDefinition[];
}

export const DEFAULT_SNELSTART_OPTIONS: SnelStartSandboxOptions = {
  appShortName: 'debtor-hub',
  activationWebhookUrl: 'http://127.0.0.1:3000/webhooks/snelstart/activation',
  paymentBumpsInvoiceModifiedOn: false,
  customFieldsBumpRelatieModifiedOn: true,
  topAboveMaximum: 'clamp',
  orderBy: 'honour',
  rateLimits: SNELSTART_RATE_LIMIT_TIERS.productie,
  rateLimitScope: 'administration',
  hourlyLimitResponse: 'rate-limit-429',
  retryAfterHeader: true,
  timeZone: 'Europe/Amsterdam',
  aspNetErrorKeys: 'camel',
  tokensSurviveKeyRevocation: false,
  grantedScopes: SNELSTART_SCOPES,
  customFieldDefinitions: DEFAULT_CUSTOM_FIELD_DEFINITIONS,
};

export function resolveOptions(overrides: Partial<SnelStartSandboxOptions> = {}): SnelStartSandboxOptions {
  return { ...DEFAULT_SNELSTART_OPTIONS, ...overrides };
}
