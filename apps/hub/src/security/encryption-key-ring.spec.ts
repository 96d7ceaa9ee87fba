import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { EncryptionKeyRing } from './encryption-key-ring.js';
import { EncryptionKeyConfigError, UnknownEncryptionKeyError } from './security-errors.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const a64 = keyA.toString('base64');
const b64 = keyB.toString('base64');

function parseError(text: string): EncryptionKeyConfigError {
  try {
    EncryptionKeyRing.parse(text);
  } catch (error) {
    if (error instanceof EncryptionKeyConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('EncryptionKeyRing.parse', () => {
  it('makes the first key current and keeps every key for decryption', () => {
    const ring = EncryptionKeyRing.parse(`2026-02:${b64}, 2025-11:${a64}`);
    expect(ring.currentKeyId).toBe('2026-02');
    expect(ring.keyIds).toEqual(['2026-02', '2025-11']);
    expect(ring.keyMaterial('2025-11').equals(keyA)).toBe(true);
    expect(ring.keyMaterial('2026-02').equals(keyB)).toBe(true);
  });

  it('accepts URL-safe base64', () => {
    const ring = EncryptionKeyRing.parse(`k1:${keyA.toString('base64url')}`);
    expect(ring.keyMaterial('k1').equals(keyA)).toBe(true);
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
    expect(() => EncryptionKeyRing.parse('', 'OTHER_KEYS')).toThrow(/^OTHER_KEYS is empty/);
  });
});

describe('EncryptionKeyRing', () => {
  const ring = EncryptionKeyRing.parse(`k2:${b64},k1:${a64}`);

  it('throws a typed error for an unknown key id', () => {
    expect(() => ring.keyMaterial('k9')).toThrow(UnknownEncryptionKeyError);
    expect(ring.has('k1')).toBe(true);
    expect(ring.has('k9')).toBe(false);
  });

  it('never shows key material in JSON, string or inspect output', () => {
    const outputs = [JSON.stringify(ring), String(ring), inspect(ring), inspect({ nested: ring }, { depth: 5 })];
    for (const output of outputs) {
      expect(output).toContain('k2');
      for (const secret of [a64, b64, keyA.toString('hex'), keyB.toString('hex')]) expect(output).not.toContain(secret);
    }
    expect(JSON.parse(JSON.stringify(ring))).toEqual({ currentKeyId: 'k2', keyIds: ['k2', 'k1'] });
  });

  it('copies the keys it is given, so later changes to the caller buffer do not affect it', () => {
    const key = Buffer.from(keyA);
    const copy = EncryptionKeyRing.fromKeys([{ keyId: 'k', key }]);
    key.fill(0);
    expect(copy.keyMaterial('k').equals(keyA)).toBe(true);
  });
});
