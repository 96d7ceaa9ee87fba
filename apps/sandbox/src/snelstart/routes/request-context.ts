// Small helpers every API route uses: the administratie of the caller's token, a GUID path
// parameter, the JSON body (the spec also accepts `text/json`), and the write-back log entry.
import type { Request, Response } from 'express';
import { grantOf } from '../auth/api-guard.js';
import { isGuid } from '../ids.js';
import type { SnelStartState } from '../state.js';
import type { Administration } from '../store/types.js';
import { sendInvalidGuid } from '../wire/errors.js';

export function administrationOf(state: SnelStartState, res: Response): Administration {
  return state.store.byKey(grantOf(res).coupling.administrationKey);
}

/** The `{name}` path parameter as a lower-case GUID, or null after answering ASP.NET's 400. */
export function guidParam(req: Request, res: Response, state: SnelStartState, name = 'id'): string | null {
  const value = req.params[name];
  if (isGuid(value)) return value.toLowerCase();
  sendInvalidGuid(res, name, state.options.aspNetErrorKeys);
  return null;
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** Parsed JSON, whether the core's parser ran (application/json) or the body came as text/json. */
export function jsonBody(req: Request): JsonBody {
  const body: unknown = req.body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    try {
      return { ok: true, value: JSON.parse(body.toString()) };
    } catch {
      return { ok: false };
    }
  }
  return body === undefined ? { ok: false } : { ok: true, value: body };
}

export function recordWriteBack(state: SnelStartState, req: Request, administration: Administration, kind: string, body: unknown): void {
  state.context.recordWriteBack({
    platform: 'snelstart',
    administrationKey: administration.key,
    kind,
    method: req.method,
    path: req.originalUrl.split('?')[0] ?? req.originalUrl,
    body,
  });
}
