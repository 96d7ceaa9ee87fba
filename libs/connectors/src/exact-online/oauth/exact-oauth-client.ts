// Exact Online's OAuth 2 authorization-code flow through oauth4webapi (exact-online.md §1):
// authorize at {base}/api/oauth2/auth, tokens from {base}/api/oauth2/token, a confidential client
// with its secret in the form body (§1.4), no PKCE and no scope (§1.2: none of the clients send
// them, and Exact documents neither). `state` is the hub's: it creates, stores and checks it.
import * as oauth from 'oauth4webapi';
import { ConnectorError } from '../../port/errors.js';
import { systemClock, type Clock } from '../../http/clock.js';
import type { ExactTokenSet } from './token-set.js';
import { EARLIEST_REFRESH_AFTER_MS } from './token-set.js';
import { tokenFailure, type TokenGrant } from './token-errors.js';

export interface ExactOAuthClientOptions {
  /** The region host, e.g. https://start.exactonline.nl (§1.1); stored per connection. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Registered with the app; sent again in the code exchange (§1.3). */
  redirectUri: string;
  /** The fetch oauth4webapi sends token requests with; default the global fetch. */
  httpClient?: typeof fetch;
  /** Per token request; default 30 s. */
  timeoutMs?: number;
  clock?: Clock;
}

export interface ExactAuthorizationUrlOptions {
  /** §1.2 `force_login=1`: ignore an active Exact session in the browser. */
  forceLogin?: boolean;
}

export interface ExactOAuthClient {
  authorizationUrl(state: string, options?: ExactAuthorizationUrlOptions): string;
  /** Exchanges the code from the redirect (valid 3 minutes, single use, §1.2). */
  exchangeCode(code: string): Promise<ExactTokenSet>;
  /**
   * Spends `refreshToken` for a new token set (rotation: the old refresh token is dead once this
   * returns). `obtainedAt` of the current tokens dates an "Access Token not expired" refusal.
   */
  refresh(refreshToken: string, obtainedAt?: number): Promise<ExactTokenSet>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createExactOAuthClient(options: ExactOAuthClientOptions): ExactOAuthClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const server: oauth.AuthorizationServer = {
    issuer: base,
    authorization_endpoint: `${base}/api/oauth2/auth`,
    token_endpoint: `${base}/api/oauth2/token`,
  };
  const client: oauth.Client = { client_id: options.clientId };
  const clientAuth = oauth.ClientSecretPost(options.clientSecret);
  const clock = options.clock ?? systemClock;
  const requestOptions: oauth.TokenEndpointRequestOptions = {
    signal: () => AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    [oauth.customFetch]: options.httpClient,
    // Plain http only to this machine (the local sandbox); a real Exact host is always https.
    [oauth.allowInsecureRequests]: isLoopbackHttp(base),
  };

  async function requestTokens(grant: TokenGrant, send: () => Promise<Response>, refreshAllowedAt?: number): Promise<ExactTokenSet> {
    const requestedAt = clock.now();
    let response: oauth.TokenEndpointResponse;
    try {
      const answer = await send();
      response =
        grant === 'authorization_code'
          ? await oauth.processAuthorizationCodeResponse(server, client, answer)
          : await oauth.processRefreshTokenResponse(server, client, answer);
    } catch (error) {
      throw await tokenFailure(error, { grant, now: clock.now(), refreshAllowedAt });
    }
    return tokenSetOf(response, requestedAt, clock.now());
  }

  return {
    authorizationUrl(state, urlOptions = {}) {
      const url = new URL(server.authorization_endpoint as string);
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', options.redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('state', state);
      if (urlOptions.forceLogin === true) url.searchParams.set('force_login', '1');
      return url.href;
    },

    async exchangeCode(code) {
      const decoded = decodeCode(code.trim());
      if (decoded === '') throw invalidInput('the authorization code is empty');
      // The hub checked `state` already; this only brands the parameters for oauth4webapi.
      const callback = oauth.validateAuthResponse(server, client, new URLSearchParams({ code: decoded }), oauth.skipStateCheck);
      return requestTokens('authorization_code', () =>
        oauth.authorizationCodeGrantRequest(server, client, clientAuth, callback, options.redirectUri, oauth.nopkce, requestOptions),
      );
    },

    async refresh(refreshToken, obtainedAt) {
      if (refreshToken.trim() === '') throw invalidInput('the refresh token is empty');
      const refreshAllowedAt = obtainedAt === undefined ? undefined : obtainedAt + EARLIEST_REFRESH_AFTER_MS;
      return requestTokens('refresh_token', () => oauth.refreshTokenGrantRequest(server, client, clientAuth, refreshToken, requestOptions), refreshAllowedAt);
    },
  };
}

/** §1.4: `expires_in` comes as the string "600"; oauth4webapi has parsed it to a number by now. */
function tokenSetOf(response: oauth.TokenEndpointResponse, requestedAt: number, obtainedAt: number): ExactTokenSet {
  const expiresIn = response.expires_in;
  if (typeof response.refresh_token !== 'string' || response.refresh_token === '' || expiresIn === undefined || !(expiresIn > 0)) {
    throw new ConnectorError({
      platform: 'exact-online',
      errorClass: 'platform_bug',
      message: 'exact-online token endpoint answered without a refresh token or a lifetime',
      endpoint: 'api/oauth2/token',
    });
  }
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt: requestedAt + expiresIn * 1000,
    obtainedAt,
  };
}

function invalidInput(reason: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online OAuth: ${reason}`, endpoint: 'api/oauth2/token' });
}

/** §1.2: a code handed over still URL-encoded (`XTzM%21IAAA…`) must be decoded (`!`) first. */
function decodeCode(code: string): string {
  if (!/%[0-9a-f]{2}/i.test(code)) return code;
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

function isLoopbackHttp(base: string): boolean {
  const url = new URL(base);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
