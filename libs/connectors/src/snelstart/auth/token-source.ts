// An in-memory AccessTokenSource for one administratie (snelstart.md §1.3, §9): the token from the
// koppelsleutel is cached and renewed `renewMarginMs` before it expires; concurrent callers share
// one token request (single flight); a 401 renews once per rejected token. A refused koppelsleutel
// is ConnectorError('auth'), which the hub turns into `needs_reconnect`. Nothing here is persisted:
// a SnelStart token is cheap to mint again and there is no refresh token to keep.
import type { AccessGrant, AccessTokenSource } from '../../port/credentials.js';
import { systemClock } from '../../http/clock.js';
import type { PlatformHttpClient } from '../../http/platform-http-client.js';
import type { SnelStartHttpSettings } from '../http/settings.js';
import { requestClientKeyToken, type SnelStartToken } from './token.js';
import { createSnelStartTokenHttpClient } from './token-client.js';

/** §1.3: renew a minute early (snelstart-mcp's TOKEN_BUFFER_SECONDS=60). */
export const SNELSTART_TOKEN_RENEW_MARGIN_MS = 60_000;

export interface SnelStartTokenSourceOptions {
  /** Stable, non-secret label of the administratie (limiter key of the token calls). */
  administration: string;
  koppelsleutel: string;
  /** Renew this long before `expiresAt`; default SNELSTART_TOKEN_RENEW_MARGIN_MS. */
  renewMarginMs?: number;
}

export interface SnelStartTokenSource extends AccessTokenSource {
  readonly administration: string;
  /** Token requests sent so far (retries included). */
  readonly tokenCalls: number;
  /** Forget the cached token, e.g. after the koppelsleutel was regenerated. */
  clear(): void;
}

export function createSnelStartTokenSource(settings: SnelStartHttpSettings, options: SnelStartTokenSourceOptions): SnelStartTokenSource {
  return new CachingTokenSource(settings, options, createSnelStartTokenHttpClient(settings, options.administration, options.koppelsleutel));
}

class CachingTokenSource implements SnelStartTokenSource {
  readonly administration: string;
  private token: SnelStartToken | null = null;
  private inFlight: Promise<SnelStartToken> | null = null;
  private readonly marginMs: number;
  private readonly clock;

  constructor(
    settings: SnelStartHttpSettings,
    private readonly options: SnelStartTokenSourceOptions,
    private readonly http: PlatformHttpClient,
  ) {
    this.administration = options.administration;
    this.marginMs = options.renewMarginMs ?? SNELSTART_TOKEN_RENEW_MARGIN_MS;
    this.clock = settings.clock ?? systemClock;
  }

  get tokenCalls(): number {
    return this.http.apiCalls;
  }

  async current(): Promise<AccessGrant> {
    if (this.token !== null && this.clock.now() < this.token.expiresAt - this.marginMs) return this.token;
    return this.renew();
  }

  async renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant> {
    // Another caller already replaced the rejected token: use theirs rather than minting again.
    if (this.token !== null && this.token.accessToken !== rejected.accessToken && this.clock.now() < this.token.expiresAt) return this.token;
    if (this.token?.accessToken === rejected.accessToken) this.token = null;
    return this.renew();
  }

  clear(): void {
    this.token = null;
  }

  /** Single flight: every caller during a renewal awaits the same token request. */
  private renew(): Promise<SnelStartToken> {
    this.inFlight ??= requestClientKeyToken(this.http, this.options.koppelsleutel, this.clock)
      .then((token) => {
        this.token = token;
        return token;
      })
      .catch((error: unknown) => {
        this.token = null;
        throw error;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
