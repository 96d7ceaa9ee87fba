// Roles of API keys (../shared/API.md): admin (everything), accountant (connections,
// administrations, receivables, dunning), support (read everything but secrets; sync runs,
// quarantine, replay).
export const API_KEY_ROLES = ['admin', 'accountant', 'support'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** Who is calling: every query is scoped by `tenantId`. */
export interface Principal {
  tenantId: string;
  apiKeyId: string;
  role: ApiKeyRole;
}
