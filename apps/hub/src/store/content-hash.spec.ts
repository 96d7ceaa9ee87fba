import { contentHash, stableStringify } from './content-hash.js';

describe('stableStringify', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it('sorts keys that occur at several depths consistently', () => {
    expect(stableStringify({ z: { z: 2, a: [{ y: 1, b: 2 }] }, a: 3 })).toBe('{"a":3,"z":{"a":[{"b":2,"y":1}],"z":2}}');
  });

  it('leaves out undefined properties like JSON does', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => stableStringify({ a: Number.NaN })).toThrow(TypeError);
    expect(() => stableStringify({ a: 1n })).toThrow(TypeError);
  });
});

describe('contentHash', () => {
  it('is a 32-byte SHA-256 that changes with any value and with value order', () => {
    const base = contentHash(['A', 1, null]);
    expect(base).toHaveLength(32);
    expect(contentHash(['A', 1, null]).equals(base)).toBe(true);
    expect(contentHash(['A', 2, null]).equals(base)).toBe(false);
    expect(contentHash([1, 'A', null]).equals(base)).toBe(false);
  });
});
