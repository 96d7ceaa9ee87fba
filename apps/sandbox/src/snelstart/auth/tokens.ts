// Access tokens of auth.snelstart.nl: a bearer JWT (🟡 FAKE: it carries a `scopes` claim) valid for
// 3599 seconds, with no refresh token (notes §1.2, §1.3). The sandbox remembers what it issued
// instead of checking signatures; expiry is read from the sandbox clock.
import type { SandboxClock } from '../../core/contracts.js';
import { stableHex } from '../ids.js';
import type { Coupling } from './couplings.js';

export const TOKEN_LIFETIME_SECONDS = 3599;

export interface AccessGrant {
  readonly token: string;
  readonly coupling: Coupling;
  readonly scopes: readonly string[];
  readonly expiresAtMs: number;
}

export class TokenIssuer {
  private grants = new Map<string, AccessGrant>();
  private issued = 0;

  constructor(private readonly clock: SandboxClock) {}

  reset(): void {
    this.grants.clear();
  }

  issue(coupling: Coupling, administratieIdentifier: string, scopes: readonly string[]): AccessGrant {
    const issuedAt = Math.floor(this.clock.nowMs() / 1000);
    const expiresAt = issuedAt + TOKEN_LIFETIME_SECONDS;
    const jti = stableHex(32, 'snelstart', 'token', coupling.koppelsleutel, ++this.issued);
    const claims = { iss: 'https://auth.snelstart.nl', aud: 'b2bapi', sub: administratieIdentifier, scopes, nbf: issuedAt, iat: issuedAt, exp: expiresAt, jti };
    const token = [base64Url({ alg: 'RS256', typ: 'JWT' }), base64Url(claims), stableHex(86, 'signature', jti)].join('.');
    const grant: AccessGrant = { token, coupling, scopes, expiresAtMs: expiresAt * 1000 };
    this.pruneExpired();
    this.grants.set(token, grant);
    return grant;
  }

  /** The grant behind a token, expired or not; the caller decides what expiry means. */
  lookup(token: string): AccessGrant | undefined {
    return this.grants.get(token);
  }

  isExpired(grant: AccessGrant): boolean {
    return this.clock.nowMs() >= grant.expiresAtMs;
  }

  private pruneExpired(): void {
    // Keep a day of expired tokens so a client using an old one still gets the 401, not a 404.
    const horizon = this.clock.nowMs() - 86_400_000;
    for (const [token, grant] of this.grants) if (grant.expiresAtMs < horizon) this.grants.delete(token);
  }
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
