// The classification every platform shares, by HTTP status and network outcome. A platform's own
// classifier reads its error body (codes, messages) and delegates here with overrides, e.g.
// `defaultClassifyError(failure, { errorClass: 'not_found', platformCode: 'REL-0005', message })`.
import { ConnectorError, type ConnectorErrorClass } from '../port/errors.js';
import type { HttpFailure } from './http-failure.js';

export type ErrorClassifier = (failure: HttpFailure) => ConnectorError;

export interface ClassificationOverrides {
  errorClass?: ConnectorErrorClass;
  /** The platform's own message (not the body); at most MAX_MESSAGE_CHARS of it is kept. */
  message?: string;
  platformCode?: string;
}

const MAX_MESSAGE_CHARS = 300;

export function defaultClassifyError(failure: HttpFailure, overrides: ClassificationOverrides = {}): ConnectorError {
  const errorClass = overrides.errorClass ?? classByStatus(failure);
  const platformMessage = overrides.message ?? commonPlatformMessage(failure.bodyJson);
  const what = platformMessage === undefined ? describeOutcome(failure) : `${describeOutcome(failure)}: ${truncate(platformMessage)}`;
  return new ConnectorError({
    platform: failure.platform,
    errorClass,
    message: `${failure.platform} ${failure.method} ${failure.endpoint} failed: ${what}`,
    platformStatus: failure.status,
    platformCode: overrides.platformCode,
    retryAt: errorClass === 'rate_limited' ? failure.retryAt : undefined,
    endpoint: failure.endpoint,
  });
}

export function classByStatus(failure: HttpFailure): ConnectorErrorClass {
  const { status } = failure;
  if (status === undefined) return 'transient'; // network error or timeout
  if (status < 400) return 'platform_bug'; // a success we could not read, or a redirect we do not follow
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status === 425) return 'transient';
  if (status < 500) return 'invalid_request';
  return 'transient';
}

function describeOutcome(failure: HttpFailure): string {
  if (failure.status === undefined) {
    return isTimeout(failure.networkCode) ? `timed out (${failure.networkCode})` : `network error (${failure.networkCode ?? 'unknown'})`;
  }
  if (failure.status >= 200 && failure.status < 300) return `HTTP ${failure.status} with an unreadable body`;
  if (failure.status >= 300 && failure.status < 400) return `unexpected redirect (HTTP ${failure.status})`;
  return `HTTP ${failure.status}`;
}

function isTimeout(code: string | undefined): boolean {
  return code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'ESOCKETTIMEDOUT';
}

/**
 * The message in the error bodies our platforms and their gateways send: Exact's OData
 * `error.message.value`, OAuth's `error_description`, APIM/ASP.NET `message`/`Message`,
 * e-Boekhouden's problem `title`, SnelStart's `[{ message }]`.
 */
export function commonPlatformMessage(body: unknown): string | undefined {
  const first = Array.isArray(body) ? (body[0] as unknown) : body;
  if (!isRecord(first)) return undefined;
  const error = first['error'];
  if (isRecord(error) && isRecord(error['message']) && typeof error['message']['value'] === 'string') return error['message']['value'];
  for (const key of ['error_description', 'message', 'Message', 'title', 'detail']) {
    const value = first[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return typeof error === 'string' ? error : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truncate(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > MAX_MESSAGE_CHARS ? `${single.slice(0, MAX_MESSAGE_CHARS)}…` : single;
}
