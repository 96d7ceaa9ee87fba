// HUB_ENCRYPTION_KEYS: comma-separated `keyId:base64key` entries; the first encrypts, all decrypt.
// Parsing lives here so a bad key stops the start with a message that names the entry, never
// the key material.
import { registerDecorator, type ValidationOptions } from 'class-validator';

export interface EncryptionKeyEntry {
  keyId: string;
  key: Buffer;
}

const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const KEY_ID_RULE = '1-64 characters of A-Z a-z 0-9 . _ -';
// Standard or URL-safe alphabet, optional padding; the decoded length is checked separately.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parses the list or throws an Error naming the bad entry by position (and key id where it is a
 * valid one). Never echoes key material, nor an invalid key id: it may be a misplaced key.
 */
export function parseEncryptionKeys(text: string, variable = 'HUB_ENCRYPTION_KEYS'): EncryptionKeyEntry[] {
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === '') throw new Error(`${variable} is empty; expected keyId:base64key[,keyId:base64key...]`);
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const parsed = parseEntry(entry, `${variable} entry ${index + 1}`);
    if (seen.has(parsed.keyId)) throw new Error(`${variable}: key id "${parsed.keyId}" appears more than once`);
    seen.add(parsed.keyId);
    return parsed;
  });
}

function parseEntry(entry: string, label: string): EncryptionKeyEntry {
  if (entry === '') throw new Error(`${label} is empty`);
  const separator = entry.indexOf(':');
  if (separator <= 0) throw new Error(`${label} has no key id; expected keyId:base64key`);
  const keyId = entry.slice(0, separator).trim();
  const encoded = entry.slice(separator + 1).trim();
  if (!KEY_ID.test(keyId)) throw new Error(`${label}: key id is not ${KEY_ID_RULE}`);
  const named = `${label} (key id "${keyId}")`;
  if (encoded === '') throw new Error(`${named} has no key`);
  if (!BASE64.test(encoded)) throw new Error(`${named}: key is not base64`);
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${named}: key must decode to ${KEY_BYTES} bytes, got ${key.length}`);
  return { keyId, key };
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
