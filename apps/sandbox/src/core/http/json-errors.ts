// Last-resort answers for the whole app: a JSON 404 for unknown paths and a JSON error handler, so
// a client never gets Express's HTML pages. Platform routers answer their own errors first.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isBodyParseError } from './body.js';

export interface JsonErrorBody {
  error: string;
  message: string;
  field?: string;
}

export function jsonNotFound(): RequestHandler {
  return (req, res) => {
    res.status(404).json({ error: 'not_found', message: `No sandbox route for ${req.method} ${req.path}.` } satisfies JsonErrorBody);
  };
}

export function jsonErrorHandler(): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = statusOf(err);
    const message = err instanceof Error ? err.message : 'Unexpected error.';
    const body: JsonErrorBody =
      status === 400 && isBodyParseError(err)
        ? { error: 'invalid_body', message: `The request body could not be parsed: ${message}` }
        : { error: status >= 500 ? 'internal_error' : 'request_error', message };
    res.status(status).json(body);
  };
}

/** body-parser and http-errors set `status`; anything else is our bug. */
function statusOf(err: unknown): number {
  const status = typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}
