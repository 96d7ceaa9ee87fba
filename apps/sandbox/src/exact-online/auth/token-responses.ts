// The token endpoint's answers (§1.4/§1.5), with the bodies the notes record: "Old refresh
// token used." (PQ#644), the expired-refresh-token text in .NET's US date format (WS#23), and
// "Access Token not expired" as the reason of the 401 for a refresh within 570 s (OSSO quote).
import type { Response } from 'express';
import type { ExactOnlineRuntime } from '../runtime.js';
import type { TokenFailure, TokenResponseBody } from './oauth-store.js';

export function sendTokens(runtime: ExactOnlineRuntime, res: Response, body: TokenResponseBody): void {
  res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
  runtime.json(res, 200, body);
}

export function sendTokenError(runtime: ExactOnlineRuntime, res: Response, status: number, error: string, description?: string, reason?: string): void {
  if (reason !== undefined) res.statusMessage = reason;
  res.set('Cache-Control', 'no-store');
  runtime.json(res, status, description === undefined ? { error } : { error, error_description: description });
}

export function sendTokenFailure(runtime: ExactOnlineRuntime, res: Response, failure: TokenFailure): void {
  switch (failure.kind) {
    case 'invalid_grant':
      sendTokenError(runtime, res, 400, 'invalid_grant');
      return;
    case 'old_refresh_token':
      sendTokenError(runtime, res, 401, 'unauthorized_client', 'Old refresh token used.');
      return;
    case 'not_expired':
      sendTokenError(runtime, res, 401, 'invalid_request', 'Access Token not expired', 'Access Token not expired');
      return;
    case 'refresh_token_expired': {
      const at = (ms: number) => usDateTime(ms, runtime.options.timeZone);
      sendTokenError(runtime, res, 400, 'invalid_request', `The refresh token expired at ${at(failure.expiredMs)} and it is now ${at(failure.nowMs)}.`);
      return;
    }
  }
}

/** `10/11/2022 9:18:20 PM`: .NET's en-US general date/time format. */
function usDateTime(ms: number, timeZone: string): string {
  return new Date(ms).toLocaleString('en-US', { timeZone, hour12: true }).replace(',', '');
}
