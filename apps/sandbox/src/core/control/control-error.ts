// Turns whatever a platform's control method threw into the control API's answer. Platforms may
// throw SandboxControlError with a status; plain Errors are classified by their message so the
// platform modules need not know about HTTP.
import type { ErrorRequestHandler } from 'express';
import { SandboxControlError } from '../contracts.js';

const NOT_FOUND = /\b(unknown|not found|no such|does not exist|doesn't exist)\b/i;
const CONFLICT = /\b(already exists|duplicate)\b/i;

export function toControlError(err: unknown): SandboxControlError {
  if (err instanceof SandboxControlError) return err;
  if (hasClientStatus(err)) return new SandboxControlError(err.status, err.message);
  // Programming errors are ours (or the platform's) to fix, not the caller's.
  if (!(err instanceof Error) || err instanceof TypeError || err instanceof ReferenceError || err instanceof SyntaxError) {
    return new SandboxControlError(500, err instanceof Error ? `Internal error: ${err.message}` : 'Internal error.');
  }
  if (NOT_FOUND.test(err.message)) return new SandboxControlError(404, err.message);
  if (CONFLICT.test(err.message)) return new SandboxControlError(409, err.message);
  return new SandboxControlError(422, err.message);
}

export function controlErrorHandler(): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const error = toControlError(err);
    res.status(error.status).json({
      error: errorCode(error.status),
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
    });
  };
}

function errorCode(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'unprocessable';
    default:
      return status >= 500 ? 'internal_error' : 'request_error';
  }
}

/** Errors from body-parser / http-errors carry a 4xx `status`. */
function hasClientStatus(err: unknown): err is Error & { status: number } {
  return err instanceof Error && 'status' in err && typeof err.status === 'number' && err.status >= 400 && err.status < 500;
}
