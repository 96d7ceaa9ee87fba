// Exact's answer to a body that is not valid JSON (the core's parser refuses it before the router):
// the OAuth token endpoint answers as for any non-form body, the REST API in its error envelope
// with WCF Data Services' "Error processing request stream" wording (as api/json-body.ts does).
import type { Request, Response } from 'express';
import { sendTokenError } from './auth/token-responses.js';
import type { ExactOnlineRuntime } from './runtime.js';
import { errorEnvelope } from './wire/errors.js';

export function renderExactOnlineMalformedBody(runtime: ExactOnlineRuntime, res: Response, req: Request): void {
  if (req.path === '/api/oauth2/token') {
    sendTokenError(runtime, res, 400, 'invalid_request');
    return;
  }
  runtime.json(res, 400, errorEnvelope('Error processing request stream. The request body is not valid JSON.'));
}
