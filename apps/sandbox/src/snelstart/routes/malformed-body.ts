// SnelStart's answer to a body that is not valid JSON (the core's parser refuses it before the
// router). ASP.NET Web API binds such a body as null, so each resource answers as for a missing
// body: its own "input incomplete" code (REL-0066, REF-0016) or "request empty" (BLG-0009); the
// token server answers as for a missing grant. Other paths get ASP.NET's "The request is invalid.".
import type { Request, Response } from 'express';
import type { SnelStartState } from '../state.js';
import type { ErrorCode } from '../wire/error-codes.js';
import { ASP_NET_MESSAGES, sendAspNetMessage, sendTokenError, sendValidationErrors, validationError } from '../wire/errors.js';

const CODES_BY_PATH: ReadonlyArray<[RegExp, ErrorCode]> = [
  [/^\/api\/v2\/relaties\/[^/]+\/customFields\/?$/i, 'REF-0016'],
  [/^\/api\/v2\/relaties(\/|$)/i, 'REL-0066'],
  [/^\/api\/v2\/documenten(\/|$)/i, 'BLG-0009'],
];

export function renderSnelStartMalformedBody(state: SnelStartState, res: Response, req: Request): void {
  if (/^\/auth\//i.test(req.path)) {
    sendTokenError(res, 'unsupported_grant_type');
    return;
  }
  const code = CODES_BY_PATH.find(([pattern]) => pattern.test(req.path))?.[1];
  if (code !== undefined) sendValidationErrors(res, [validationError(code)]);
  else sendAspNetMessage(res, 400, ASP_NET_MESSAGES.invalidRequest, state.options.aspNetErrorKeys);
}
