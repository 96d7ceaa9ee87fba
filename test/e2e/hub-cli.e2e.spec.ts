// The hub as operators run it: separate `api` and `worker` processes, `migrate`, `tenant create`,
// and a start that stops on bad configuration.
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { freePort, runHub, startHub, stopHub, waitForHealthy } from '../support/hub-process.js';

function environment(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    REDIS_URL: process.env.REDIS_URL ?? '',
    REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX ?? '',
    HUB_PUBLIC_URL: 'http://127.0.0.1:3999',
    HUB_ENCRYPTION_KEYS: `cli-1:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'warn',
    ...overrides,
  };
}

describe('the hub command line', () => {
  it('creates a tenant and prints its first admin key as JSON', async () => {
    const run = await runHub(['tenant', 'create', '--name', 'Accountants & Co'], environment());
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout.trim());
    expect(printed).toEqual({ tenantId: expect.stringMatching(/^[0-9a-f-]{36}$/), apiKey: expect.stringMatching(/^dhk_/) });
  });

  it('applies migrations idempotently', async () => {
    const run = await runHub(['migrate'], environment());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ applied: [] });
  });

  it('refuses to start with a bad variable and names it, without echoing secrets', async () => {
    const secret = randomBytes(16).toString('base64');
    const run = await runHub(['api'], environment({ HUB_ENCRYPTION_KEYS: `k1:${secret}`, PORT: 'eighty' }));
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('HUB_ENCRYPTION_KEYS');
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).not.toContain(secret);
  });

  it('rejects unknown commands with the usage text', async () => {
    const run = await runHub(['serve'], environment());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: hub');
  });

  it('runs the API and the worker as separate processes that meet through Redis', async () => {
    const port = await freePort();
    const metricsPort = await freePort();
    const settings = environment({ PORT: String(port) });
    const api = startHub(['api'], settings);
    const worker = startHub(['worker'], { ...settings, WORKER_METRICS_PORT: String(metricsPort) });
    const queue = new Queue('maintenance', { connection: { url: settings.REDIS_URL }, prefix: settings.REDIS_KEY_PREFIX });
    const events = new QueueEvents('maintenance', { connection: { url: settings.REDIS_URL }, prefix: settings.REDIS_KEY_PREFIX });
    try {
      await waitForHealthy(`http://127.0.0.1:${port}`);
      await events.waitUntilReady();
      const job = await queue.add('ping', { sentAt: new Date().toISOString() });
      const result = (await job.waitUntilFinished(events, 30_000)) as { workerPid: number };
      expect(result.workerPid).toBe(worker.pid);
      expect(result.workerPid).not.toBe(api.pid);

      // The worker, which runs the syncs, serves their metrics itself.
      const scraped = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(scraped.status).toBe(200);
      const text = await scraped.text();
      expect(text).toContain('# TYPE hub_sync_runs_total counter');
      expect(text).toContain('# TYPE hub_platform_rate_limited_total counter');
      expect(text).toMatch(/hub_queue_jobs_total\{queue="maintenance",job="ping"/);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/api/v1/administrations`)).status).toBe(404);
    } finally {
      await Promise.all([queue.close(), events.close()]);
      await Promise.all([stopHub(api), stopHub(worker)]);
    }
  }, 120_000);
});
