import { inspect } from 'node:util';
import { EncryptionKeyConfigError, UnknownEncryptionKeyError } from './security-errors.js';

export const ENCRYPTION_KEY_BYTES = 32;

const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const KEY_ID_RULE = '1-64 characters of A-Z a-z 0-9 . _ -';
// Standard or URL-safe alphabet, optional padding; the decoded length is checked separately.
const BASE64_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface EncryptionKey {
  keyId: string;
  key: Buffer;
}

/**
 * The AES-256 keys the hub knows. The first key encrypts; every key decrypts, so keys rotate by
 * putting a new key first and keeping the old ones until rotateConnectionCredentials has run.
 * Key material never leaves this object except to the cipher, and never shows in logs.
 */
export class EncryptionKeyRing {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly currentKeyId: string;

  private constructor(keys: readonly EncryptionKey[]) {
    if (keys.length === 0) throw new EncryptionKeyConfigError('the key ring needs at least one key');
    const map = new Map<string, Buffer>();
    for (const { keyId, key } of keys) {
      if (!KEY_ID_PATTERN.test(keyId)) {
        throw new EncryptionKeyConfigError(`a key id is not ${KEY_ID_RULE}`);
      }
      if (map.has(keyId)) throw new EncryptionKeyConfigError(`key id "${keyId}" appears more than once`);
      if (key.length !== ENCRYPTION_KEY_BYTES) {
        throw new EncryptionKeyConfigError(`key "${keyId}" must be ${ENCRYPTION_KEY_BYTES} bytes, got ${key.length}`);
      }
      map.set(keyId, Buffer.from(key));
    }
    this.#keys = map;
    this.currentKeyId = keys[0].keyId;
  }

  /**
   * Parses the HUB_ENCRYPTION_KEYS format: `keyId:base64key,keyId2:base64key2`, each key exactly
   * 32 bytes. Errors name the entry (position and key id), never its key material.
   */
  static parse(text: string, source = 'HUB_ENCRYPTION_KEYS'): EncryptionKeyRing {
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.length === 1 && entries[0] === '') {
      throw new EncryptionKeyConfigError(`${source} is empty; expected keyId:base64key[,keyId:base64key...]`);
    }
    const keys = entries.map((entry, index) => parseEntry(entry, `${source} entry ${index + 1}`));
    try {
      return new EncryptionKeyRing(keys);
    } catch (error) {
      if (error instanceof EncryptionKeyConfigError) throw new EncryptionKeyConfigError(`${source}: ${error.message}`);
      throw error;
    }
  }

  /** A ring from already decoded keys, first one current. */
  static fromKeys(keys: readonly EncryptionKey[]): EncryptionKeyRing {
    return new EncryptionKeyRing(keys);
  }

  get keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  has(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** The raw key, for the cipher only. */
  keyMaterial(keyId: string): Buffer {
    const key = this.#keys.get(keyId);
    if (key === undefined) throw new UnknownEncryptionKeyError(keyId);
    return key;
  }

  toJSON(): { currentKeyId: string; keyIds: string[] } {
    return { currentKeyId: this.currentKeyId, keyIds: this.keyIds };
  }

  toString(): string {
    return `EncryptionKeyRing(current=${this.currentKeyId}, keys=${this.keyIds.join(',')})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

function parseEntry(entry: string, label: string): EncryptionKey {
  const separator = entry.indexOf(':');
  if (entry === '') throw new EncryptionKeyConfigError(`${label} is empty`);
  // Without a separator the entry may be a bare key: do not echo any of it.
  if (separator <= 0) throw new EncryptionKeyConfigError(`${label} has no key id; expected keyId:base64key`);
  const keyId = entry.slice(0, separator).trim();
  const encoded = entry.slice(separator + 1).trim();
  // An invalid id may be misplaced key material: name the entry, do not echo the id.
  if (!KEY_ID_PATTERN.test(keyId)) throw new EncryptionKeyConfigError(`${label}: key id is not ${KEY_ID_RULE}`);
  const named = `${label} (key id "${keyId}")`;
  if (encoded === '') throw new EncryptionKeyConfigError(`${named} has no key`);
  if (!BASE64_PATTERN.test(encoded)) throw new EncryptionKeyConfigError(`${named}: key is not base64`);
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== ENCRYPTION_KEY_BYTES) {
    throw new EncryptionKeyConfigError(`${named}: key must decode to ${ENCRYPTION_KEY_BYTES} bytes, got ${key.length}`);
  }
  return { keyId, key };
}
