// When an Exact Online token set must be refreshed (exact-online.md §1.5): in the last 30 s of
// the access token's 600 s life, never before 570 s after it arrived (Exact refuses that, and the
// refusal counts toward the error budget). Pure, so the locked code path only acts on the answer.
import { refreshWindow, type ExactTokenSet } from '@hub/connectors';

export type RenewalReason =
  /** A caller wants a working token. */
  | { kind: 'due' }
  /** Exact answered 401 to this access token. */
  | { kind: 'rejected'; accessToken: string }
  /** Keep-alive: refresh tokens obtained before this moment (epoch ms) so the refresh token never idles out. */
  | { kind: 'idle'; obtainedBefore: number };

export type RenewalDecision = { action: 'use' } | { action: 'refresh' } | { action: 'wait'; retryAt: number };

export function decideRenewal(tokens: Pick<ExactTokenSet, 'accessToken' | 'expiresAt' | 'obtainedAt'>, now: number, reason: RenewalReason): RenewalDecision {
  const { notBefore, dueAt } = refreshWindow(tokens);
  if (now >= dueAt) return { action: 'refresh' };
  switch (reason.kind) {
    case 'due':
      return { action: 'use' };
    case 'rejected':
      // Someone already replaced the rejected token: use theirs.
      if (tokens.accessToken !== reason.accessToken) return { action: 'use' };
      return now >= notBefore ? { action: 'refresh' } : { action: 'wait', retryAt: notBefore };
    case 'idle':
      return tokens.obtainedAt < reason.obtainedBefore && now >= notBefore ? { action: 'refresh' } : { action: 'use' };
  }
}
