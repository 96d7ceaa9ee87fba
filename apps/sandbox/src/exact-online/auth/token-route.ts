// POST /api/oauth2/token (§1.4): form-encoded only, grants `authorization_code` and
// `refresh_token`, client id and secret from the form (HTTP Basic only when switched on).
import type { Request, Response, Router } from 'express';
import type { ExactOnlineAppRegistration } from '../options.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import type { TokenOutcome } from './oauth-store.js';
import { sendTokenError, sendTokenFailure, sendTokens } from './token-responses.js';

export function registerTokenRoute(router: Router, runtime: ExactOnlineRuntime): void {
  router.post('/api/oauth2/token', (req: Request, res: Response) => {
    const stats = runtime.context.stats('exact-online');
    stats.calls++;
    res.on('finish', () => {
      if (res.statusCode === 429) stats.rateLimited429++;
      else if (res.statusCode >= 400) stats.errors++;
    });

    if (!req.is('application/x-www-form-urlencoded') || typeof req.body !== 'object' || req.body === null) {
      sendTokenError(runtime, res, 400, 'invalid_request');
      return;
    }
    const form = req.body as Record<string, unknown>;
    const field = (name: string): string => (typeof form[name] === 'string' ? form[name] : '');
    const app = authenticateClient(runtime, req, field);
    if (app === null) {
      sendTokenError(runtime, res, 401, 'invalid_client');
      return;
    }
    // Consent withdrawn (fault `revoked`): every grant is refused.
    if (runtime.context.faults('exact-online').revoked) {
      sendTokenError(runtime, res, 400, 'invalid_grant');
      return;
    }

    const grantType = field('grant_type');
    let outcome: TokenOutcome;
    if (grantType === 'authorization_code') {
      const userId = runtime.oauth.userOfCode(field('code'));
      if (userId !== undefined && !runtime.oauth.countTokenCall(app.clientId, userId)) return sendQuotaExceeded(runtime, res);
      outcome = runtime.oauth.exchangeCode(app.clientId, field('code'), field('redirect_uri'));
    } else if (grantType === 'refresh_token') {
      const userId = runtime.oauth.userOfRefreshToken(field('refresh_token'));
      if (userId !== undefined && !runtime.oauth.countTokenCall(app.clientId, userId)) return sendQuotaExceeded(runtime, res);
      outcome = runtime.oauth.refresh(app.clientId, field('refresh_token'));
    } else {
      sendTokenError(runtime, res, 400, 'unsupported_grant_type');
      return;
    }

    if (outcome.ok) {
      sendTokens(runtime, res, outcome.body);
      return;
    }
    if (outcome.failure.kind === 'old_refresh_token') stats.refreshTokenReuse++;
    sendTokenFailure(runtime, res, outcome.failure);
  });
}

function authenticateClient(runtime: ExactOnlineRuntime, req: Request, field: (name: string) => string): ExactOnlineAppRegistration | null {
  let clientId = field('client_id');
  let clientSecret = field('client_secret');
  const basic = runtime.options.acceptHttpBasicClientAuth ? basicCredentials(req.headers.authorization) : null;
  if (clientId === '' && basic !== null) ({ clientId, clientSecret } = basic);
  const app = runtime.apps.get(clientId.toLowerCase());
  return app !== undefined && app.clientSecret === clientSecret ? app : null;
}

function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (match === null) return null;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
}

/** ❓ 🟡 §1.5: 200 token calls per app per user per day; the refusal's exact form is not documented. */
function sendQuotaExceeded(runtime: ExactOnlineRuntime, res: Response): void {
  sendTokenError(runtime, res, 429, 'invalid_request', 'The maximum number of token requests for today has been reached.');
}
