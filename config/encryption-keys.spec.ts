import { randomBytes } from 'node:crypto';
import { parseEncryptionKeys } from './encryption-keys.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const a64 = keyA.toString('base64');
const b64 = keyB.toString('base64');

function parseError(text: string): Error {
  try {
    parseEncryptionKeys(text);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseEncryptionKeys', () => {
  it('makes the first key current and keeps every key for decryption', () => {
    const keys = parseEncryptionKeys(`2026-02:${b64}, 2025-11:${a64}`);
    expect(keys.map((entry) => entry.keyId)).toEqual(['2026-02', '2025-11']);
    expect(keys[0].key.equals(keyB)).toBe(true);
    expect(keys[1].key.equals(keyA)).toBe(true);
  });

  it('accepts URL-safe base64', () => {
    const [entry] = parseEncryptionKeys(`k1:${keyA.toString('base64url')}`);
    expect(entry.key.equals(keyA)).toBe(true);
  });

  it('rejects an empty list', () => {
    expect(parseError('  ').message).toMatch(/HUB_ENCRYPTION_KEYS is empty/);
  });

  it('names the entry whose key has the wrong length, without its key material', () => {
    const short = randomBytes(16).toString('base64');
    const error = parseError(`k1:${a64},k2:${short}`);
    expect(error.message).toBe('HUB_ENCRYPTION_KEYS entry 2 (key id "k2"): key must decode to 32 bytes, got 16');
    expect(error.message).not.toContain(short);
  });

  it('rejects a key that is not base64', () => {
    expect(parseError('k1:not*base64!').message).toBe('HUB_ENCRYPTION_KEYS entry 1 (key id "k1"): key is not base64');
  });

  it('rejects an entry without key id and does not echo it (it may be a bare key)', () => {
    const error = parseError(`k1:${a64},${b64}`);
    expect(error.message).toBe('HUB_ENCRYPTION_KEYS entry 2 has no key id; expected keyId:base64key');
    expect(error.message).not.toContain(b64.slice(0, 8));
  });

  it('rejects an invalid key id without echoing it', () => {
    const error = parseError(`${b64}:${a64}`);
    expect(error.message).toMatch(/^HUB_ENCRYPTION_KEYS entry 1: key id is not/);
    expect(error.message).not.toContain(b64.slice(0, 8));
  });

  it('rejects empty entries and missing keys', () => {
    expect(parseError(`k1:${a64},`).message).toBe('HUB_ENCRYPTION_KEYS entry 2 is empty');
    expect(parseError('k1:').message).toBe('HUB_ENCRYPTION_KEYS entry 1 (key id "k1") has no key');
  });

  it('rejects duplicate key ids', () => {
    expect(parseError(`k1:${a64},k1:${b64}`).message).toBe('HUB_ENCRYPTION_KEYS: key id "k1" appears more than once');
  });

  it('names the variable it was given', () => {
    expect(() => parseEncryptionKeys('', 'OTHER_KEYS')).toThrow(/^OTHER_KEYS is empty/);
  });
});

