import { Inject, Injectable } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { createExactConnectionClient, createExactOAuthClient, type AccessTokenSource, type ExactConnectionClient, type ExactOAuthClient } from '@hub/connectors';
import { HUB_CONFIG } from '../core/tokens.js';

export const EXACT_CALLBACK_PATH = 'oauth/exact-online/callback';
export const EXACT_WEBHOOK_PATH = 'webhooks/exact-online';

/** The app registration is incomplete: connecting (and refreshing) is impossible. */
export class ExactOnlineNotConfiguredError extends Error {
  override readonly name = 'ExactOnlineNotConfiguredError';

  constructor() {
    super('Exact Online is not configured on this hub: set EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET');
  }
}

/**
 * The hub's Exact Online app registration (client id and secret from the configuration) and the
 * URLs Exact is given: the OAuth redirect URI and the webhook callback, both under HUB_PUBLIC_URL.
 */
@Injectable()
export class ExactOnlineApp {
  readonly redirectUri: string;
  readonly webhookCallbackUrl: string;
  readonly defaultBaseUrl: string;

  constructor(@Inject(HUB_CONFIG) private readonly config: LoadedConfig) {
    this.redirectUri = `${config.HUB_PUBLIC_URL}/${EXACT_CALLBACK_PATH}`;
    this.webhookCallbackUrl = `${config.HUB_PUBLIC_URL}/${EXACT_WEBHOOK_PATH}`;
    this.defaultBaseUrl = config.EXACT_ONLINE_BASE_URL;
  }

  /** The app's client id: Exact's rate limits are per app and division. */
  get clientId(): string {
    return this.credentials().clientId;
  }

  /** Per-division call limits for every Exact client of this hub (config; Exact's published ones by default). */
  get rateLimits(): { perMinute: number; perDay: number } {
    return { perMinute: this.config.EXACT_ONLINE_MINUTELY_LIMIT, perDay: this.config.EXACT_ONLINE_DAILY_LIMIT };
  }

  get configured(): boolean {
    return this.config.EXACT_ONLINE_CLIENT_ID !== undefined && this.config.EXACT_ONLINE_CLIENT_SECRET !== undefined;
  }

  /** OAuth against one region host. Throws ExactOnlineNotConfiguredError without a registration. */
  oauthClient(baseUrl: string): ExactOAuthClient {
    const { clientId, clientSecret } = this.credentials();
    return createExactOAuthClient({ baseUrl, clientId, clientSecret, redirectUri: this.redirectUri });
  }

  /** Connection-level calls (current/Me, divisions, webhook subscriptions) with `tokens`. */
  connectionClient(baseUrl: string, tokens: AccessTokenSource): ExactConnectionClient {
    return createExactConnectionClient({ baseUrl, tokens, clientId: this.credentials().clientId, rateLimits: this.rateLimits });
  }

  private credentials(): { clientId: string; clientSecret: string } {
    const { EXACT_ONLINE_CLIENT_ID: clientId, EXACT_ONLINE_CLIENT_SECRET: clientSecret } = this.config;
    if (clientId === undefined || clientSecret === undefined) throw new ExactOnlineNotConfiguredError();
    return { clientId, clientSecret };
  }
}
