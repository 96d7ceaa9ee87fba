import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-secret.js';

describe('API key secrets', () => {
  it('generates distinct keys whose prefix can be read back', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).not.toBe(second.key);
    expect(apiKeyPrefix(first.key)).toBe(first.prefix);
    expect(first.hash).toBe(hashApiKey(first.key));
    expect(first.hash).not.toContain(first.key.slice(-20));
  });

  it('matches only the exact key', () => {
    const { key, hash } = generateApiKey();
    expect(apiKeyMatches(key, hash)).toBe(true);
    expect(apiKeyMatches(`${key.slice(0, -1)}x`, hash)).toBe(false);
    expect(apiKeyMatches(key, 'abcd')).toBe(false);
  });

  it.each(['', 'Bearer x', 'dhk_short_x', 'dhk_abcdefghijkl_tooShort', `xxx_abcdefghijkl_${'a'.repeat(43)}`])(
    'rejects the malformed key %p',
    (key) => expect(apiKeyPrefix(key)).toBeNull(),
  );
});
