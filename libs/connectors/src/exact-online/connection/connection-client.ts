// Calls for a connection rather than one administration (§1.6): who the user is, which divisions
// they granted, and the webhook subscriptions of a division. `current/Me` has no division in its
// URL and is not counted in the daily limit; the other calls are counted against the division in
// their URL, so they share that division's limiter with the connector.
import type { AccessTokenSource } from '../../port/credentials.js';
import { ExactApi } from '../http/exact-api.js';
import { createExactHttpClient, type ExactHttpSettings, type ExactScope } from '../http/exact-http-client.js';
import { selectOf } from '../http/select-fields.js';
import { ensureWebhookSubscriptions, type WebhookSubscriptionsResult } from '../webhooks/subscriptions.js';
import { ME_FIELDS, readCurrentUser, type ExactCurrentUser } from './current-user.js';
import { DIVISION_FIELDS, readDivision, type ExactDivision } from './divisions.js';

export interface ExactConnectionClientOptions extends ExactHttpSettings {
  /** The connection's region host (§1.1). */
  baseUrl: string;
  tokens: AccessTokenSource;
}

export interface ExactConnectionClient {
  getCurrentUser(signal?: AbortSignal): Promise<ExactCurrentUser>;
  /**
   * The divisions the user granted (§1.6). The URL needs some division; Exact does not check
   * which (PQ#470), so the user's current one is used: `viaDivision`, or read from `current/Me`.
   */
  listDivisions(viaDivision?: number, signal?: AbortSignal): Promise<ExactDivision[]>;
  ensureWebhookSubscriptions(division: string, topics: readonly string[], callbackUrl: string, signal?: AbortSignal): Promise<WebhookSubscriptionsResult>;
}

export function createExactConnectionClient(options: ExactConnectionClientOptions): ExactConnectionClient {
  const api = (scope: ExactScope): ExactApi => new ExactApi(createExactHttpClient(options.baseUrl, scope, options.tokens, options));

  const getCurrentUser = async (signal?: AbortSignal): Promise<ExactCurrentUser> => {
    const rows = await api('current').all({ endpoint: 'current/Me', query: { $select: selectOf(ME_FIELDS) }, signal });
    return readCurrentUser(rows);
  };

  return {
    getCurrentUser,

    async listDivisions(viaDivision, signal) {
      const division = viaDivision ?? (await getCurrentUser(signal)).currentDivision;
      const rows = await api(String(division)).all({ endpoint: 'system/Divisions', query: { $select: selectOf(DIVISION_FIELDS) }, signal });
      return rows.map(readDivision);
    },

    ensureWebhookSubscriptions(division, topics, callbackUrl, signal) {
      return ensureWebhookSubscriptions(api(division), topics, callbackUrl, signal);
    },
  };
}
