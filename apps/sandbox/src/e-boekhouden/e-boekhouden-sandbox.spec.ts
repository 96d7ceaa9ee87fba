import request from 'supertest';
import { createSandboxContext } from '../core/context.js';
import { generateAdministration } from '../core/generator/index.js';
import { createEBoekhoudenSandbox } from './index.js';
import { createHarness, openSession, V1 } from './testing/harness.js';

describe('the e-Boekhouden platform sandbox', () => {
  it('implements the platform contract at /e-boekhouden', () => {
    const context = createSandboxContext({ seed: 1, now: '2026-03-16', baseUrl: 'http://127.0.0.1:4010' });
    const sandbox = createEBoekhoudenSandbox(context);
    expect(sandbox.platform).toBe('e-boekhouden');
    expect(sandbox.pathPrefix).toBe('/e-boekhouden');
    expect(typeof sandbox.router()).toBe('function');
  });

  it('hands out the API URL, a valid source and one API token per administration', () => {
    const harness = createHarness({ secondAdministration: true });
    const credentials = harness.sandbox.demoCredentials();
    expect(credentials).toEqual({
      apiUrl: 'http://127.0.0.1:4010/e-boekhouden',
      source: 'dunhub',
      apiToken: credentials['apiToken.adm-1'],
      'apiToken.adm-1': expect.stringMatching(/^[0-9a-f]{64}$/),
      'apiToken.adm-2': expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(credentials['apiToken.adm-1']).not.toBe(credentials['apiToken.adm-2']);
  });

  it('drops every session when it is seeded again', async () => {
    const harness = createHarness();
    const token = await openSession(harness);
    harness.sandbox.seed(harness.generated);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(401);
    await openSession(harness);
  });

  it('replaces all data on seed', async () => {
    const harness = createHarness();
    harness.sandbox.seed([generateAdministration({ seed: 99, invoices: 5, debtors: 2, today: '2026-03-16', key: 'adm-1' })]);
    const token = await openSession(harness);
    const relations = await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
    expect((relations.body as { items: unknown[] }).items).toHaveLength(2);
  });

  it('refuses switch values that make no sense', () => {
    const harness = createHarness();
    expect(() => harness.sandbox.configure({ sessionLifetimeSeconds: 0 })).toThrow(RangeError);
    expect(() => harness.sandbox.configure({ invoiceModuleShare: 2 })).toThrow(RangeError);
    expect(harness.sandbox.options.sessionLifetimeSeconds).toBe(3600);
  });
});
