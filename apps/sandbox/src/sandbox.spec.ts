import { createHash } from 'node:crypto';
import nock from 'nock';
import request from 'supertest';
import { startSandbox, type RunningSandbox } from './sandbox.js';
import { FAKE_FACTORIES, fakePlatformFactory } from './core/testing/fake-platform.js';

// Jest reuses a worker for several files but each file loads its own nock, which patches the shared
// `net` module again; a patch left over from an earlier file loops loopback connections. Undo ours.
afterAll(() => {
  nock.restore();
});

const small = {
  'exact-online': { administrations: [{ invoices: 5 }] },
  snelstart: { administrations: [{ invoices: 5 }] },
  'e-boekhouden': { administrations: [{ invoices: 5 }] },
};

describe('startSandbox', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3, today: '2026-06-15', factories: FAKE_FACTORIES, platforms: small });
  }, 30_000);

  afterAll(async () => {
    await sandbox.close();
  });

  it('listens on a random loopback port and tells the platforms its base URL', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.url).not.toBe('http://127.0.0.1:0');
    expect(sandbox.context.baseUrl()).toBe(sandbox.url);
    expect(sandbox.context.clock.today()).toBe('2026-06-15');
    expect(Object.keys(sandbox.platforms).sort()).toEqual(['e-boekhouden', 'exact-online', 'snelstart']);
  });

  it('seeds every platform with its administrations at start', () => {
    for (const platform of ['exact-online', 'snelstart', 'e-boekhouden'] as const) {
      expect(sandbox.runtime.fixtures(platform).map((administration) => administration.invoices.length)).toEqual([5]);
    }
    // Each platform draws its own customers.
    expect(sandbox.runtime.fixtures('snelstart')[0]?.debtors[0]?.name).not.toBe(sandbox.runtime.fixtures('exact-online')[0]?.debtors[0]?.name);
  });

  it('serves an index as JSON for scripts and HTML for browsers', async () => {
    const json = await request(sandbox.url).get('/').set('Accept', 'application/json').expect(200);
    expect(json.body.control).toBe(`${sandbox.url}/_sandbox`);
    const snelstart = json.body.platforms.find((entry: { platform: string }) => entry.platform === 'snelstart');
    expect(snelstart.urls.map((entry: { url: string }) => entry.url)).toEqual([`${sandbox.url}/snelstart/auth`, `${sandbox.url}/snelstart/api/v2`]);
    const html = await request(sandbox.url).get('/').set('Accept', 'text/html').expect(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain(`${sandbox.url}/exact-online`);
    expect(html.text).toContain('e-Boekhouden.nl');
  });

  it('routes platform calls under their prefix and answers unknown paths with a JSON 404', async () => {
    const invoices = await request(sandbox.url).get('/e-boekhouden/administrations/adm-1/invoices').expect(200);
    expect(invoices.body).toHaveLength(5);
    const missing = await request(sandbox.url).get('/nowhere/at/all').expect(404);
    expect(missing.body).toEqual({ error: 'not_found', message: 'No sandbox route for GET /nowhere/at/all.' });
  });

  it('parses JSON, form-encoded and XML bodies and keeps the raw bytes', async () => {
    const json = '{"name":"Jansen B.V.","amount":12.5}';
    const jsonEcho = await request(sandbox.url).post('/snelstart/echo').set('Content-Type', 'application/json').send(json).expect(200);
    expect(jsonEcho.body).toEqual({ body: { name: 'Jansen B.V.', amount: 12.5 }, rawLength: json.length, rawSha256: sha256(json) });

    const form = 'grant_type=refresh_token&refresh_token=abc%2F123';
    const formEcho = await request(sandbox.url).post('/exact-online/echo').set('Content-Type', 'application/x-www-form-urlencoded').send(form).expect(200);
    expect(formEcho.body).toEqual({ body: { grant_type: 'refresh_token', refresh_token: 'abc/123' }, rawLength: form.length, rawSha256: sha256(form) });

    const xml = '<?xml version="1.0"?><soap:Envelope><soap:Body><OpenSession/></soap:Body></soap:Envelope>';
    const xmlEcho = await request(sandbox.url).post('/e-boekhouden/echo').set('Content-Type', 'text/xml; charset=utf-8').send(xml).expect(200);
    expect(xmlEcho.body).toEqual({ body: xml, rawLength: xml.length, rawSha256: sha256(xml) });
  });

  it('answers a malformed JSON body on a platform path with a JSON 400', async () => {
    const response = await request(sandbox.url).post('/snelstart/echo').set('Content-Type', 'application/json').send('{oops').expect(400);
    expect(response.body.error).toBe('invalid_body');
  });
});

describe('startSandbox lifecycle', () => {
  it('runs two sandboxes side by side and closes them', async () => {
    const first = await startSandbox({ factories: FAKE_FACTORIES, platforms: small });
    const second = await startSandbox({ factories: FAKE_FACTORIES, platforms: small, seed: 99 });
    expect(first.url).not.toBe(second.url);
    expect(first.context.seed).toBe(42);
    expect(second.context.seed).toBe(99);
    await request(first.url).get('/_sandbox/clock').expect(200);
    await first.close();
    await second.close();
    await expect(fetch(`${first.url}/_sandbox/clock`)).rejects.toThrow();
  }, 30_000);

  it('closes promptly even with a keep-alive connection open', async () => {
    const sandbox = await startSandbox({ factories: FAKE_FACTORIES, platforms: small });
    await fetch(`${sandbox.url}/_sandbox/clock`).then((response) => response.arrayBuffer());
    const started = performance.now();
    await sandbox.close();
    expect(performance.now() - started).toBeLessThan(1_500);
  }, 30_000);

  it('refuses factories that do not cover each platform exactly once', async () => {
    await expect(startSandbox({ factories: [fakePlatformFactory('snelstart')] })).rejects.toThrow(/No sandbox for platform\(s\): exact-online, e-boekhouden/);
    await expect(startSandbox({ factories: [...FAKE_FACTORIES, fakePlatformFactory('snelstart')] })).rejects.toThrow(/Two sandboxes for platform snelstart/);
  });

  it('reports a port that is taken', async () => {
    const sandbox = await startSandbox({ factories: FAKE_FACTORIES, platforms: small });
    const port = Number(new URL(sandbox.url).port);
    await expect(startSandbox({ port, factories: FAKE_FACTORIES, platforms: small })).rejects.toThrow(/EADDRINUSE/);
    await sandbox.close();
  }, 30_000);
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
