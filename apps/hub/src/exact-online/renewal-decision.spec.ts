import { decideRenewal } from './renewal-decision.js';

const obtainedAt = 1_767_000_000_000;
const tokens = { accessToken: 'access-1', obtainedAt, expiresAt: obtainedAt + 600_000 };
const at = (seconds: number): number => obtainedAt + seconds * 1000;

describe('decideRenewal', () => {
  it('uses a token until 30 s before expiry (570 s), then refreshes', () => {
    expect(decideRenewal(tokens, at(0), { kind: 'due' })).toEqual({ action: 'use' });
    expect(decideRenewal(tokens, at(569.999), { kind: 'due' })).toEqual({ action: 'use' });
    expect(decideRenewal(tokens, at(570), { kind: 'due' })).toEqual({ action: 'refresh' });
    expect(decideRenewal(tokens, at(86_400), { kind: 'due' })).toEqual({ action: 'refresh' });
  });

  it('after a rejection refreshes the rejected token, but not before the 570 s rule allows it', () => {
    expect(decideRenewal(tokens, at(100), { kind: 'rejected', accessToken: 'access-1' })).toEqual({ action: 'wait', retryAt: at(570) });
    expect(decideRenewal(tokens, at(570), { kind: 'rejected', accessToken: 'access-1' })).toEqual({ action: 'refresh' });
  });

  it('after a rejection uses a token someone else has meanwhile stored', () => {
    expect(decideRenewal(tokens, at(100), { kind: 'rejected', accessToken: 'access-0' })).toEqual({ action: 'use' });
    expect(decideRenewal(tokens, at(600), { kind: 'rejected', accessToken: 'access-0' })).toEqual({ action: 'refresh' });
  });

  it('keep-alive refreshes tokens obtained before the cut-off, never inside the 570 s', () => {
    // A longer-lived token shows the idle rule on its own (for Exact's 600 s token 570 s is also the due moment).
    const longLived = { ...tokens, expiresAt: obtainedAt + 3_600_000 };
    expect(decideRenewal(longLived, at(1_000), { kind: 'idle', obtainedBefore: at(5) })).toEqual({ action: 'refresh' });
    expect(decideRenewal(longLived, at(100), { kind: 'idle', obtainedBefore: at(5) })).toEqual({ action: 'use' });
    expect(decideRenewal(longLived, at(1_000), { kind: 'idle', obtainedBefore: obtainedAt })).toEqual({ action: 'use' });
    expect(decideRenewal(tokens, at(600), { kind: 'idle', obtainedBefore: obtainedAt })).toEqual({ action: 'refresh' });
  });
});
