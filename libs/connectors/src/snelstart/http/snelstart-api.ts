// Reading and writing SnelStart resources over one PlatformHttpClient: list pages (bare JSON
// arrays, §3.1, parsed by the mapper's parseListBody), single records (null when gone: 404, or
// the 400 REL-0005/BOE-0001 the classifier reads as not_found, §2.3), PUT and POST. A list body
// that is not an array fails the call as platform_bug: no row of it can be trusted.
import { snelstart } from '@hub/mapping';
import { ConnectorError } from '../../port/errors.js';
import type { PlatformHttpClient } from '../../http/platform-http-client.js';
import type { QueryParams } from '../../http/request-url.js';

/** §3.1: `$top` maximum and default. */
export const SNELSTART_PAGE_SIZE = 500;

export class SnelStartApi {
  constructor(private readonly http: PlatformHttpClient) {}

  /** Calls sent so far through this api (retries and renewals included). */
  get apiCalls(): number {
    return this.http.apiCalls;
  }

  /** The rows of a list endpoint. `endpoint` is the path pattern (no ids), `path` the actual path. */
  async list(endpoint: string, query: QueryParams = {}, signal?: AbortSignal, path: string = endpoint): Promise<unknown[]> {
    const response = await this.http.request<unknown>({ method: 'GET', path, query, endpoint, signal });
    const parsed = snelstart.parseListBody(response.data);
    if (parsed.ok) return parsed.record;
    throw new ConnectorError({
      platform: 'snelstart',
      errorClass: 'platform_bug',
      message: `snelstart GET ${endpoint} answered a body that is not a list: ${parsed.error.reason}`,
      endpoint,
    });
  }

  /** One record, or null when SnelStart no longer has it. */
  async find(path: string, endpoint: string, signal?: AbortSignal): Promise<Readonly<Record<string, unknown>> | null> {
    try {
      const response = await this.http.request<unknown>({ method: 'GET', path, endpoint, signal });
      if (isRecord(response.data)) return response.data;
      throw new ConnectorError({ platform: 'snelstart', errorClass: 'platform_bug', message: `snelstart GET ${endpoint} answered a body that is not an object`, endpoint });
    } catch (error) {
      if (error instanceof ConnectorError && error.errorClass === 'not_found') return null;
      throw error;
    }
  }

  async send(method: 'PUT' | 'POST', path: string, endpoint: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    const response = await this.http.request<unknown>({ method, path, body, endpoint, signal });
    return response.data;
  }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A row's string field, or null. */
export function textField(row: unknown, field: string): string | null {
  if (!isRecord(row)) return null;
  const value = row[field];
  return typeof value === 'string' ? value : null;
}

/** The id of a `{ id, uri }` reference field, lower-cased, or null. */
export function referenceId(row: unknown, field: string): string | null {
  if (!isRecord(row)) return null;
  const id = textField(row[field], 'id');
  return id === null || id.trim() === '' ? null : id.trim().toLowerCase();
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id we put into a path or a `guid'…'` literal: refused unless it is a guid (no path or filter injection). */
export function guidOf(value: string, what: string): string {
  const id = value.trim().toLowerCase();
  if (!GUID.test(id)) throw new ConnectorError({ platform: 'snelstart', errorClass: 'invalid_request', message: `snelstart: ${what} ${JSON.stringify(value)} is not a guid` });
  return id;
}
