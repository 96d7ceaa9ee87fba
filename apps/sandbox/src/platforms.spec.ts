import nock from 'nock';
import request from 'supertest';
import { SANDBOX_PLATFORMS } from './core/context.js';
import { startSandbox, type RunningSandbox } from './sandbox.js';

// See core/control/control-router.spec.ts: each file undoes its own nock patch of `net`.
afterAll(() => {
  nock.restore();
});

describe('startSandbox with the three real platforms (the default)', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 5, today: '2026-06-15' });
  }, 60_000);

  afterAll(async () => {
    await sandbox.close();
  });

  it('wires every platform at its prefix with demo credentials', async () => {
    expect(Object.values(sandbox.platforms).map((platform) => platform.pathPrefix).sort()).toEqual(['/e-boekhouden', '/exact-online', '/snelstart']);
    const credentials = (await request(sandbox.url).get('/_sandbox/credentials').expect(200)).body as Record<string, Record<string, string>>;
    for (const platform of SANDBOX_PLATFORMS) expect(Object.keys(credentials[platform] ?? {}).length).toBeGreaterThan(0);
  });

  it("agrees to the cent with the generated data on every administration's open items", async () => {
    for (const platform of SANDBOX_PLATFORMS) {
      for (const administration of sandbox.runtime.fixtures(platform)) {
        const open = administration.invoices.filter((invoice) => invoice.openCents !== 0);
        const response = await request(sandbox.url).get(`/_sandbox/${platform}/administrations/${administration.key}/open-items`).expect(200);
        expect({ platform, ...response.body }).toEqual({
          platform,
          administrationKey: administration.key,
          openInvoiceCount: open.length,
          totalOpenCents: open.reduce((sum, invoice) => sum + invoice.openCents, 0),
        });
      }
    }
  });

  it("mounts every platform's own control routes", async () => {
    const aSwitch = { 'exact-online': 'rateLimits', snelstart: 'rateLimits', 'e-boekhouden': 'sessionLifetimeSeconds' } as const;
    for (const platform of SANDBOX_PLATFORMS) {
      const options = (await request(sandbox.url).get(`/_sandbox/${platform}/options`).expect(200)).body as Record<string, unknown>;
      expect(Object.keys(options)).toContain(aSwitch[platform]);
    }
    await request(sandbox.url).get('/_sandbox/exact-online/webhooks/deliveries').expect(200);
    await request(sandbox.url).get('/_sandbox/snelstart/activation/deliveries').expect(200);
  });
});
