// Test kit for the Exact Online connector: one fake division on Exact's NL host, envelopes shaped
// like Exact's (§3.1), a token source that counts renewals, and virtual time so rate-limit waits
// cost nothing. Recorded payloads are read from ../shared/platforms/fixtures/exact-online.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import type { AccessGrant, AccessTokenSource } from '../../port/credentials.js';
import { ConnectorError } from '../../port/errors.js';
import { CircuitBreakerRegistry, RateLimiterRegistry } from '../../http/keyed-registry.js';
import { FakeTime } from '../../http/testing/fake-time.js';
import type { ExactHttpSettings } from '../http/exact-http-client.js';

export const ORIGIN = 'https://start.exactonline.nl';
export const DIVISION = '123456';
export const API = `/api/v1/${DIVISION}`;
export const CLIENT_ID = 'b81cc4de-d192-400e-bcb4-09254394c52a';
export const FIRST_TOKEN = 'AAEAAFirstAccessToken-0123456789';
export const SECOND_TOKEN = 'AAEAASecondAccessToken-9876543210';

export class FakeTokens implements AccessTokenSource {
  readonly rejected: AccessGrant[] = [];
  private grant: AccessGrant = { accessToken: FIRST_TOKEN, expiresAt: Date.UTC(2026, 0, 5, 10) };

  async current(): Promise<AccessGrant> {
    return this.grant;
  }

  async renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant> {
    this.rejected.push(rejected);
    this.grant = { accessToken: SECOND_TOKEN, expiresAt: Date.UTC(2026, 0, 5, 11) };
    return this.grant;
  }
}

export interface Kit {
  time: FakeTime;
  tokens: FakeTokens;
  settings: ExactHttpSettings;
}

/** Fresh limiter and breaker registries per test, so no budget leaks between tests. */
export function kit(overrides: Partial<ExactHttpSettings> = {}): Kit {
  const time = new FakeTime();
  const tokens = new FakeTokens();
  const settings: ExactHttpSettings = {
    clientId: CLIENT_ID,
    limiters: new RateLimiterRegistry(),
    breakers: new CircuitBreakerRegistry(),
    clock: time,
    sleep: time.sleep,
    retry: { baseDelayMs: 1_000, maxDelayMs: 8_000, random: () => 0.5 },
    ...overrides,
  };
  return { time, tokens, settings };
}

/** `{"d":{"results":[…],"__next":"…"}}`, `__next` only when more follows (§3.2). */
export function envelope(rows: unknown[], next?: string): { d: { results: unknown[]; __next?: string } } {
  return next === undefined ? { d: { results: rows } } : { d: { results: rows, __next: next } };
}

/** An absolute `__next` as Exact writes it: the request's options plus a skiptoken (§3.2). */
export function nextLink(endpoint: string, query: string): string {
  return `${ORIGIN}${API}/${endpoint}?${query}`;
}

export function exactScope(reqheaders?: Record<string, string>): nock.Scope {
  return nock(ORIGIN, reqheaders === undefined ? undefined : { reqheaders });
}

/** `/Date(ms)/` at midnight UTC, the way Exact sends day fields (§3.4). */
export function exactDay(isoDate: string): string {
  return `/Date(${Date.parse(`${isoDate}T00:00:00Z`)})/`;
}

const FIXTURES = join(process.cwd(), '..', 'shared', 'platforms', 'fixtures', 'exact-online');

/** A recorded fixture, parsed (the 2013 SDK files start with a BOM, fixtures README §2.1). */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '')) as unknown;
}

/** The Exact body of one call in a Nango recording (fixtures README §1). */
export function nangoResponse(name: string, path: string): unknown {
  const recording = fixture(name) as { api: { get: Record<string, { response: unknown } | Array<{ response: unknown }>> } };
  const call = recording.api.get[path];
  if (call === undefined) throw new Error(`${name} has no recording of GET ${path}`);
  return Array.isArray(call) ? call[0]?.response : call.response;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<ConnectorError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${String(outcome)}`);
  return outcome;
}

export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}
