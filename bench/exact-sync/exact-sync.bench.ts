// Exact Online initial-sync benchmark: one division of 100,000 invoices in the in-process sandbox
// (rate limits relaxed), the hub (API only, no queue worker) on a scratch database, connected
// through the real OAuth flow, then debtors and invoices pulled through AdministrationSyncService.
//   npm run build && node dist/bench/exact-sync/exact-sync.bench.js
//   (DATABASE_URL = admin connection, default the local postgres; REDIS_URL default the local redis;
//    BENCH_INVOICES to change the size)
// Prints records/s, API calls against the minimum (ceil(records / 1,000) per resource) and peak RSS.
// Exits 1 when a run fails or the stored open total differs from Exact's; targets are reported, not enforced.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import type { Resource } from '@hub/mapping';
import { DataSource } from 'typeorm';
import { createHubHttpApp } from '../../apps/hub/src/app/create-hub-app.js';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { AdministrationSyncService } from '../../apps/hub/src/sync/administration-sync.service.js';
import { TenantService } from '../../apps/hub/src/tenants/tenant.service.js';
import type { ExactOnlineSandbox } from '../../apps/sandbox/src/exact-online/index.js';
import { startSandbox } from '../../apps/sandbox/src/sandbox.js';
import { createScratchDatabase } from '../upsert/scratch-database.js';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
const PAGE_SIZE = 1_000;
const TARGETS = { callRatio: 1.05, peakRssMb: 300 };
const ADMINISTRATION_KEY = 'adm-1';

interface ResourceResult {
  resource: Resource;
  fetched: number;
  apiCalls: number;
  minimumCalls: number;
  seconds: number;
}

function maxRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

