// What a classifier gets to see of a failed call: the platform's answer (status, response headers,
// body) or the network error code, and which call it was. Never the request headers, so
// credentials cannot reach a classifier, an error message or a log through here.
import type { Platform } from '@hub/mapping';
import type { HttpHeaders } from './headers.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpFailure {
  platform: Platform;
  method: HttpMethod;
  /** The request's stable label, e.g. 'sync/Cashflow/PaymentTerms'. */
  endpoint: string;
  /** Absent when no HTTP answer came. */
  status?: number;
  /** e.g. ETIMEDOUT, ECONNRESET, ENOTFOUND: set when no HTTP answer came. */
  networkCode?: string;
  /** Response headers, lower-cased. */
  headers: HttpHeaders;
  /** The response body, truncated to MAX_FAILURE_BODY_CHARS, credentials replaced. */
  bodyText: string;
  /** The body parsed as JSON, when it is JSON. */
  bodyJson?: unknown;
  /** When the rate limiter lets this account call again (epoch ms), if it is paused. */
  retryAt?: number;
}

export const MAX_FAILURE_BODY_CHARS = 4_000;
const REDACTED = '[redacted]';

/** Which call failed, and when the account may call again. */
export interface FailureCall {
  platform: Platform;
  method: HttpMethod;
  endpoint: string;
  retryAt?: number;
}

export function responseFailure(
  call: FailureCall,
  answer: { status: number; headers: HttpHeaders; body: string },
  secrets: readonly string[],
): HttpFailure {
  const text = redactSecrets(answer.body, secrets);
  const failure: HttpFailure = {
    ...call,
    status: answer.status,
    headers: answer.headers,
    bodyText: text.length > MAX_FAILURE_BODY_CHARS ? `${text.slice(0, MAX_FAILURE_BODY_CHARS)}…` : text,
  };
  const json = parseJson(text);
  if (json !== undefined) failure.bodyJson = json;
  return failure;
}

export function networkFailure(call: FailureCall, networkCode: string): HttpFailure {
  return { ...call, networkCode, headers: {}, bodyText: '' };
}

/** Replaces every occurrence of a credential (token, Authorization value, API key) in `text`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so "Bearer <token>" goes as a whole before "<token>" alone.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    // Very short values ("x") would shred ordinary text and cannot be real credentials.
    if (secret.length >= 8) result = result.split(secret).join(REDACTED);
  }
  return result;
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '' || !'{['.includes(trimmed.charAt(0))) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}
