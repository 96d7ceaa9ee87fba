import { MalformedExactCredentialsError, parseStoredExactTokens } from './stored-exact-tokens.js';

const stored = { accessToken: 'AAEAA-secret-access', refreshToken: 'Gcp7-secret-refresh', expiresAt: 1_767_000_600_000, obtainedAt: 1_767_000_000_000 };

describe('parseStoredExactTokens', () => {
  it('returns the token set that was stored', () => {
    expect(parseStoredExactTokens(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('names every missing or mistyped field, never a value', () => {
    const error = (() => {
      try {
        parseStoredExactTokens({ ...stored, refreshToken: '', expiresAt: '1767000600000', obtainedAt: 1.5 });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a rejection');
    })();
    expect(error).toBeInstanceOf(MalformedExactCredentialsError);
    expect(error.message).toBe('stored Exact Online credentials lack a valid refreshToken, expiresAt, obtainedAt');
    expect(error.message).not.toContain('secret');
  });

  it('rejects what is not an object', () => {
    for (const raw of [null, 'token', 42, undefined]) expect(() => parseStoredExactTokens(raw)).toThrow(MalformedExactCredentialsError);
  });
});