/** A port free right now, so HUB_PUBLIC_URL (the OAuth redirect URI) can name it before the hub listens. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function connect(hubUrl: string, apiKey: string): Promise<void> {
  const started = await fetch(`${hubUrl}/api/v1/connections/exact-online`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (started.status !== 201) throw new Error(`connect start answered ${started.status}: ${await started.text()}`);
  const { authorizationUrl } = (await started.json()) as { authorizationUrl: string };
  const consent = await fetch(`${authorizationUrl}&sandbox_auto=approve`, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || location === null) throw new Error(`consent answered ${consent.status}`);
  const landing = await fetch(new URL(location, authorizationUrl), { redirect: 'manual' });
  if (landing.status !== 200) throw new Error(`callback answered ${landing.status}: ${await landing.text()}`);
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const generatedAt = performance.now();
  const sandbox = await startSandbox({
    port: 0,
    seed: 100_000,
    today: '2026-06-15',
    platforms: { 'exact-online': { administrations: [{ invoices: INVOICES, name: 'Groot B.V.' }] } },
  });
  const generateSeconds = (performance.now() - generatedAt) / 1000;
  const exact = sandbox.platforms['exact-online'] as ExactOnlineSandbox;
  exact.configure({ rateLimits: { minutely: 1_000_000, daily: 100_000_000 } });
  const demo = exact.demoCredentials();
  const scratch = await createScratchDatabase(adminUrl, 'debtor_hub_bench_exact');
  let app: INestApplication | undefined;
  try {
    await runMigrations(scratch.url);
    const port = await freePort();
    const hubUrl = `http://127.0.0.1:${port}`;
    app = await createHubHttpApp(
      loadConfig({
        DATABASE_URL: scratch.url,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: `bench-exact-sync-${process.pid}`,
        HUB_PUBLIC_URL: hubUrl,
        HUB_ENCRYPTION_KEYS: `bench-1:${randomBytes(32).toString('base64')}`,
        LOG_LEVEL: 'silent',
        EXACT_ONLINE_BASE_URL: demo.baseUrl,
        EXACT_ONLINE_CLIENT_ID: demo.clientId,
        EXACT_ONLINE_CLIENT_SECRET: demo.clientSecret,
        EXACT_ONLINE_WEBHOOK_SECRET: demo.webhookSecret,
      }),
      { api: true, worker: false },
    );
    await app.listen(port, '127.0.0.1');
    const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Bench firm');
    await connect(hubUrl, apiKey);
    const dataSource = app.get(DataSource);
    const [administration] = await dataSource.query(`SELECT id FROM administrations WHERE tenant_id = $1 AND external_id = $2`, [
      tenantId,
      String(exact.divisionCode(ADMINISTRATION_KEY)),
    ]);
    if (administration === undefined) throw new Error('the connect flow created no administration for the division');
    const administrationId = administration.id as string;

    const sync = app.get(AdministrationSyncService);
    const rssBeforeSync = maxRssMb();
    const callsBefore = sandbox.context.stats('exact-online').calls;
    const results: ResourceResult[] = [];
    for (const resource of ['debtors', 'invoices'] as const) {
      const start = performance.now();
      const summary = await sync.run({ tenantId, administrationId, mode: 'full', trigger: 'manual', resources: [resource] });
      const seconds = (performance.now() - start) / 1000;
      if (summary.status !== 'succeeded') throw new Error(`${resource} sync ${summary.status}: ${JSON.stringify(summary.error)}`);
      results.push({ resource, fetched: summary.fetched, apiCalls: summary.apiCalls, minimumCalls: Math.ceil(summary.fetched / PAGE_SIZE), seconds });
    }
    const platformCalls = sandbox.context.stats('exact-online').calls - callsBefore;

    const [stored] = await dataSource.query(
      `SELECT count(*)::int AS invoices, COALESCE(sum(open_cents), 0)::text AS open FROM invoices WHERE administration_id = $1 AND removed_at IS NULL`,
      [administrationId],
    );
    const expectedOpen = exact.control.openItems(ADMINISTRATION_KEY).totalOpenCents;
    const stats = sandbox.context.stats('exact-online');

    const records = results.reduce((sum, result) => sum + result.fetched, 0);
    const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
    const apiCalls = results.reduce((sum, result) => sum + result.apiCalls, 0);
    const minimumCalls = results.reduce((sum, result) => sum + result.minimumCalls, 0);
    const peakRss = maxRssMb();
    const lines = [
      `Exact Online initial sync: ${INVOICES.toLocaleString('en')} invoices in one division (sandbox generated in ${generateSeconds.toFixed(1)} s)`,
      ...results.map(
        (result) =>
          `  ${result.resource.padEnd(9)} ${String(result.fetched).padStart(7)} records in ${result.seconds.toFixed(1).padStart(5)} s = ` +
          `${Math.round(result.fetched / result.seconds).toLocaleString('en').padStart(7)} records/s; API calls ${result.apiCalls} (minimum ${result.minimumCalls})`,
      ),
      `  total     ${String(records).padStart(7)} records in ${seconds.toFixed(1).padStart(5)} s = ${Math.round(records / seconds).toLocaleString('en').padStart(7)} records/s`,
      `  API calls ${apiCalls} (sandbox counted ${platformCalls}) vs minimum ${minimumCalls}: ratio ${(apiCalls / minimumCalls).toFixed(3)} (target <= ${TARGETS.callRatio}) ${apiCalls / minimumCalls <= TARGETS.callRatio ? 'MET' : 'MISSED'}`,
      `  peak RSS ${peakRss.toFixed(0)} MB (before the sync ${rssBeforeSync.toFixed(0)} MB, sandbox data included; target < ${TARGETS.peakRssMb} MB) ${peakRss < TARGETS.peakRssMb ? 'MET' : 'MISSED'}`,
      `  stored ${stored.invoices} live invoices, open ${stored.open} cents; Exact says ${expectedOpen} cents: ${Number(stored.open) === expectedOpen ? 'equal' : 'DIFFERENT'}`,
      `  sandbox: 429s ${stats.rateLimited429}, refresh-token reuse ${stats.refreshTokenReuse}, errors ${stats.errors}`,
    ];
    console.log(lines.join('\n'));
    if (Number(stored.open) !== expectedOpen) process.exitCode = 1;
  } finally {
    await app?.close();
    await sandbox.close();
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
