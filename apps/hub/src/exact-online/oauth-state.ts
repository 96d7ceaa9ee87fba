// The OAuth `state`: 32 random bytes (base64url, 43 characters) handed to the browser; only its
// SHA-256 is stored, so someone who can read the database cannot finish another user's flow.
import { createHash, randomBytes } from 'node:crypto';

export const OAUTH_STATE_BYTES = 32;
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

const STATE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newOAuthState(): string {
  return randomBytes(OAUTH_STATE_BYTES).toString('base64url');
}

/** Only states this hub could have issued are looked up at all. */
export function isWellFormedOAuthState(value: unknown): value is string {
  return typeof value === 'string' && STATE_PATTERN.test(value);
}

export function hashOAuthState(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}
