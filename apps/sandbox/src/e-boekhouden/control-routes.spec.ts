// e-Boekhouden's own control routes (/_sandbox/e-boekhouden/options) and its malformed-body answer,
// over real HTTP in the sandbox server.
import nock from 'nock';
import request from 'supertest';
import { fakePlatformFactory } from '../core/testing/fake-platform.js';
import { startSandbox, type RunningSandbox } from '../sandbox.js';
import { createEBoekhoudenSandbox, DEFAULT_EBOEKHOUDEN_OPTIONS, DEMO_SOURCE, type EBoekhoudenSandbox } from './index.js';

const OPTIONS = '/_sandbox/e-boekhouden/options';

let sandbox: RunningSandbox;
let eBoekhouden: EBoekhoudenSandbox;
let api: ReturnType<typeof request>;

beforeAll(async () => {
  sandbox = await startSandbox({
    today: '2026-03-16',
    platforms: { 'e-boekhouden': { administrations: [{ invoices: 10 }] } },
    factories: [fakePlatformFactory('exact-online'), fakePlatformFactory('snelstart'), createEBoekhoudenSandbox],
  });
  eBoekhouden = sandbox.platforms['e-boekhouden'] as EBoekhoudenSandbox;
  api = request(sandbox.url);
}, 30_000);

afterEach(async () => {
  await api.delete(OPTIONS).expect(200);
});

afterAll(async () => {
  await sandbox.close();
  nock.restore(); // see core/control/control-router.spec.ts
});

function openSession(): request.Test {
  return api.post('/e-boekhouden/v1/session').send({ accessToken: eBoekhouden.demoCredentials().apiToken, source: DEMO_SOURCE });
}

describe('GET/PUT/DELETE /_sandbox/e-boekhouden/options', () => {
  it('shows the live switches', async () => {
    expect((await api.get(OPTIONS).expect(200)).body).toEqual(DEFAULT_EBOEKHOUDEN_OPTIONS);
  });

  it('applies a patch to the next call and restores the start options', async () => {
    expect((await openSession().expect(200)).body.expiresIn).toBe(3600);
    const patched = await api.put(OPTIONS).send({ sessionLifetimeSeconds: 600, closedUntil: '2025-12-31' }).expect(200);
    expect(patched.body).toMatchObject({ sessionLifetimeSeconds: 600, closedUntil: '2025-12-31', bearerPrefix: 'accept' });
    expect((await openSession().expect(200)).body.expiresIn).toBe(600);

    const restored = await api.delete(OPTIONS).expect(200);
    expect(restored.body).toEqual(DEFAULT_EBOEKHOUDEN_OPTIONS);
    expect(eBoekhouden.options.closedUntil).toBeNull();
  });

  it.each([
    [{ sessionLifetimeSeconds: 0 }, 'sessionLifetimeSeconds'],
    [{ invoiceModuleShare: 1.2 }, 'invoiceModuleShare'],
    [{ notFoundStatus: 410 }, 'notFoundStatus'],
    [{ closedUntil: '31-12-2025' }, 'closedUntil'],
    [{ slidingSessions: 'true' }, 'slidingSessions'],
    [{ sessionLifetime: 60 }, 'sessionLifetime'],
  ])('refuses %j with a 400 naming %s and changes nothing', async (body, field) => {
    const response = await api.put(OPTIONS).send(body).expect(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', field });
    expect(eBoekhouden.options).toEqual(DEFAULT_EBOEKHOUDEN_OPTIONS);
  });
});

describe('a malformed JSON body', () => {
  it("gets e-Boekhouden's error object with DATA_01", async () => {
    const response = await api.post('/e-boekhouden/v1/session').set('Content-Type', 'application/json').send('{"accessToken": ').expect(400);
    expect(response.body).toEqual({
      type: 'validation',
      title: 'No data was sent.',
      status: 400,
      code: 'DATA_01',
      message: 'The request body is not valid JSON.',
      errors: ['The request body is not valid JSON.'],
      traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/),
    });
  });

  it('shares the trace ids of the API, so none repeats', async () => {
    const traceIds: string[] = [];
    for (let round = 0; round < 3; round++) {
      traceIds.push((await api.post('/e-boekhouden/v1/relation').set('Content-Type', 'application/json').send('{').expect(400)).body.traceId as string);
      traceIds.push((await api.get('/e-boekhouden/v1/relation').expect(401)).body.traceId as string);
    }
    expect(new Set(traceIds).size).toBe(6);
  });
});
