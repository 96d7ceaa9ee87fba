// The error bodies SnelStart really sends, which differ by the layer that answers (notes §2.3):
// - the Azure API Management gateway: `{"statusCode":401,"message":"Access denied due to …"}`;
// - SnelStart's own validation: a bare array `[{"errorCode":"BOE-0021","message":"…"}]`, always 400;
// - ASP.NET Web API itself: `{"message":"…"}` (OData, 404s, auth) or, when model binding fails,
//   `{"message":"The request is invalid.","modelState":{"field":["…"]}}`;
// - the token server (auth.snelstart.nl, OWIN): `{"error":"…"}` (notes §1.2).
import type { Response } from 'express';
import type { SnelStartSandboxOptions } from '../options.js';
import { type ErrorCode, ERROR_MESSAGES } from './error-codes.js';

export const APIM_MESSAGES = {
  missingSubscriptionKey:
    'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
  // Verbatim from P-BELEID (notes §1.5).
  invalidSubscriptionKey: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  resourceNotFound: 'Resource not found',
} as const;

export const ASP_NET_MESSAGES = {
  // The [Authorize] message of ASP.NET Web API behind OWIN bearer authentication.
  unauthorized: 'Authorization has been denied for this request.',
  invalidRequest: 'The request is invalid.',
  queryNotValid: 'The query specified in the URI is not valid.',
} as const;

export interface ValidationError {
  errorCode: ErrorCode;
  message: string;
}

type KeyCase = SnelStartSandboxOptions['aspNetErrorKeys'];

export function validationError(errorCode: ErrorCode): ValidationError {
  return { errorCode, message: ERROR_MESSAGES[errorCode] };
}

export function sendApimError(res: Response, status: number, message: string): void {
  res.status(status).json({ statusCode: status, message });
}

export function sendValidationErrors(res: Response, errors: readonly ValidationError[]): void {
  res.status(400).json(errors);
}

export function sendAspNetMessage(res: Response, status: number, message: string, keys: KeyCase): void {
  res.status(status).json({ [keys === 'pascal' ? 'Message' : 'message']: message });
}

export function sendModelState(res: Response, modelState: Record<string, string[]>, keys: KeyCase): void {
  if (keys === 'pascal') res.status(400).json({ Message: ASP_NET_MESSAGES.invalidRequest, ModelState: modelState });
  else res.status(400).json({ message: ASP_NET_MESSAGES.invalidRequest, modelState });
}

/** ASP.NET's answer when a `{id}` in the path is not a GUID: model binding leaves it null. */
export function sendInvalidGuid(res: Response, parameter: string, keys: KeyCase): void {
  const detail = `The parameters dictionary contains a null entry for parameter '${parameter}' of non-nullable type 'System.Guid'. An optional parameter must be a reference type, a nullable type, or be declared as an optional parameter.`;
  if (keys === 'pascal') res.status(400).json({ Message: ASP_NET_MESSAGES.invalidRequest, MessageDetail: detail });
  else res.status(400).json({ message: ASP_NET_MESSAGES.invalidRequest, messageDetail: detail });
}

/** ASP.NET's `NotFound()`: a 404 without a body (IWD checks for an empty body, notes §0). */
export function sendNotFound(res: Response): void {
  res.status(404).end();
}

export function sendTokenError(res: Response, error: string): void {
  res.status(400).json({ error });
}
