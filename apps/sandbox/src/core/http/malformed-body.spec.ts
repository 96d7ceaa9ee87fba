import nock from 'nock';
import request from 'supertest';
import { startSandbox, type RunningSandbox } from '../../sandbox.js';
import { fakePlatformFactory } from '../testing/fake-platform.js';

let sandbox: RunningSandbox;
const seen: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    factories: [
      fakePlatformFactory('exact-online'),
      fakePlatformFactory('snelstart', {
        renderMalformedBody: (res, req) => {
          seen.push(req.path);
          res.status(400).json([{ errorCode: 'FAKE-0001', message: 'kapotte json' }]);
        },
      }),
      fakePlatformFactory('e-boekhouden'),
    ],
    platforms: { 'exact-online': { administrations: [{ invoices: 5 }] }, snelstart: { administrations: [{ invoices: 5 }] }, 'e-boekhouden': { administrations: [{ invoices: 5 }] } },
  });
}, 30_000);

afterAll(async () => {
  await sandbox.close();
  nock.restore(); // see control/control-router.spec.ts
});

function postJson(path: string, text: string): request.Test {
  return request(sandbox.url).post(path).set('Content-Type', 'application/json').send(text);
}

describe('a malformed JSON body', () => {
  it("is answered by the platform whose prefix it came under, with the path relative to that prefix", async () => {
    const response = await postJson('/snelstart/echo', '{oops').expect(400);
    expect(response.body).toEqual([{ errorCode: 'FAKE-0001', message: 'kapotte json' }]);
    expect(seen).toEqual(['/echo']);
  });

  it('gets the generic invalid_body from a platform without a renderer, and on the control API', async () => {
    expect((await postJson('/exact-online/echo', '{oops').expect(400)).body.error).toBe('invalid_body');
    expect((await postJson('/_sandbox/reset', '{"seed": ').expect(400)).body.error).toBe('invalid_body');
    expect((await postJson('/snelstartx/echo', '{oops').expect(400)).body.error).toBe('invalid_body');
  });

  it('does not reach the renderer when the body is fine', async () => {
    seen.length = 0;
    const response = await postJson('/snelstart/echo', '{"ok":true}').expect(200);
    expect(response.body.body).toEqual({ ok: true });
    expect(seen).toEqual([]);
  });
});
