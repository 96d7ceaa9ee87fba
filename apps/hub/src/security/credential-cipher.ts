import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { type EncryptionKeyRing } from './encryption-key-ring.js';
import { CredentialDecryptionError } from './security-errors.js';

// Layout of a stored ciphertext: version (1 byte) | IV (12) | GCM tag (16) | encrypted JSON.
const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
const ALGORITHM = 'aes-256-gcm';

export interface EncryptedCredentials {
  keyId: string;
  ciphertext: Buffer;
}

/** The associated data for a connection's credentials: binds the ciphertext to that row. */
export function connectionCredentialsAad(connectionId: string): string {
  return `connections:${connectionId}`;
}

/**
 * AES-256-GCM encryption of JSON credentials. Every ciphertext is bound to its row through the
 * associated data (`aad`, e.g. connectionCredentialsAad(id)) and to the key id it names, so a
 * ciphertext copied to another row, or relabelled with another key id, fails to decrypt.
 */
export class CredentialCipher {
  constructor(private readonly keyRing: EncryptionKeyRing) {}

  get currentKeyId(): string {
    return this.keyRing.currentKeyId;
  }

  /** Encrypts `value` (anything JSON.stringify accepts) with the current key. */
  encrypt(value: unknown, aad: string): EncryptedCredentials {
    const plaintext = serialise(value);
    const keyId = this.keyRing.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyRing.keyMaterial(keyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(keyId, aad));
    const encrypted = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const ciphertext = Buffer.concat([Buffer.of(FORMAT_VERSION), iv, cipher.getAuthTag(), encrypted]);
    return { keyId, ciphertext };
  }

  /** Decrypts what encrypt() returned for the same `aad`; returns the parsed JSON. */
  decrypt(keyId: string, ciphertext: Buffer, aad: string): unknown {
    const key = this.keyRing.keyMaterial(keyId);
    if (ciphertext.length < HEADER_BYTES || ciphertext[0] !== FORMAT_VERSION) {
      throw new CredentialDecryptionError(keyId, 'malformed ciphertext');
    }
    const iv = ciphertext.subarray(1, 1 + IV_BYTES);
    const tag = ciphertext.subarray(1 + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(keyId, aad));
    decipher.setAuthTag(tag);
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(ciphertext.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new CredentialDecryptionError(keyId, 'authentication failed (wrong key, wrong row or tampered data)');
    }
    try {
      return JSON.parse(plaintext.toString('utf8'));
    } catch {
      // JSON.parse errors quote the input; the input is the secret.
      throw new CredentialDecryptionError(keyId, 'plaintext is not JSON');
    }
  }

  /** True when a ciphertext under `keyId` should be re-encrypted with the current key. */
  needsRotation(keyId: string): boolean {
    return keyId !== this.keyRing.currentKeyId;
  }

  /** Decrypts with `keyId` and encrypts again with the current key, for the same row. */
  reencrypt(keyId: string, ciphertext: Buffer, aad: string): EncryptedCredentials {
    return this.encrypt(this.decrypt(keyId, ciphertext, aad), aad);
  }

  toJSON(): { currentKeyId: string } {
    return { currentKeyId: this.currentKeyId };
  }

  toString(): string {
    return `CredentialCipher(current=${this.currentKeyId})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

// Versioned and unambiguous (a JSON array), and covering the key id the row claims.
function associatedData(keyId: string, aad: string): Buffer {
  if (aad === '') throw new TypeError('credentials need associated data binding them to their row');
  return Buffer.from(JSON.stringify(['debtor-hub/credentials/v1', keyId, aad]), 'utf8');
}

function serialise(value: unknown): Buffer {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    throw new TypeError('credentials are not serialisable as JSON');
  }
  if (text === undefined) throw new TypeError('credentials are not serialisable as JSON');
  return Buffer.from(text, 'utf8');
}
