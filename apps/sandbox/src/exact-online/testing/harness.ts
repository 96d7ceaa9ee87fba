// Test harness: an express app with the core's body parsers and the Exact Online router mounted
// at its prefix, seeded from the core's generator, plus helpers to connect (consent + code
// exchange) and call the API with a bearer token. Used by this folder's specs only.
import express from 'express';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { createSandboxContext, type SandboxContextAdmin } from '../../core/context.js';
import type { GeneratedAdministration, SandboxDate } from '../../core/contracts.js';
import { generateTenantFixture, type AdministrationSpec } from '../../core/generator/index.js';
import { bodyParsers } from '../../core/http/body.js';
import { createExactOnlineSandboxWith, type ExactOnlineSandbox } from '../index.js';
import { DEMO_APP, type ExactOnlineSandboxOptionsInput } from '../options.js';

export const TODAY: SandboxDate = '2026-03-02';
export const REDIRECT_URI = 'http://127.0.0.1:5173/oauth/exact/callback';

export interface Harness {
  context: SandboxContextAdmin;
  sandbox: ExactOnlineSandbox;
  /** A listening server (one per harness: cheaper and steadier under load than one per request). */
  app: Server;
  administrations: GeneratedAdministration[];
  /** Division code of the first administration. */
  division: number;
  close(): Promise<void>;
}

export interface HarnessOptions {
  administrations?: AdministrationSpec[];
  options?: ExactOnlineSandboxOptionsInput;
  seed?: number;
}

export async function createHarness(harnessOptions: HarnessOptions = {}): Promise<Harness> {
  const seed = harnessOptions.seed ?? 7;
  const context = createSandboxContext({ seed, now: TODAY });
  const sandbox = createExactOnlineSandboxWith(harnessOptions.options ?? {})(context) as ExactOnlineSandbox;
  const administrations = generateTenantFixture({ seed, today: TODAY, administrations: harnessOptions.administrations ?? [{ invoices: 25 }] });
  sandbox.seed(administrations);
  const app = express();
  app.use(bodyParsers());
  app.use(sandbox.pathPrefix, sandbox.router());
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  openServers.add(server);
  const first = administrations[0];
  return {
    context,
    sandbox,
    app: server,
    administrations,
    division: first === undefined ? 0 : sandbox.divisionCode(first.key),
    close: () => closeServer(server),
  };
}

const openServers = new Set<Server>();

/** Closes every harness server still open (call from afterEach/afterAll). */
export async function closeHarnesses(): Promise<void> {
  await Promise.all([...openServers].map(closeServer));
}

function closeServer(server: Server): Promise<void> {
  openServers.delete(server);
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Consent with `sandbox_auto=approve`, then the code exchange: what the hub's connect flow does. */
export async function connect(harness: Harness, clientId = DEMO_APP.clientId, clientSecret = DEMO_APP.clientSecret): Promise<Tokens> {
  const consent = await request(harness.app)
    .get('/exact-online/api/oauth2/auth')
    .query({ client_id: clientId, redirect_uri: REDIRECT_URI, response_type: 'code', state: 'xyz', sandbox_auto: 'approve' });
  const code = new URL(String(consent.headers.location)).searchParams.get('code') ?? '';
  const token = await request(harness.app)
    .post('/exact-online/api/oauth2/token')
    .type('form')
    .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: clientId, client_secret: clientSecret });
  return { accessToken: token.body.access_token as string, refreshToken: token.body.refresh_token as string };
}

export function refresh(harness: Harness, refreshToken: string): request.Test {
  return request(harness.app)
    .post('/exact-online/api/oauth2/token')
    .type('form')
    .send({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret });
}

/** GET a path below /exact-online (or an absolute `__next` URL) with the bearer token. */
export function apiGet(harness: Harness, token: string, pathOrUrl: string): request.Test {
  return request(harness.app).get(toLocalPath(pathOrUrl)).set('Authorization', `Bearer ${token}`).set('Accept', 'application/json');
}

export function apiPost(harness: Harness, token: string, path: string, body: unknown): request.Test {
  return request(harness.app).post(toLocalPath(path)).set('Authorization', `Bearer ${token}`).set('Accept', 'application/json').send(body as object);
}

/** `__next` links are absolute (they name the sandbox's base URL); supertest wants the path. */
export function toLocalPath(pathOrUrl: string): string {
  if (!/^https?:\/\//.test(pathOrUrl)) return pathOrUrl.startsWith('/exact-online') ? pathOrUrl : `/exact-online${pathOrUrl}`;
  const url = new URL(pathOrUrl);
  return url.pathname + url.search;
}

/** Follows `__next` to the end, returning every row and the number of pages. */
export async function readAll(harness: Harness, token: string, path: string): Promise<{ rows: Array<Record<string, unknown>>; pages: number; pageSizes: number[] }> {
  const rows: Array<Record<string, unknown>> = [];
  const pageSizes: number[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const response = await apiGet(harness, token, next);
    if (response.status !== 200) throw new Error(`GET ${next} answered ${response.status}: ${response.text}`);
    const page = response.body.d as { results: Array<Record<string, unknown>>; __next?: string };
    rows.push(...page.results);
    pageSizes.push(page.results.length);
    next = page.__next;
  }
  return { rows, pages: pageSizes.length, pageSizes };
}
