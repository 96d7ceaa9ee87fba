// One HTTP attempt through axios, reduced to what the client needs: the answer (any status; we
// classify ourselves) or a network error code. Nothing axios throws ever leaves this file: an
// AxiosError carries the request config, Authorization header included.
import axios, { type AxiosInstance } from 'axios';
import { normalizeHeaders, type HttpHeaders } from './headers.js';
import type { HttpMethod } from './http-failure.js';

export interface TransportRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  data?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface TransportResponse {
  kind: 'response';
  status: number;
  headers: HttpHeaders;
  body: Buffer;
}

export interface TransportNetworkError {
  kind: 'network';
  code: string;
  /** The request may have been received (and counted) by the platform. */
  reached: boolean;
}

export type TransportOutcome = TransportResponse | TransportNetworkError;

export type Transport = (request: TransportRequest) => Promise<TransportOutcome>;

// Failures before a connection existed: the platform never saw the request.
const NEVER_CONNECTED = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

export function createAxiosTransport(instance: AxiosInstance = createAxiosInstance()): Transport {
  return async (request) => {
    try {
      const response = await instance.request<ArrayBuffer>({
        method: request.method,
        url: request.url,
        headers: request.headers,
        data: request.data,
        timeout: request.timeoutMs,
        signal: request.signal,
      });
      return {
        kind: 'response',
        status: response.status,
        headers: normalizeHeaders(response.headers as Record<string, unknown>),
        body: Buffer.from(response.data),
      };
    } catch (error) {
      if (request.signal?.aborted === true) throw abortReason(request.signal);
      const code = (axios.isAxiosError(error) ? error.code : undefined) ?? 'ERR_UNKNOWN';
      return { kind: 'network', code, reached: !NEVER_CONNECTED.has(code) };
    }
  };
}

function createAxiosInstance(): AxiosInstance {
  return axios.create({
    // Every status is an answer to classify, not an exception.
    validateStatus: () => true,
    responseType: 'arraybuffer',
    // Raw bytes in and out: parsing is ours, so an unreadable 2xx body can be reported as such.
    transformResponse: [(data: unknown) => data],
    // A redirect is not expected from any of our platforms, and following one could carry the
    // token elsewhere; it is classified like any other unexpected answer.
    maxRedirects: 0,
    transitional: { clarifyTimeoutError: true },
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('request aborted');
}
