// SnelStart's error bodies vary by the layer that answers (snelstart.md §2.3), so all of them are
// read: (1) SnelStart's validation array `[{ errorCode, message, details? }]`; (2) ASP.NET's
// `{ message }` / `{ Message }` (with `messageDetail`); (3) ASP.NET model binding's
// `{ message, modelState: { field: [msg] } }`; plus APIM's `{ statusCode, message }` and the token
// server's OAuth `{ error, error_description }`. Codes `[A-Z]{3}-\d{4}` are also found anywhere in
// the raw body (EMEQ's approach), so an unexpected shape still yields its code.
import { type ClassificationOverrides, defaultClassifyError, type ErrorClassifier } from '../../http/default-classifier.js';
import type { Clock } from '../../http/clock.js';
import type { HttpFailure } from '../../http/http-failure.js';
import type { ConnectorErrorClass } from '../../port/errors.js';

export type SnelStartErrorShape = 'validation' | 'message' | 'model-state' | 'oauth' | 'unknown';

export interface SnelStartErrorBody {
  shape: SnelStartErrorShape;
  /** The first `[A-Z]{3}-\d{4}` code (P-FOUT), when there is one. */
  code?: string;
  /** What SnelStart said, joined into one line; absent when the body said nothing readable. */
  message?: string;
}

/** 🟡 §2.3: "not found" sometimes comes as a 400 with one of these codes instead of a 404. */
export const SNELSTART_NOT_FOUND_CODES: ReadonlySet<string> = new Set(['REL-0005', 'BOE-0001']);

const CODE = /[A-Z]{3}-\d{4}/;
const QUOTA = /out of call volume quota/i;
const QUOTA_REPLENISHED = /replenished in (\d+):(\d{2}):(\d{2})/i;
const SUBSCRIPTION_KEY = /subscription key/i;

export function parseSnelStartErrorBody(bodyJson: unknown, bodyText: string): SnelStartErrorBody {
  const parsed = parseShape(bodyJson);
  const code = parsed.code ?? CODE.exec(bodyText)?.[0];
  return { ...parsed, ...(code === undefined ? {} : { code }) };
}

function parseShape(body: unknown): SnelStartErrorBody {
  if (Array.isArray(body)) return validationErrors(body);
  if (!isRecord(body)) return { shape: 'unknown' };
  const modelState = body['modelState'] ?? body['ModelState'];
  if (isRecord(modelState)) return { shape: 'model-state', ...withMessage(modelStateMessage(text(body['message'] ?? body['Message']), modelState)) };
  const message = text(body['message'] ?? body['Message']);
  if (message !== undefined) {
    const detail = text(body['messageDetail'] ?? body['MessageDetail']);
    return { shape: 'message', message: detail === undefined ? message : `${message} ${detail}` };
  }
  const oauthError = text(body['error']);
  if (oauthError !== undefined) {
    const description = text(body['error_description']);
    return { shape: 'oauth', message: description === undefined ? oauthError : `${oauthError}: ${description}` };
  }
  return { shape: 'unknown' };
}

function validationErrors(items: readonly unknown[]): SnelStartErrorBody {
  const parts: string[] = [];
  let code: string | undefined;
  for (const item of items) {
    if (!isRecord(item)) continue;
    const itemCode = text(item['errorCode'] ?? item['ErrorCode']);
    const message = text(item['message'] ?? item['Message']);
    code ??= itemCode !== undefined && CODE.test(itemCode) ? CODE.exec(itemCode)?.[0] : undefined;
    const details = Array.isArray(item['details']) ? item['details'].map(text).filter((detail) => detail !== undefined) : [];
    const said = [message, ...details].filter((part) => part !== undefined).join(' ');
    if (itemCode !== undefined || said !== '') parts.push(itemCode === undefined ? said : `${itemCode}${said === '' ? '' : ` ${said}`}`);
  }
  if (parts.length === 0) return { shape: 'unknown' };
  return { shape: 'validation', message: parts.join('; '), ...(code === undefined ? {} : { code }) };
}

function modelStateMessage(message: string | undefined, modelState: Readonly<Record<string, unknown>>): string | undefined {
  const fields = Object.entries(modelState).map(([field, messages]) => {
    const said = (Array.isArray(messages) ? messages : [messages]).map(text).filter((part) => part !== undefined);
    return said.length === 0 ? field : `${field}: ${said.join(' ')}`;
  });
  const parts = [message, fields.join('; ')].filter((part) => part !== undefined && part !== '');
  return parts.length === 0 ? undefined : parts.join(' ');
}

function withMessage(message: string | undefined): { message?: string } {
  return message === undefined ? {} : { message };
}

/**
 * Status → class as the shared default (401/403 auth, 404 not_found, 429 rate_limited, other 4xx
 * invalid_request, 5xx transient), refined by what SnelStart said: a not-found code on a 400 is
 * not_found, and APIM's quota 403 ("Out of call volume quota", §2.2) is rate_limited until the
 * quota is replenished, not a reason to reconnect.
 */
export function snelStartErrorClassifier(clock: Clock): ErrorClassifier {
  return (failure) => {
    const body = parseSnelStartErrorBody(failure.bodyJson, failure.bodyText);
    const overrides: ClassificationOverrides = { platformCode: body.code, message: body.message };
    const errorClass = refinedClass(failure, body);
    if (errorClass !== undefined) overrides.errorClass = errorClass;
    if (errorClass === 'rate_limited' && failure.status === 403) {
      return defaultClassifyError({ ...failure, retryAt: quotaReplenishedAt(body.message ?? '', clock.now()) ?? failure.retryAt }, overrides);
    }
    if (failure.status === 401 && SUBSCRIPTION_KEY.test(body.message ?? '')) {
      // APIM refused the partner's key (§1.5: dev keys expire after 90 days): a deployment matter.
      overrides.message = `${body.message ?? ''} (check SNELSTART_SUBSCRIPTION_KEY)`;
    }
    return defaultClassifyError(failure, overrides);
  };
}

function refinedClass(failure: HttpFailure, body: SnelStartErrorBody): ConnectorErrorClass | undefined {
  if (failure.status === 400 && body.code !== undefined && SNELSTART_NOT_FOUND_CODES.has(body.code)) return 'not_found';
  if (failure.status === 403 && QUOTA.test(body.message ?? '')) return 'rate_limited';
  return undefined;
}

/** APIM: "Quota will be replenished in HH:MM:SS." → epoch ms. */
function quotaReplenishedAt(message: string, now: number): number | undefined {
  const match = QUOTA_REPLENISHED.exec(message);
  if (match === null) return undefined;
  const [, hours, minutes, seconds] = match.map(Number);
  return now + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
