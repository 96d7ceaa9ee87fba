import { inspect } from 'node:util';
import { EncryptionKeyConfigError, UnknownEncryptionKeyError } from './security-errors.js';

export const ENCRYPTION_KEY_BYTES = 32;

const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const KEY_ID_RULE = '1-64 characters of A-Z a-z 0-9 . _ -';

/** Decoded keys come from `parseEncryptionKeys` in @hub/config, which validates HUB_ENCRYPTION_KEYS at start-up. */
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
