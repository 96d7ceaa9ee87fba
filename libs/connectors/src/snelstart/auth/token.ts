// The `clientkey` grant (snelstart.md §1.2): POST `{authUrl}/b2b/token`, form-encoded
// `grant_type=clientkey&clientkey=<koppelsleutel>` in the body (never the query string), no
// subscription key → `{ access_token, token_type: "bearer", expires_in: 3599 }`. There is no
// refresh token (§1.3): renewing is posting the koppelsleutel again.
import type { AccessGrant } from '../../port/credentials.js';
import { ConnectorError } from '../../port/errors.js';
import { systemClock, type Clock } from '../../http/clock.js';
import type { PlatformHttpClient } from '../../http/platform-http-client.js';

export const SNELSTART_TOKEN_ENDPOINT = 'b2b/token';

/** A bearer token for one administratie. */
export interface SnelStartToken extends AccessGrant {
  tokenType: 'bearer';
  /** Epoch ms when the token arrived. */
  obtainedAt: number;
}

/**
 * Exchanges a koppelsleutel for a token through `http` (a client on the auth URL). `expiresAt` is
 * counted from when the request was sent, so it never overstates the lifetime.
 */
export async function requestClientKeyToken(http: PlatformHttpClient, koppelsleutel: string, clock: Clock = systemClock, signal?: AbortSignal): Promise<SnelStartToken> {
  if (koppelsleutel.trim() === '') {
    throw new ConnectorError({ platform: 'snelstart', errorClass: 'auth', message: 'snelstart token request refused locally: the koppelsleutel is empty', endpoint: SNELSTART_TOKEN_ENDPOINT });
  }
  const requestedAt = clock.now();
  const response = await http.request<unknown>({
    method: 'POST',
    path: SNELSTART_TOKEN_ENDPOINT,
    form: { grant_type: 'clientkey', clientkey: koppelsleutel.trim() },
    endpoint: SNELSTART_TOKEN_ENDPOINT,
    authenticated: false,
    signal,
  });
  return tokenOf(response.data, requestedAt, clock.now());
}

function tokenOf(body: unknown, requestedAt: number, obtainedAt: number): SnelStartToken {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const accessToken = record['access_token'];
  // §1.2 documents a number; a numeric string is accepted too (Exact sends one, OAuth servers vary).
  const expiresIn = Number(record['expires_in']);
  const tokenType = record['token_type'];
  if (typeof accessToken !== 'string' || accessToken === '' || !(expiresIn > 0) || (tokenType !== undefined && String(tokenType).toLowerCase() !== 'bearer')) {
    throw new ConnectorError({
      platform: 'snelstart',
      errorClass: 'platform_bug',
      message: 'snelstart token endpoint answered without a bearer access_token and a positive expires_in',
      endpoint: SNELSTART_TOKEN_ENDPOINT,
    });
  }
  return { accessToken, tokenType: 'bearer', expiresAt: requestedAt + expiresIn * 1000, obtainedAt };
}
