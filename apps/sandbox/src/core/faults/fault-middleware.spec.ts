import express, { type Express, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import request from 'supertest';
import { createSandboxContext, type SandboxContextAdmin } from '../context.js';
import { createFaultMiddleware, shouldMalform } from './fault-middleware.js';

// Jest reuses a worker for several files but each file loads its own nock, which patches the shared
// `net` module again; a patch left over from an earlier file loops loopback connections. Undo ours.
afterAll(() => {
  nock.restore();
});

function appWith(context: SandboxContextAdmin): Express {
  const app = express();
  app.use(
    createFaultMiddleware(context, 'snelstart', {
      renderRateLimited: (res) => res.status(429).set('Retry-After', '7').json({ platform: 'throttled' }),
      renderError: (res, status) => res.status(status).json({ platform: 'failed', status }),
    }),
  );
  app.get('/thing', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

/** Calls the middleware directly (no HTTP), recording what happened to each call. */
async function outcomes(context: SandboxContextAdmin, calls: number, sleep: (ms: number) => Promise<void> = async () => {}): Promise<string[]> {
  const results: string[] = [];
  const middleware = createFaultMiddleware(context, 'snelstart', {
    renderRateLimited: () => results.push('429'),
    renderError: (_res, status) => results.push(`${status}`),
    sleep,
  });
  for (let i = 0; i < calls; i++) await middleware({} as Request, {} as Response, () => results.push('next'));
  return results;
}

/** Serves the app on 127.0.0.1 explicitly (supertest's own ephemeral server binds every interface). */
async function serving<T>(app: Express, use: (api: ReturnType<typeof request>) => Promise<T>): Promise<T> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await use(request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('createFaultMiddleware', () => {
  it('passes calls through untouched when all faults are off, counting them', async () => {
    const context = createSandboxContext({ seed: 1 });
    await serving(appWith(context), async (api) => {
      for (let i = 0; i < 3; i++) await api.get('/thing').expect(200, { ok: true });
    });
    expect(context.stats('snelstart')).toEqual({ calls: 3, rateLimited429: 0, refreshTokenReuse: 0, errors: 0 });
    expect(context.stats('exact-online').calls).toBe(0);
  });

  it('answers exactly burst429 calls with the platform 429, then recovers', async () => {
    const context = createSandboxContext({ seed: 1 });
    context.setFaults('snelstart', { burst429: 3 });
    const statuses: number[] = [];
    await serving(appWith(context), async (api) => {
      for (let i = 0; i < 5; i++) {
        const response = await api.get('/thing');
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.headers['retry-after']).toBe('7');
          expect(response.body).toEqual({ platform: 'throttled' });
        }
      }
    });
    expect(statuses).toEqual([429, 429, 429, 200, 200]);
    expect(context.faults('snelstart').burst429).toBe(0);
    expect(context.stats('snelstart')).toMatchObject({ calls: 5, rateLimited429: 3 });
  });

  it('fails about errorRate of the calls with errorStatus, replayably for a fixed seed', async () => {
    const run = async (): Promise<string[]> => {
      const context = createSandboxContext({ seed: 1234 });
      context.setFaults('snelstart', { errorRate: 0.25, errorStatus: 503 });
      const results = await outcomes(context, 2_000);
      expect(context.stats('snelstart')).toMatchObject({ calls: 2_000, errors: results.filter((result) => result === '503').length });
      return results;
    };
    const first = await run();
    const failures = first.filter((result) => result === '503').length;
    expect(new Set(first)).toEqual(new Set(['next', '503']));
    expect(failures / first.length).toBeGreaterThan(0.22);
    expect(failures / first.length).toBeLessThan(0.28);
    expect(await run()).toEqual(first);
  });

  it('uses the platform error body for injected errors', async () => {
    const context = createSandboxContext({ seed: 1 });
    context.setFaults('snelstart', { errorRate: 1, errorStatus: 502 });
    await serving(appWith(context), (api) => api.get('/thing').expect(502, { platform: 'failed', status: 502 }));
  });

  it('waits a latency between min and max before answering', async () => {
    const context = createSandboxContext({ seed: 1 });
    context.setFaults('snelstart', { latencyMinMs: 100, latencyMaxMs: 200 });
    const waits: number[] = [];
    const results = await outcomes(context, 50, async (ms) => {
      waits.push(ms);
    });
    expect(new Set(results)).toEqual(new Set(['next']));
    expect(waits).toHaveLength(50);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...waits)).toBeLessThanOrEqual(200);
    expect(new Set(waits).size).toBeGreaterThan(10);
  });

  it('really delays the response by default, regardless of the sandbox clock', async () => {
    const context = createSandboxContext({ seed: 1, now: '2026-01-01' });
    context.setFaults('snelstart', { latencyMinMs: 120, latencyMaxMs: 120 });
    const elapsed = await serving(appWith(context), async (api) => {
      const started = performance.now();
      await api.get('/thing').expect(200);
      return performance.now() - started;
    });
    expect(elapsed).toBeGreaterThanOrEqual(110);
    expect(context.clock.today()).toBe('2026-01-01');
  });

  it('falls back to plain JSON bodies when a platform gives no renderers', async () => {
    const context = createSandboxContext({ seed: 1 });
    context.setFaults('e-boekhouden', { burst429: 1 });
    const app = express();
    app.use(createFaultMiddleware(context, 'e-boekhouden'));
    const response = await serving(app, (api) => api.get('/anything').expect(429));
    expect(response.body).toMatchObject({ error: 'rate_limited' });
  });
});

describe('shouldMalform', () => {
  it('never fires at 0, always at 1, and about the rate in between', () => {
    const context = createSandboxContext({ seed: 5 });
    expect(shouldMalform(context, 'snelstart')).toBe(false);
    context.setFaults('snelstart', { malformedRate: 1 });
    expect(shouldMalform(context, 'snelstart')).toBe(true);
    context.setFaults('snelstart', { malformedRate: 0.1 });
    let hits = 0;
    for (let i = 0; i < 5_000; i++) if (shouldMalform(context, 'snelstart')) hits++;
    expect(hits).toBeGreaterThan(400);
    expect(hits).toBeLessThan(600);
  });
});
