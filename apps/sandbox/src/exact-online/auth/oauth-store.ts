// OAuth state and rules of §1.2–§1.5: single-use codes that live 3 minutes, access tokens that
// live 600 s, refresh tokens that rotate on every use, die after 30 days unused and may not be
// spent before 570 s have passed since the last token was issued.
import type { SandboxClock, SeededRandom } from '../../core/contracts.js';
import { randomToken } from '../ids.js';
import type { ExactOnlineSandboxOptions } from '../options.js';

export interface OAuthGrant {
  id: string;
  clientId: string;
  userId: string;
  /** Divisions chosen on the consent screen (division scoping, §1.2). */
  divisions: ReadonlySet<number>;
  refreshToken: string;
  refreshTokenIssuedMs: number;
  lastAccessTokenIssuedMs: number;
}

export interface AccessToken {
  token: string;
  grantId: string;
  clientId: string;
  userId: string;
  expiresMs: number;
}

interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  userId: string;
  divisions: ReadonlySet<number>;
  expiresMs: number;
}

/** Exact's token response (§1.4): `expires_in` is a string. */
export interface TokenResponseBody {
  access_token: string;
  token_type: 'bearer';
  expires_in: string;
  refresh_token: string;
}

export type TokenOutcome =
  | { ok: true; body: TokenResponseBody; grant: OAuthGrant }
  | { ok: false; failure: TokenFailure; grant?: OAuthGrant };

export type TokenFailure =
  | { kind: 'invalid_grant' }
  | { kind: 'old_refresh_token' }
  | { kind: 'not_expired' }
  | { kind: 'refresh_token_expired'; expiredMs: number; nowMs: number };

export type AccessTokenLookup = { state: 'valid'; token: AccessToken; grant: OAuthGrant } | { state: 'expired'; token: AccessToken } | { state: 'unknown' };

type TokenRules = ExactOnlineSandboxOptions['tokens'];

const DAY_MS = 86_400_000;

export class OAuthStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly grants = new Map<string, OAuthGrant>();
  private readonly grantByRefreshToken = new Map<string, string>();
  private readonly spentRefreshTokens = new Map<string, string>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly tokenCalls = new Map<string, number>();
  private grantSequence = 0;

  constructor(
    private readonly clock: SandboxClock,
    private readonly random: SeededRandom,
    private readonly rules: TokenRules,
  ) {}

  issueCode(clientId: string, redirectUri: string, userId: string, divisions: ReadonlySet<number>): string {
    // Codes look like `XTzM!IAAAACb…` (§1.2): the `!` must survive URL encoding.
    const code = randomToken(this.random, 4) + '!IAAAA' + randomToken(this.random, 180);
    this.codes.set(code, { clientId, redirectUri, userId, divisions, expiresMs: this.clock.nowMs() + this.rules.codeSeconds * 1000 });
    return code;
  }

  exchangeCode(clientId: string, code: string, redirectUri: string): TokenOutcome {
    const issued = this.codes.get(code);
    // Single use: a second exchange finds nothing (PQ README: 400 Bad Request).
    this.codes.delete(code);
    if (issued === undefined || issued.clientId !== clientId || issued.redirectUri !== redirectUri || issued.expiresMs < this.clock.nowMs()) {
      return { ok: false, failure: { kind: 'invalid_grant' } };
    }
    const now = this.clock.nowMs();
    const grant: OAuthGrant = {
      id: `grant-${++this.grantSequence}`,
      clientId,
      userId: issued.userId,
      divisions: issued.divisions,
      refreshToken: '',
      refreshTokenIssuedMs: now,
      lastAccessTokenIssuedMs: now,
    };
    this.grants.set(grant.id, grant);
    return { ok: true, body: this.rotate(grant, now), grant };
  }

  refresh(clientId: string, refreshToken: string): TokenOutcome {
    const now = this.clock.nowMs();
    const grantId = this.grantByRefreshToken.get(refreshToken);
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (grant === undefined || grant.clientId !== clientId) {
      const spentBy = this.spentRefreshTokens.get(refreshToken);
      const spentGrant = spentBy === undefined ? undefined : this.grants.get(spentBy);
      if (spentGrant !== undefined && spentGrant.clientId === clientId) return { ok: false, failure: { kind: 'old_refresh_token' }, grant: spentGrant };
      return { ok: false, failure: { kind: 'invalid_grant' } };
    }
    const expiredMs = grant.refreshTokenIssuedMs + this.rules.refreshTokenIdleDays * DAY_MS;
    if (now > expiredMs) return { ok: false, failure: { kind: 'refresh_token_expired', expiredMs, nowMs: now }, grant };
    if (now - grant.lastAccessTokenIssuedMs < this.rules.earliestRefreshSeconds * 1000) return { ok: false, failure: { kind: 'not_expired' }, grant };
    return { ok: true, body: this.rotate(grant, now), grant };
  }

  lookupAccessToken(token: string): AccessTokenLookup {
    const found = this.accessTokens.get(token);
    if (found === undefined) return { state: 'unknown' };
    const grant = this.grants.get(found.grantId);
    if (grant === undefined) return { state: 'unknown' };
    if (found.expiresMs <= this.clock.nowMs()) return { state: 'expired', token: found };
    return { state: 'valid', token: found, grant };
  }

  /** Counts a token-endpoint call; false once the app has used its daily quota for this user (🟡 §1.5). */
  countTokenCall(clientId: string, userId: string): boolean {
    if (this.rules.tokenCallsPerDay === null) return true;
    const key = `${clientId}|${userId}|${Math.floor(this.clock.nowMs() / DAY_MS)}`;
    const calls = (this.tokenCalls.get(key) ?? 0) + 1;
    this.tokenCalls.set(key, calls);
    return calls <= this.rules.tokenCallsPerDay;
  }

  userOfRefreshToken(refreshToken: string): string | undefined {
    const grantId = this.grantByRefreshToken.get(refreshToken) ?? this.spentRefreshTokens.get(refreshToken);
    return grantId === undefined ? undefined : this.grants.get(grantId)?.userId;
  }

  userOfCode(code: string): string | undefined {
    return this.codes.get(code)?.userId;
  }

  private rotate(grant: OAuthGrant, now: number): TokenResponseBody {
    if (grant.refreshToken !== '') {
      this.grantByRefreshToken.delete(grant.refreshToken);
      this.spentRefreshTokens.set(grant.refreshToken, grant.id);
    }
    const accessToken = 'AAEAA' + randomToken(this.random, 300);
    const refreshToken = randomToken(this.random, 4) + '!IAAAA' + randomToken(this.random, 200);
    grant.refreshToken = refreshToken;
    grant.refreshTokenIssuedMs = now;
    grant.lastAccessTokenIssuedMs = now;
    this.grantByRefreshToken.set(refreshToken, grant.id);
    this.pruneExpiredAccessTokens(now);
    this.accessTokens.set(accessToken, {
      token: accessToken,
      grantId: grant.id,
      clientId: grant.clientId,
      userId: grant.userId,
      expiresMs: now + this.rules.accessTokenSeconds * 1000,
    });
    return { access_token: accessToken, token_type: 'bearer', expires_in: String(this.rules.accessTokenSeconds), refresh_token: refreshToken };
  }

  /** Expired tokens are kept a day so a late call can still be attributed to its app (error budget). */
  private pruneExpiredAccessTokens(now: number): void {
    if (this.accessTokens.size < 10_000) return;
    for (const [token, info] of this.accessTokens) if (info.expiresMs < now - DAY_MS) this.accessTokens.delete(token);
  }
}
