// Exact Online initial-sync benchmark: one division of 100,000 invoices in the sandbox, run as a
// child process so its data does not count in the hub's RSS (rate limits relaxed on both sides), the hub (API only, no queue worker) on a scratch database, connected
// through the real OAuth flow, then debtors and invoices pulled through AdministrationSyncService.
//   npm run bench:exact-sync   (with the V8 heap caps the hub runs with everywhere: README, Benchmarks)
//   (DATABASE_URL = admin connection, default the local postgres; REDIS_URL default the local redis;
//    BENCH_INVOICES to change the size)
// Prints records/s, API calls against the minimum (ceil(rows / 1,000) per resource, rows counted on
// the sandbox afterwards) and the hub process's peak RSS.
// Exits 1 when a run fails or the stored open total differs from Exact's; targets are reported, not enforced.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { DataSource } from 'typeorm';
import { createHubHttpApp } from '../../apps/hub/src/app/create-hub-app.js';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { AdministrationSyncService } from '../../apps/hub/src/sync/administration-sync.service.js';
import { TenantService } from '../../apps/hub/src/tenants/tenant.service.js';
import { createScratchDatabase } from '../../apps/hub/src/database/testing/scratch-database.js';
import { connectExact, exactDemoCredentials, freePort } from '../common/exact-connect.js';
import { countSyncRows, startSandboxProcess, type SandboxProcess } from '../common/sandbox-process.js';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
const PAGE_SIZE = 1_000;
const TARGETS = { callRatio: 1.05, peakRssMb: 300 };
const ADMINISTRATION_KEY = 'adm-1';
/** The sync endpoint each resource pages (the hub's full pull reads these from Timestamp 1). */
const SYNC_ENDPOINTS = { debtors: 'sync/CRM/Accounts', invoices: 'sync/Cashflow/PaymentTerms' } as const;

interface ApiCallStats {
  calls: number;
  rateLimited429: number;
  refreshTokenReuse: number;
  errors: number;
}

interface ResourceResult {
  resource: keyof typeof SYNC_ENDPOINTS;
  fetched: number;
  apiCalls: number;
  seconds: number;
}

function maxRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

