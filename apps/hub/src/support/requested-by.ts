import type { Principal } from '../auth/roles.js';

/** How a run or log line names who asked: the API key, never its secret. */
export function requestedBy(principal: Principal): string {
  return `api-key:${principal.apiKeyId}`;
}
