// Every error leaves the stand-in as the platform's JSON error object (§2.4), including the 429s
// and injected failures of the core's fault middleware. `traceId` has the W3C shape ASP.NET puts
// there; it comes from a counter, so error responses do not shift the seeded random stream.
import type { ErrorRequestHandler, Response } from 'express';
import { EBoekhoudenApiError, type EBoekhoudenErrorBody } from '../errors.js';
import { stableHex } from '../stable-hash.js';

export interface TraceIds {
  next(): string;
}

export function createTraceIds(): TraceIds {
  let sequence = 0;
  return {
    next() {
      const hex = stableHex(`trace:${++sequence}`);
      return `00-${hex.slice(0, 32)}-${hex.slice(32, 48)}-00`;
    },
  };
}

export function sendApiError(res: Response, error: EBoekhoudenApiError, traceIds: TraceIds): void {
  res.status(error.status).json(error.toBody(traceIds.next()));
}

/**
 * 429 for the fault middleware's bursts. The notes know of no rate limit (§2.2): the body is the
 * usual error object without a code, plus the `Retry-After` header clients honour [INF].
 */
export function sendRateLimited(res: Response, traceIds: TraceIds): void {
  const body: EBoekhoudenErrorBody = { type: 'rateLimit', title: 'Too many requests.', status: 429, traceId: traceIds.next() };
  res.status(429).set('Retry-After', '1').json(body);
}

/** Injected failures answer as the API's unexpected-error code ERR_001 with the chosen status. */
export function sendInjectedError(res: Response, status: number, traceIds: TraceIds): void {
  res.status(status).json(new EBoekhoudenApiError('ERR_001', { status }).toBody(traceIds.next()));
}

export function errorHandler(traceIds: TraceIds): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof EBoekhoudenApiError) {
      sendApiError(res, err, traceIds);
      return;
    }
    // Anything else is a bug of the stand-in: answered as the platform's own server error.
    sendApiError(res, new EBoekhoudenApiError('ERR_001', { message: err instanceof Error ? err.message : undefined }), traceIds);
  };
}