/** The hub's heap is capped wherever it runs (README, Benchmarks); a run without the caps shows it here. */
function heapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let sandbox: SandboxProcess | undefined;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let app: INestApplication | undefined;
  try {
    sandbox = await startSandboxProcess({ port: await freePort(), seed: 100_000, today: '2026-06-15' });
    const generatedAt = performance.now();
    await sandbox.control('POST', '/reset', {
      seed: 100_000,
      today: '2026-06-15',
      platforms: { 'exact-online': { administrations: [{ invoices: INVOICES, name: 'Groot B.V.' }] } },
    });
    const generateSeconds = (performance.now() - generatedAt) / 1000;
    await sandbox.control('PUT', '/exact-online/options', { rateLimits: { minutely: 1_000_000, daily: 100_000_000 } });
    const demo = await exactDemoCredentials(sandbox);
    const division = demo.divisions.get(ADMINISTRATION_KEY);
    if (division === undefined) throw new Error(`the sandbox has no division for ${ADMINISTRATION_KEY}: ${[...demo.divisions.keys()].join(', ')}`);

    scratch = await createScratchDatabase(adminUrl, 'debtor_hub_bench_exact');
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
        // The sandbox's limits are relaxed above; the hub's own cap (60/min by default) must not throttle either.
        EXACT_ONLINE_MINUTELY_LIMIT: '1000000',
        EXACT_ONLINE_DAILY_LIMIT: '100000000',
      }),
      { api: true, worker: false },
    );
    await app.listen(port, '127.0.0.1');
    const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Bench firm');
    await connectExact(hubUrl, apiKey);
    const dataSource = app.get(DataSource);
    const [administration] = await dataSource.query(`SELECT id FROM administrations WHERE tenant_id = $1 AND external_id = $2`, [tenantId, String(division)]);
    if (administration === undefined) throw new Error('the connect flow created no administration for the division');
    const administrationId = administration.id as string;

    const sync = app.get(AdministrationSyncService);
    const rssBeforeSync = maxRssMb();
    const statsBefore = await sandbox.control<ApiCallStats>('GET', '/exact-online/stats');
    const results: ResourceResult[] = [];
    for (const resource of ['debtors', 'invoices'] as const) {
      const start = performance.now();
      const summary = await sync.run({ tenantId, administrationId, mode: 'full', trigger: 'manual', resources: [resource] });
      const seconds = (performance.now() - start) / 1000;
      if (summary.status !== 'succeeded') throw new Error(`${resource} sync ${summary.status}: ${JSON.stringify(summary.error)}`);
      results.push({ resource, fetched: summary.fetched, apiCalls: summary.apiCalls, seconds });
    }
    const peakRss = maxRssMb();
    const stats = await sandbox.control<ApiCallStats>('GET', '/exact-online/stats');
    const platformCalls = stats.calls - statsBefore.calls;

    const [stored] = await dataSource.query(
      `SELECT count(*)::int AS invoices, COALESCE(sum(open_cents), 0)::text AS open FROM invoices WHERE administration_id = $1 AND removed_at IS NULL`,
      [administrationId],
    );
    const { totalOpenCents: expectedOpen } = await sandbox.control<{ totalOpenCents: number }>('GET', `/exact-online/administrations/${ADMINISTRATION_KEY}/open-items`);
    // After the stats above, so these calls are not in the sandbox's count.
    const [rows] = await countSyncRows(demo, [division], Object.values(SYNC_ENDPOINTS));

    // Two minimums. The hub's `fetched` counts records it emitted: customers, and invoices. But a
    // sync endpoint pages platform rows, 1,000 a page: sync/Cashflow/PaymentTerms holds one row per
    // payment term, and a partial payment splits an invoice's term into a paid part and an open
    // rest, so there are more rows than invoices and no client can read them in ceil(invoices/1,000)
    // calls. ceil(rows/1,000) per endpoint is the real floor, so the ratio against it is the honest one.
    const rowsOf = (resource: ResourceResult['resource']): number => rows[SYNC_ENDPOINTS[resource]] ?? 0;
    const records = results.reduce((sum, result) => sum + result.fetched, 0);
    const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
    const apiCalls = results.reduce((sum, result) => sum + result.apiCalls, 0);
    const recordMinimum = results.reduce((sum, result) => sum + Math.ceil(result.fetched / PAGE_SIZE), 0);
    const rowMinimum = results.reduce((sum, result) => sum + Math.ceil(rowsOf(result.resource) / PAGE_SIZE), 0);
    const rowRatio = apiCalls / rowMinimum;
    const lines = [
      `Exact Online initial sync: ${INVOICES.toLocaleString('en')} invoices in one division (sandbox child process, generated in ${generateSeconds.toFixed(1)} s)`,
      ...results.map(
        (result) =>
          `  ${result.resource.padEnd(9)} ${String(result.fetched).padStart(7)} records in ${result.seconds.toFixed(1).padStart(5)} s = ` +
          `${Math.round(result.fetched / result.seconds).toLocaleString('en').padStart(7)} records/s; API calls ${result.apiCalls} ` +
          `(minimum ${Math.ceil(result.fetched / PAGE_SIZE)} by records, ${Math.ceil(rowsOf(result.resource) / PAGE_SIZE)} by ${rowsOf(result.resource)} rows of ${SYNC_ENDPOINTS[result.resource]})`,
      ),
      `  total     ${String(records).padStart(7)} records in ${seconds.toFixed(1).padStart(5)} s = ${Math.round(records / seconds).toLocaleString('en').padStart(7)} records/s`,
      `  API calls ${apiCalls} (sandbox counted ${platformCalls})`,
      `    vs minimum by records ${recordMinimum}: ratio ${(apiCalls / recordMinimum).toFixed(3)} (not reachable: rows > records)`,
      `    vs minimum by platform rows ${rowMinimum}: ratio ${rowRatio.toFixed(3)} (target <= ${TARGETS.callRatio}) ${rowRatio <= TARGETS.callRatio ? 'MET' : 'MISSED'}`,
      `  hub peak RSS ${peakRss.toFixed(0)} MB (before the sync ${rssBeforeSync.toFixed(0)} MB; V8 heap limit ${heapLimitMb()} MB; sandbox in its own process; target < ${TARGETS.peakRssMb} MB) ${peakRss < TARGETS.peakRssMb ? 'MET' : 'MISSED'}`,
      `  stored ${stored.invoices} live invoices, open ${stored.open} cents; Exact says ${expectedOpen} cents: ${Number(stored.open) === expectedOpen ? 'equal' : 'DIFFERENT'}`,
      `  sandbox: calls ${stats.calls} in all, 429s ${stats.rateLimited429}, refresh-token reuse ${stats.refreshTokenReuse}, errors ${stats.errors}`,
    ];
    console.log(lines.join('\n'));
    if (Number(stored.open) !== expectedOpen) process.exitCode = 1;
  } finally {
    await app?.close();
    await sandbox?.stop();
    await scratch?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
