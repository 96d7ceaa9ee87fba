import type { IncomingMessage } from 'node:http';
import { bearerToken } from './api-key.guard.js';
import type { ApiKeyService } from './api-key.service.js';
import type { Principal } from './roles.js';

/**
 * Who sent a request that the Nest guard does not see (browser-facing pages mounted as Express
 * apps, such as the queue dashboard). Today an API key as `Authorization: Bearer <key>`; the
 * console's cookie session is meant to be checked here as well. Null without a valid credential.
 */
export async function requestPrincipal(request: Pick<IncomingMessage, 'headers'>, apiKeys: Pick<ApiKeyService, 'authenticate'>): Promise<Principal | null> {
  const key = bearerToken(request.headers.authorization);
  return key === null ? null : apiKeys.authenticate(key);
}
