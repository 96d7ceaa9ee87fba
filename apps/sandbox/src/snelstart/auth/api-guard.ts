// The two checks every API call passes (notes §1.1), each answered by the layer that does it:
// APIM refuses a missing or unknown subscription key with its `{statusCode, message}` 401; the
// API behind it refuses a missing, unknown, expired or revoked bearer token with ASP.NET's 401.
import type { RequestHandler, Response } from 'express';
import type { SnelStartScope } from '../options.js';
import type { SnelStartState } from '../state.js';
import { APIM_MESSAGES, ASP_NET_MESSAGES, sendApimError, sendAspNetMessage } from '../wire/errors.js';
import { bearerToken, subscriptionKeyOf } from './credentials.js';
import type { AccessGrant } from './tokens.js';

export function subscriptionKeyGuard(state: SnelStartState): RequestHandler {
  return (req, res, next) => {
    const key = subscriptionKeyOf(req);
    if (key === null) sendApimError(res, 401, APIM_MESSAGES.missingSubscriptionKey);
    else if (!state.subscriptionKeys.includes(key)) sendApimError(res, 401, APIM_MESSAGES.invalidSubscriptionKey);
    else next();
  };
}

export function bearerGuard(state: SnelStartState): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req);
    const grant = token === null ? undefined : state.tokens.lookup(token);
    const refused =
      !grant ||
      state.tokens.isExpired(grant) ||
      state.context.faults('snelstart').revoked ||
      (!grant.coupling.active && !state.options.tokensSurviveKeyRevocation) ||
      state.store.byKeyOrNull(grant.coupling.administrationKey) === null;
    if (refused) {
      res.set('WWW-Authenticate', 'Bearer');
      sendAspNetMessage(res, 401, ASP_NET_MESSAGES.unauthorized, state.options.aspNetErrorKeys);
      return;
    }
    res.locals.snelstartGrant = grant;
    next();
  };
}

/** The grant bearerGuard admitted; routes behind the guard may rely on it. */
export function grantOf(res: Response): AccessGrant {
  const grant: unknown = res.locals.snelstartGrant;
  if (!isGrant(grant)) throw new Error('grantOf() used on a route that is not behind bearerGuard');
  return grant;
}

/** A coupling's scopes are fixed at activation; a call outside them is a 403 (notes §4.0). */
export function requireScopes(state: SnelStartState, ...scopes: SnelStartScope[]): RequestHandler {
  return (_req, res, next) => {
    const granted = grantOf(res).scopes;
    if (scopes.every((scope) => granted.includes(scope))) next();
    else sendAspNetMessage(res, 403, ASP_NET_MESSAGES.unauthorized, state.options.aspNetErrorKeys);
  };
}

function isGrant(value: unknown): value is AccessGrant {
  return typeof value === 'object' && value !== null && 'token' in value && 'coupling' in value;
}
