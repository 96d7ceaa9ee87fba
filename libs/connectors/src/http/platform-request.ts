// The shapes a connector speaks to its PlatformHttpClient in.
import type { HttpHeaders } from './headers.js';
import type { HttpMethod } from './http-failure.js';
import type { QueryParams } from './request-url.js';

/** 'json' (default): parsed body, null when empty. 'text': the body as a string. 'binary': a Buffer. */
export type ResponseType = 'json' | 'text' | 'binary';

export interface PlatformRequest {
  method: HttpMethod;
  /** Relative to the client's baseUrl, or an absolute URL on the same origin (Exact's `__next`). */
  path: string;
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as application/x-www-form-urlencoded (OAuth token requests). */
  form?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  /**
   * Stable label for the breaker, metrics and errors, e.g. 'sync/Cashflow/PaymentTerms'. Never ids
   * or secrets. On Exact use the API's endpoint path: its error budget is kept per endpoint.
   */
  endpoint: string;
  /** Default true: send the token from the client's AccessTokenSource. False for token endpoints. */
  authenticated?: boolean;
  responseType?: ResponseType;
  signal?: AbortSignal;
}

export interface PlatformResponse<T = unknown> {
  status: number;
  headers: HttpHeaders;
  data: T;
}

/** What the `onCall` hook hears about every attempt that was sent (for metrics and logs). */
export interface PlatformCallRecord {
  endpoint: string;
  method: HttpMethod;
  /** Absent when no HTTP answer came. */
  status?: number;
  networkCode?: string;
  durationMs: number;
}
