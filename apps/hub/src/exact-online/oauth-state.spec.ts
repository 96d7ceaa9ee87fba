import { createHash } from 'node:crypto';
import { hashOAuthState, isWellFormedOAuthState, newOAuthState } from './oauth-state.js';

describe('OAuth state', () => {
  it('is 32 random bytes as base64url, different every time', () => {
    const states = new Set(Array.from({ length: 100 }, () => newOAuthState()));
    expect(states.size).toBe(100);
    for (const state of states) {
      expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(state, 'base64url')).toHaveLength(32);
      expect(isWellFormedOAuthState(state)).toBe(true);
    }
  });

  it('is stored as its SHA-256 in hex, never as itself', () => {
    const state = newOAuthState();
    const hash = hashOAuthState(state);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(state).digest('hex'));
    expect(hash).not.toContain(state);
    expect(hashOAuthState(newOAuthState())).not.toBe(hash);
  });

  it('rejects what this hub cannot have issued', () => {
    for (const value of ['', 'short', `${newOAuthState()}x`, `${newOAuthState().slice(0, 42)}=`, `${newOAuthState().slice(0, 42)}+`, undefined, ['a'], 42]) {
      expect(isWellFormedOAuthState(value)).toBe(false);
    }
  });
});
