// For the specs: an express app with the stand-in mounted at its prefix behind the core's body
// parsers, seeded from the core's generator, on a sandbox clock the specs move. Not used by the
// running sandbox.
import express, { type Express } from 'express';
import request from 'supertest';
import { createSandboxContext, type SandboxContextAdmin } from '../../core/context.js';
import type { GeneratedAdministration } from '../../core/contracts.js';
import { generateAdministration } from '../../core/generator/index.js';
import { bodyParsers } from '../../core/http/body.js';
import { createEBoekhoudenSandboxWith, type EBoekhoudenSandbox } from '../e-boekhouden-sandbox.js';
import type { EBoekhoudenSandboxOptions } from '../options.js';

export const HARNESS_TODAY = '2026-03-16';

export interface Harness {
  context: SandboxContextAdmin;
  sandbox: EBoekhoudenSandbox;
  app: Express;
  generated: GeneratedAdministration[];
  /** API token of the first administration (adm-1). */
  apiToken: string;
}

export interface HarnessOptions {
  invoices?: number;
  debtors?: number;
  /** A second administration, to prove tokens and records stay apart. */
  secondAdministration?: boolean;
  options?: Partial<EBoekhoudenSandboxOptions>;
}

export function createHarness(settings: HarnessOptions = {}): Harness {
  const context = createSandboxContext({ seed: 4242, now: HARNESS_TODAY });
  const sandbox = createEBoekhoudenSandboxWith(context, settings.options);
  const generated = [generateAdministration({ seed: 7, invoices: settings.invoices ?? 60, debtors: settings.debtors ?? 12, today: HARNESS_TODAY, key: 'adm-1' })];
  if (settings.secondAdministration) generated.push(generateAdministration({ seed: 8, invoices: 20, debtors: 4, today: HARNESS_TODAY, key: 'adm-2' }));
  sandbox.seed(generated);
  const app = express();
  // Mounted as the sandbox mounts it: the core's body parsers first.
  app.use(bodyParsers());
  app.use(sandbox.pathPrefix, sandbox.router());
  const apiToken = sandbox.demoCredentials()['apiToken.adm-1'];
  if (!apiToken) throw new Error('The seeded sandbox has no API token for adm-1');
  return { context, sandbox, app, generated, apiToken };
}

export const V1 = '/e-boekhouden/v1';

/** Opens a session the way a client does and returns the session token. */
export async function openSession(harness: Harness, apiToken = harness.apiToken): Promise<string> {
  const response = await request(harness.app).post(`${V1}/session`).send({ accessToken: apiToken, source: 'dunhub' });
  if (response.status !== 200) throw new Error(`POST /v1/session answered ${response.status}: ${JSON.stringify(response.body)}`);
  return (response.body as { token: string }).token;
}

/** GET with the raw session token in `Authorization` (§1.2); resolves with the parsed body. */
export async function getJson<T>(harness: Harness, token: string, path: string, status = 200): Promise<T> {
  const response = await request(harness.app).get(`${V1}${path}`).set('Authorization', token);
  if (response.status !== status) throw new Error(`GET ${path} answered ${response.status}, expected ${status}: ${JSON.stringify(response.body)}`);
  return response.body as T;
}
