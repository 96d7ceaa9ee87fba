// An express app with the SnelStart stand-in mounted as the sandbox mounts it (the core's body
// parsers first), a sandbox context on a fixed clock, and helpers for the two credentials.
import express from 'express';
import request from 'supertest';
import { createSandboxContext, type SandboxContextAdmin } from '../../core/context.js';
import type { GeneratedAdministration } from '../../core/contracts.js';
import { bodyParsers } from '../../core/http/body.js';
import type { SnelStartSandboxOptions } from '../options.js';
import { createSnelStartSandboxWith, type SnelStartSandbox } from '../sandbox.js';
import { administration } from './fixture.js';

export const API = '/snelstart/api/v2';
export const TOKEN_PATH = '/snelstart/auth/b2b/token';
/** 10:00 UTC = 12:00 in Amsterdam (CEST). */
export const START = '2026-05-15T10:00:00.000Z';

export interface Harness {
  app: express.Express;
  context: SandboxContextAdmin;
  sandbox: SnelStartSandbox;
  subscriptionKey: string;
  connectionKey(administrationKey?: string): string;
  token(administrationKey?: string): Promise<string>;
  /** A GET against the API with both credentials. */
  get(path: string, token: string): request.Test;
  send(method: 'put' | 'post' | 'delete', path: string, token: string): request.Test;
}

export function createHarness(
  administrations: GeneratedAdministration[] = [administration()],
  overrides: Partial<SnelStartSandboxOptions> = {},
): Harness {
  const context = createSandboxContext({ seed: 7, now: START, baseUrl: 'http://127.0.0.1:4010' });
  const sandbox = createSnelStartSandboxWith(context, overrides);
  sandbox.seed(administrations);
  const app = express();
  app.use(bodyParsers());
  app.use(sandbox.pathPrefix, sandbox.router());
  const credentials = sandbox.demoCredentials();
  const subscriptionKey = credentials.subscriptionKey ?? '';
  const connectionKey = (administrationKey = 'adm-1'): string => {
    const key = credentials[`connectionKey.${administrationKey}`];
    if (key === undefined) throw new Error(`No connection key for ${administrationKey}`);
    return key;
  };
  return {
    app,
    context,
    sandbox,
    subscriptionKey,
    connectionKey,
    async token(administrationKey = 'adm-1') {
      const response = await request(app).post(TOKEN_PATH).type('form').send({ grant_type: 'clientkey', clientkey: connectionKey(administrationKey) });
      if (response.status !== 200) throw new Error(`Token request failed: ${response.status} ${response.text}`);
      return (response.body as { access_token: string }).access_token;
    },
    get: (path, token) => request(app).get(`${API}${path}`).set('Ocp-Apim-Subscription-Key', subscriptionKey).set('Authorization', `Bearer ${token}`),
    send: (method, path, token) => request(app)[method](`${API}${path}`).set('Ocp-Apim-Subscription-Key', subscriptionKey).set('Authorization', `Bearer ${token}`),
  };
}
