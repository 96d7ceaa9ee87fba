// Enforces the call budget per administratie (the token's) or per subscription key, as the
// `rateLimitScope` switch says. It sits where APIM does: after the subscription check, before the
// API sees the token, so even calls with a stale token spend budget.
import type { RequestHandler } from 'express';
import { bearerToken, subscriptionKeyOf } from '../auth/credentials.js';
import type { SnelStartState } from '../state.js';
import { sendQuotaExceeded, sendRateLimited } from './responses.js';

export function rateLimitMiddleware(state: SnelStartState): RequestHandler {
  return (req, res, next) => {
    const limits = state.options.rateLimits;
    if (limits === null) {
      next();
      return;
    }
    const token = bearerToken(req);
    const grant = token === null ? undefined : state.tokens.lookup(token);
    const bucket =
      state.options.rateLimitScope === 'administration' && grant ? `administratie:${grant.coupling.administrationKey}` : `subscription:${subscriptionKeyOf(req) ?? ''}`;
    const verdict = state.limiter.admit(bucket, state.context.clock.nowMs(), limits);
    if (verdict.allowed) {
      res.once('close', verdict.release);
      next();
      return;
    }
    if (verdict.window === 'hour' && state.options.hourlyLimitResponse === 'quota-403') {
      sendQuotaExceeded(res, verdict.retryAfterSeconds);
      return;
    }
    state.context.stats('snelstart').rateLimited429++;
    sendRateLimited(res, verdict.retryAfterSeconds, state.options.retryAfterHeader);
  };
}
