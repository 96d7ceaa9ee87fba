import { hashReferenceKey, isWellFormedReferenceKey, newReferenceKey } from './activation-reference.js';

describe('activation ReferenceKey', () => {
  it('is 256 random bits, base64url, within the 500 characters SnelStart allows (§1.4)', () => {
    const keys = new Set(Array.from({ length: 50 }, newReferenceKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(isWellFormedReferenceKey(key)).toBe(true);
  });

  it('only looks up keys this hub could have issued', () => {
    expect(isWellFormedReferenceKey('tenant-42')).toBe(false);
    expect(isWellFormedReferenceKey(`${newReferenceKey()}=`)).toBe(false);
  });

  it('is stored as a SHA-256 hex digest', () => {
    const key = newReferenceKey();
    expect(hashReferenceKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReferenceKey(key)).not.toContain(key);
  });
});
