// The middlewares every REST call passes, in Exact's order of refusal: the bearer token (401),
// the error-budget block (§2), the rate limits (429, §2), then division scoping (403, §1.2).
// The core's fault injector sits in front, rendering its 429s and errors in Exact's shapes.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createFaultMiddleware } from '../../core/faults/index.js';
import { BUDGETED_STATUSES } from '../limits/error-budget.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import { ExactApiError, ExactErrors, errorEnvelope } from '../wire/errors.js';
import { requestState } from './request-state.js';

/** Reads the bearer token without refusing anything yet (faults and accounting come first). */
export function identifyCaller(runtime: ExactOnlineRuntime): RequestHandler {
  return (req, res, next) => {
    const state = requestState(res);
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (match !== null) {
      const lookup = runtime.oauth.lookupAccessToken(match[1] as string);
      if (lookup.state !== 'unknown') state.clientId = lookup.token.clientId;
      if (lookup.state === 'valid') state.caller = { clientId: lookup.token.clientId, userId: lookup.token.userId, grant: lookup.grant };
    }
    next();
  };
}

/** Counts this module's own refusals in the stats and the error budget once the answer is out. */
export function accountForOutcome(runtime: ExactOnlineRuntime): RequestHandler {
  return (_req, res, next) => {
    res.on('finish', () => {
      const state = requestState(res);
      if (state.injectedFault) return;
      const stats = runtime.context.stats('exact-online');
      if (res.statusCode === 429) stats.rateLimited429++;
      else if (res.statusCode >= 400) stats.errors++;
      if (!state.skipBudget && BUDGETED_STATUSES.has(res.statusCode) && state.clientId !== null && state.division !== null && state.endpoint !== null) {
        runtime.budget.record(state.clientId, state.division, state.endpoint);
      }
    });
    next();
  };
}

export function exactFaults(runtime: ExactOnlineRuntime): RequestHandler {
  return createFaultMiddleware(runtime.context, 'exact-online', {
    renderRateLimited: (res) => {
      const state = requestState(res);
      state.injectedFault = true;
      const headers = state.clientId !== null && state.division !== null ? runtime.limiter.burstHeaders(state.clientId, state.division) : {};
      sendRateLimited(res, headers);
    },
    renderError: (res, status) => {
      requestState(res).injectedFault = true;
      runtime.json(res, status, errorEnvelope(status >= 500 ? 'An error has occurred.' : `The request failed with status ${status}.`));
    },
  });
}

/** 401 for a missing, unknown or expired token, and for every call while consent is revoked. */
export function requireCaller(runtime: ExactOnlineRuntime): RequestHandler {
  return (_req, res, next) => {
    const state = requestState(res);
    if (state.caller === null || runtime.context.faults('exact-online').revoked) {
      res.set('WWW-Authenticate', 'Bearer');
      next(ExactErrors.unauthorized());
      return;
    }
    next();
  };
}

/** §2: more than 10 errors in an hour on one endpoint blocks it for the app and division. */
export function refuseWhileBlocked(runtime: ExactOnlineRuntime): RequestHandler {
  return (_req, res, next) => {
    const state = requestState(res);
    if (state.clientId === null || state.division === null || state.endpoint === null) return next();
    const until = runtime.budget.blockedUntil(state.clientId, state.division, state.endpoint);
    if (until === null) return next();
    // Refusals during the block do not extend it.
    state.skipBudget = true;
    runtime.json(
      res,
      runtime.options.errorBudget.blockedStatus,
      errorEnvelope(`Too many errors on ${state.endpoint}: this endpoint is blocked for your app in division ${state.division} until ${new Date(until).toISOString()}.`),
    );
  };
}

/** §2: 60 per minute and 5,000 per day per app per division, with X-RateLimit-* headers. */
export function enforceRateLimits(runtime: ExactOnlineRuntime): RequestHandler {
  return (_req, res, next) => {
    const state = requestState(res);
    if (state.clientId === null || state.division === null) return next();
    const decision = runtime.limiter.take(state.clientId, state.division);
    if (!decision.allowed) {
      sendRateLimited(res, decision.headers);
      return;
    }
    res.set(decision.headers);
    next();
  };
}

/** ❓ §2: Exact's 429 body is not documented; clients saw an empty one (PQ#528). */
function sendRateLimited(res: Response, headers: Record<string, string>): void {
  res.status(429).set(headers).end();
}

/** Renders thrown ExactApiErrors in the envelope; anything else is a 500 in the same shape. */
export function exactErrorHandler(runtime: ExactOnlineRuntime) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof ExactApiError) {
      res.set(err.headers);
      runtime.json(res, err.status, errorEnvelope(err.message));
      return;
    }
    runtime.json(res, 500, errorEnvelope(err instanceof Error ? err.message : 'An error has occurred.'));
  };
}
