import { Router } from 'express';
import nock from 'nock';
import request from 'supertest';
import { SandboxControlError } from '../contracts.js';
import { startSandbox, type RunningSandbox } from '../../sandbox.js';
import { fakePlatformFactory } from '../testing/fake-platform.js';
import { optionsRoutes } from './options-routes.js';
import { boolean, integer, nullable, readOptionPatch } from './option-readers.js';

interface FakeOptions {
  strict: boolean;
  limit: number | null;
}

/** A platform's own control router, as a platform module would build one. */
function snelstartControl(options: FakeOptions): Router {
  const router = Router();
  router.use(
    optionsRoutes({
      current: () => options,
      parse: (body) => readOptionPatch<FakeOptions>(body, { strict: boolean(), limit: nullable(integer(1, 100)) }),
      configure: (patch) => Object.assign(options, patch),
    }),
  );
  // Shadows the generic GET /:platform/faults: platform routes come first.
  router.get('/faults', (_req, res) => {
    res.json({ own: true });
  });
  router.post('/keys/:key/rotate', async (req) => {
    await Promise.resolve();
    throw new SandboxControlError(409, `Key ${req.params.key} is already rotated`);
  });
  return router;
}

let sandbox: RunningSandbox;
let api: ReturnType<typeof request>;
const options: FakeOptions = { strict: false, limit: 10 };

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 1,
    today: '2026-06-15',
    factories: [fakePlatformFactory('exact-online'), fakePlatformFactory('snelstart', { controlRouter: () => snelstartControl(options) }), fakePlatformFactory('e-boekhouden')],
    platforms: { 'exact-online': { administrations: [{ invoices: 5 }] }, snelstart: { administrations: [{ invoices: 5 }] }, 'e-boekhouden': { administrations: [{ invoices: 5 }] } },
  });
  api = request(sandbox.url);
}, 30_000);

afterAll(async () => {
  await sandbox.close();
  nock.restore(); // see control-router.spec.ts
});

describe("a platform's own control routes at /_sandbox/<platform>", () => {
  it('reads, patches and restores the options', async () => {
    expect((await api.get('/_sandbox/snelstart/options').expect(200)).body).toEqual({ strict: false, limit: 10 });
    expect((await api.put('/_sandbox/snelstart/options').send({ limit: null }).expect(200)).body).toEqual({ strict: false, limit: null });
    expect((await api.put('/_sandbox/snelstart/options').send({ strict: true }).expect(200)).body).toEqual({ strict: true, limit: null });
    expect(options).toEqual({ strict: true, limit: null });

    expect((await api.delete('/_sandbox/snelstart/options').expect(200)).body).toEqual({ strict: false, limit: 10 });
    expect(options).toEqual({ strict: false, limit: 10 });
  });

  it('refuses a bad patch with a 400 naming the field and changes nothing', async () => {
    const unknown = await api.put('/_sandbox/snelstart/options').send({ limit: 5, lenient: true }).expect(400);
    expect(unknown.body).toMatchObject({ error: 'invalid_request', field: 'lenient' });
    const wrongType = await api.put('/_sandbox/snelstart/options').send({ strict: 'yes' }).expect(400);
    expect(wrongType.body).toMatchObject({ error: 'invalid_request', field: 'strict', message: 'strict must be true or false.' });
    expect(options).toEqual({ strict: false, limit: 10 });
  });

  it('comes before the generic platform routes, which still answer what it does not match', async () => {
    expect((await api.get('/_sandbox/snelstart/faults').expect(200)).body).toEqual({ own: true });
    expect((await api.get('/_sandbox/exact-online/faults').expect(200)).body).toMatchObject({ burst429: 0 });
    expect((await api.get('/_sandbox/snelstart/stats').expect(200)).body).toMatchObject({ calls: 0 });
    expect((await api.get('/_sandbox/snelstart/administrations/adm-1/open-items').expect(200)).body).toMatchObject({ administrationKey: 'adm-1' });
  });

  it("renders its (async) errors as the control API's JSON", async () => {
    const response = await api.post('/_sandbox/snelstart/keys/k1/rotate').expect(409);
    expect(response.body).toEqual({ error: 'conflict', message: 'Key k1 is already rotated' });
  });

  it('exists only for platforms that have one', async () => {
    const response = await api.get('/_sandbox/e-boekhouden/options').expect(404);
    expect(response.body).toEqual({ error: 'not_found', message: 'No control route for GET /_sandbox/e-boekhouden/options.' });
  });

  it('keeps the options over a reset: they are configuration, not data', async () => {
    await api.put('/_sandbox/snelstart/options').send({ limit: 3 }).expect(200);
    await api.post('/_sandbox/reset').send({}).expect(200);
    expect((await api.get('/_sandbox/snelstart/options').expect(200)).body).toEqual({ strict: false, limit: 3 });
    await api.delete('/_sandbox/snelstart/options').expect(200);
  });
});
