// The activation ReferenceKey (§1.4: echoed back in every koppelsleutel webhook call, at most 500
// characters): 32 random bytes, base64url. It is the only thing that authenticates the webhook, so
// it is unguessable and only its SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

export const REFERENCE_KEY_BYTES = 32;
/** The user logs in to SnelStart Web and picks an administratie: give that an hour. */
export const ACTIVATION_TTL_MS = 60 * 60_000;

const REFERENCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newReferenceKey(): string {
  return randomBytes(REFERENCE_KEY_BYTES).toString('base64url');
}

/** Only keys this hub could have issued are looked up at all. */
export function isWellFormedReferenceKey(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

export function hashReferenceKey(referenceKey: string): string {
  return createHash('sha256').update(referenceKey, 'utf8').digest('hex');
}
