// Reading and writing Exact's OData v2 envelopes over one PlatformHttpClient: GET a page (first
// request or `__next` verbatim, §3.2), GET every page, POST an entity. Bodies are parsed by the
// mapper's parseEnvelope (bare-array `d`, missing `__next`, single entities); a body that is not
// an envelope at all fails the call as platform_bug, since no row of it can be trusted.
import { exactOnline } from '@hub/mapping';
import { ConnectorError } from '../../port/errors.js';
import type { PlatformHttpClient } from '../../http/platform-http-client.js';
import type { QueryParams } from '../../http/request-url.js';

export interface ExactPageRequest {
  /** Stable label: Exact's endpoint path, e.g. `sync/CRM/Accounts` (breaker and error budget key, §2). */
  endpoint: string;
  query: QueryParams;
  signal?: AbortSignal;
}

export interface ExactRowsPage {
  rows: unknown[];
  /** `d.__next` verbatim; the client refuses it if it leaves the Exact host. */
  next: string | null;
}

/** §3.1: the full entity back from a POST. */
const RETURN_REPRESENTATION = { Prefer: 'return=representation' } as const;

export class ExactApi {
  constructor(private readonly http: PlatformHttpClient) {}

  /** Calls sent so far through this api (retries and renewals included). */
  get apiCalls(): number {
    return this.http.apiCalls;
  }

  /** The first page of `request`, or the page `next` points at. */
  async page(request: ExactPageRequest, next: string | null = null): Promise<ExactRowsPage> {
    const response = await this.http.request<unknown>({
      method: 'GET',
      path: next ?? request.endpoint,
      query: next === null ? request.query : undefined,
      endpoint: request.endpoint,
      signal: request.signal,
    });
    return this.envelope('GET', request.endpoint, response.data);
  }

  /** Every row, following `__next` to the end. */
  async all(request: ExactPageRequest): Promise<unknown[]> {
    const rows: unknown[] = [];
    let next: string | null = null;
    do {
      const page: ExactRowsPage = await this.page(request, next);
      rows.push(...page.rows);
      next = page.next;
    } while (next !== null);
    return rows;
  }

  /** POSTs `body` and returns the created entity (`d`), or an empty object for an empty answer. */
  async create(endpoint: string, body: Readonly<Record<string, unknown>>, signal?: AbortSignal): Promise<Readonly<Record<string, unknown>>> {
    const response = await this.http.request<unknown>({ method: 'POST', path: endpoint, body, headers: RETURN_REPRESENTATION, endpoint, signal });
    if (response.data === null) return {};
    const [entity] = this.envelope('POST', endpoint, response.data).rows;
    return isRecord(entity) ? entity : {};
  }

  /** PUT returns 204 without a body (§3.1, fixtures README §2.3). */
  async update(endpoint: string, keyPath: string, body: Readonly<Record<string, unknown>>, signal?: AbortSignal): Promise<void> {
    await this.http.request<unknown>({ method: 'PUT', path: keyPath, body, endpoint, signal });
  }

  private envelope(method: 'GET' | 'POST', endpoint: string, body: unknown): ExactRowsPage {
    const parsed = exactOnline.parseEnvelope(body);
    if (parsed.ok) return { rows: parsed.record.rows, next: parsed.record.next };
    throw new ConnectorError({
      platform: 'exact-online',
      errorClass: 'platform_bug',
      message: `exact-online ${method} ${endpoint} answered a body that is not an OData envelope: ${parsed.error.field}: ${parsed.error.reason}`,
      endpoint,
    });
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
