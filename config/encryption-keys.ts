// HUB_ENCRYPTION_KEYS: comma-separated `keyId:base64key` entries; the first encrypts, all decrypt.
// Parsing lives here so a bad key stops the start with a message that names the entry, never
// the key material.
import { registerDecorator, type ValidationOptions } from 'class-validator';

export interface EncryptionKeyEntry {
  keyId: string;
  key: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Parses the list or throws an Error naming the bad entry by position and key id. */
export function parseEncryptionKeys(text: string): EncryptionKeyEntry[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) throw new Error('HUB_ENCRYPTION_KEYS must hold at least one keyId:base64key entry');
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const separator = entry.indexOf(':');
    const keyId = separator > 0 ? entry.slice(0, separator) : '';
    const encoded = separator > 0 ? entry.slice(separator + 1) : '';
    const where = `HUB_ENCRYPTION_KEYS entry ${index + 1}${KEY_ID.test(keyId) ? ` ("${keyId}")` : ''}`;
    if (!KEY_ID.test(keyId)) throw new Error(`${where} must look like keyId:base64key with a key id of letters, digits, _ . -`);
    if (seen.has(keyId)) throw new Error(`${where} repeats a key id`);
    seen.add(keyId);
    if (!BASE64.test(encoded)) throw new Error(`${where} is not valid base64`);
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new Error(`${where} must decode to 32 bytes for AES-256 (got ${key.length})`);
    return { keyId, key };
  });
}

export function IsEncryptionKeyList(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    let lastProblem = 'HUB_ENCRYPTION_KEYS is required';
    registerDecorator({
      name: 'isEncryptionKeyList',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string') {
            lastProblem = 'HUB_ENCRYPTION_KEYS is required (comma-separated keyId:base64key entries)';
            return false;
          }
          try {
            parseEncryptionKeys(value);
            return true;
          } catch (error) {
            lastProblem = (error as Error).message;
            return false;
          }
        },
        defaultMessage: () => lastProblem,
      },
    });
  };
}
