// Sync engine at scale: 50 Exact Online administrations of 2,000 invoices each (one user's
// divisions in the sandbox, run as a child process), connected once through the real OAuth flow,
// then a manual incremental sync requested for every administration (the first one, from no
// cursor, reads everything) and run by two `hub worker` processes, all under the real rate limits
// (Exact's 60/min and 5,000/day per division on both sides; the sandbox clock follows real time).
//   npm run bench:sync-scale
//   (DATABASE_URL = admin connection, default the local postgres; REDIS_URL default the local redis;
//    BENCH_ADMINISTRATIONS (at most 50: the sandbox's reset takes no more), BENCH_INVOICES per
//    administration, BENCH_TIMEOUT_S for the runs to finish, default 900)
// Prints wall time, run durations, API calls against the minimum, the sandbox's 429 count and the
// worst data freshness afterwards, plus a JSON line. Exits 1 when a run fails, an administration's
// stored open total differs from Exact's, or freshness is unknown; other targets are reported.
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DEFAULT_SYNC_SCHEDULE } from '../../apps/hub/src/administrations/administration.dto.js';
import { createHubHttpApp } from '../../apps/hub/src/app/create-hub-app.js';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { createScratchDatabase, type ScratchDatabase } from '../../apps/hub/src/database/testing/scratch-database.js';
import { QUEUES } from '../../apps/hub/src/queues/queue-names.js';
import { TenantService } from '../../apps/hub/src/tenants/tenant.service.js';
import { connectExact, exactDemoCredentials, freePort } from '../common/exact-connect.js';
import { startHubWorker, type HubWorkerProcess } from '../common/hub-worker-process.js';
import { cpuSeconds } from '../common/proc-stats.js';
import { followRealTime, type RealClockFollower } from '../common/sandbox-real-clock.js';
import { countSyncRows, startSandboxProcess, type SandboxProcess } from '../common/sandbox-process.js';
import { finishedRun, freshnessOf, requestSync, storedOpenCents, tenantRuns, waitForRuns } from './hub-readings.js';
import { printReport, type OpenTotalCheck } from './report.js';
import { minimumCalls, runStats } from './run-stats.js';

const ADMINISTRATIONS = integerFromEnv('BENCH_ADMINISTRATIONS', 50, 1, 50);
const INVOICES_EACH = integerFromEnv('BENCH_INVOICES', 2_000, 1, 1_000_000);
const TIMEOUT_MS = integerFromEnv('BENCH_TIMEOUT_S', 900, 10, 86_400) * 1000;
const WORKERS = 2;
const SEED = 502_000;
const TODAY = '2026-06-15';
const PAGE_SIZE = 1_000;
/** What an initial incremental sync reads (debtors, invoices); payments make no Exact calls. */
const SYNC_ENDPOINTS = ['sync/CRM/Accounts', 'sync/Cashflow/PaymentTerms'] as const;
const TARGETS = { callRatio: 1.05, rateLimited429: 0, freshnessSeconds: DEFAULT_SYNC_SCHEDULE.incrementalIntervalMinutes * 60 };

interface ExactStats {
  calls: number;
  rateLimited429: number;
  refreshTokenReuse: number;
  errors: number;
}

function integerFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

async function waitForWorkers(queue: Queue, count: number, workers: readonly HubWorkerProcess[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await queue.getWorkersCount()) < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} sync workers connected within 60 s:\n${workers.map((worker) => worker.output().slice(-2_000)).join('\n---\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let sandbox: SandboxProcess | undefined;
  let clock: RealClockFollower | undefined;
  let scratch: ScratchDatabase | undefined;
  let app: INestApplication | undefined;
  const workers: HubWorkerProcess[] = [];
  try {
    sandbox = await startSandboxProcess({ port: await freePort(), seed: SEED, today: TODAY });
    const generatedAt = performance.now();
    await sandbox.control('POST', '/reset', {
      seed: SEED,
      today: TODAY,
      platforms: { 'exact-online': { administrations: Array.from({ length: ADMINISTRATIONS }, () => ({ invoices: INVOICES_EACH })) } },
    });
    const generateSeconds = (performance.now() - generatedAt) / 1000;
    // The defaults, read back rather than assumed: this benchmark never relaxes them.
    const { rateLimits: sandboxLimits } = await sandbox.control<{ rateLimits: { minutely: number; daily: number } }>('GET', '/exact-online/options');
    clock = await followRealTime(sandbox);
    const demo = await exactDemoCredentials(sandbox);
    if (demo.divisions.size !== ADMINISTRATIONS) throw new Error(`the demo user has ${demo.divisions.size} divisions, expected ${ADMINISTRATIONS}`);

    scratch = await createScratchDatabase(adminUrl, 'debtor_hub_bench_scale');
    await runMigrations(scratch.url);
    const port = await freePort();
    const hubUrl = `http://127.0.0.1:${port}`;
    // The API and the workers share it; Exact limits and SYNC_CONCURRENCY are left at their defaults.
    const environment: Record<string, string> = {
      DATABASE_URL: scratch.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `bench-sync-scale-${process.pid}`,
      HUB_PUBLIC_URL: hubUrl,
      HUB_ENCRYPTION_KEYS: `bench-1:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn',
      EXACT_ONLINE_BASE_URL: demo.baseUrl,
      EXACT_ONLINE_CLIENT_ID: demo.clientId,
      EXACT_ONLINE_CLIENT_SECRET: demo.clientSecret,
      EXACT_ONLINE_WEBHOOK_SECRET: demo.webhookSecret,
    };
    const config = loadConfig({ ...environment, LOG_LEVEL: 'silent' });
    app = await createHubHttpApp(config, { api: true, worker: false });
    await app.listen(port, '127.0.0.1');
    for (let index = 0; index < WORKERS; index += 1) workers.push(startHubWorker(environment));
    await waitForWorkers(app.get<Queue>(getQueueToken(QUEUES.sync)), WORKERS, workers);

    const { tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('Bench firm');
    const dataSource = app.get(DataSource);
    const connectStarted = performance.now();
    await connectExact(hubUrl, apiKey);
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const administrations: { id: string; external_id: string }[] = await dataSource.query(`SELECT id, external_id FROM administrations WHERE tenant_id = $1`, [tenantId]);
    if (administrations.length !== ADMINISTRATIONS) throw new Error(`the connect flow created ${administrations.length} administrations, expected ${ADMINISTRATIONS}`);
    const statsBefore = await sandbox.control<ExactStats>('GET', '/exact-online/stats');

    const sandboxPid = sandbox.pid;
    const cpuNow = () => {
      const own = process.cpuUsage();
      return { workers: workers.map((worker) => worker.cpuSeconds()), sandbox: sandboxPid === undefined ? null : cpuSeconds(sandboxPid), api: (own.user + own.system) / 1e6 };
    };
    const cpuBefore = cpuNow();
    const requestedAt = Date.now();
    const runIds = await Promise.all(administrations.map((administration) => requestSync(hubUrl, apiKey, administration.id)));
    const runs = await waitForRuns(dataSource, tenantId, runIds, TIMEOUT_MS, (finished) => {
      if (finished % 10 === 0 || finished === runIds.length) console.error(`  … ${finished}/${runIds.length} runs finished after ${((Date.now() - requestedAt) / 1000).toFixed(0)} s`);
    });
    const wallSeconds = (Math.max(...runs.map((run) => run.finishedAt.getTime())) - requestedAt) / 1000;
    const cpuAfter = cpuNow();
    const spent = (after: number | null, before: number | null | undefined): number | null => (after === null || before === null || before === undefined ? null : after - before);
    const freshness = await freshnessOf(hubUrl, apiKey, administrations.map((administration) => administration.id));
    const readAt = Date.now();
    const stats = await sandbox.control<ExactStats>('GET', '/exact-online/stats');
    const workerPeakRssMb = workers.map((worker) => worker.peakRssMb());
    const allRuns = (await tenantRuns(dataSource, tenantId)).map(finishedRun);

    // After the stats above: these reads are the benchmark's own.
    const keys = [...demo.divisions.keys()];
    const rowCounts = await countSyncRows(demo, keys.map((key) => demo.divisions.get(key) as number), SYNC_ENDPOINTS);
    const rowTotals: Record<string, number> = {};
    for (const counts of rowCounts) for (const [endpoint, rows] of Object.entries(counts)) rowTotals[endpoint] = (rowTotals[endpoint] ?? 0) + rows;
    const stored = await storedOpenCents(dataSource, tenantId);
    const idByDivision = new Map(administrations.map((administration) => [administration.external_id, administration.id]));
    const open: OpenTotalCheck[] = [];
    for (const key of keys) {
      const { totalOpenCents } = await sandbox.control<{ totalOpenCents: number }>('GET', `/exact-online/administrations/${key}/open-items`);
      open.push({ administrationKey: key, storedCents: stored.get(idByDivision.get(String(demo.divisions.get(key))) ?? '') ?? 0, platformCents: totalOpenCents });
    }

    const oldest = freshness.map((reading) => reading.oldest);
    const known = oldest.filter((value): value is string => value !== null).map((value) => Date.parse(value));
    const failedRuns = allRuns.filter((run) => run.status === 'failed');
    const byTrigger: Record<string, number> = {};
    for (const run of allRuns) byTrigger[run.trigger] = (byTrigger[run.trigger] ?? 0) + 1;
    const result = {
      administrations: ADMINISTRATIONS,
      invoicesEach: INVOICES_EACH,
      workers: WORKERS,
      syncConcurrency: config.SYNC_CONCURRENCY,
      limits: { sandbox: sandboxLimits, hub: { minutely: config.EXACT_ONLINE_MINUTELY_LIMIT, daily: config.EXACT_ONLINE_DAILY_LIMIT } },
      generateSeconds,
      connect: { seconds: connectSeconds, platformCalls: statsBefore.calls },
      wallSeconds,
      runs: { ...runStats(runs), requested: runIds.length, inTenant: allRuns.length, byTrigger },
      apiCalls: {
        hubRecorded: allRuns.reduce((sum, run) => sum + run.apiCalls, 0),
        sandboxCounted: stats.calls - statsBefore.calls,
        minimum: minimumCalls(rowCounts, PAGE_SIZE),
        rows: rowTotals,
        pageSize: PAGE_SIZE,
      },
      sandbox: { rateLimited429: stats.rateLimited429, errors: stats.errors, refreshTokenReuse: stats.refreshTokenReuse },
      worstFreshnessSeconds: known.length === oldest.length ? (readAt - Math.min(...known)) / 1000 : null,
      unknownFreshness: oldest.length - known.length,
      open,
      workerPeakRssMb,
      cpu: {
        cores: availableParallelism(),
        workers: cpuAfter.workers.map((after, index) => spent(after, cpuBefore.workers[index])),
        sandbox: spent(cpuAfter.sandbox, cpuBefore.sandbox),
        api: cpuAfter.api - cpuBefore.api,
      },
      failedRuns,
      targets: TARGETS,
    };
    printReport(result);
    if (failedRuns.length > 0 || open.some((check) => check.storedCents !== check.platformCents) || result.worstFreshnessSeconds === null) process.exitCode = 1;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await clock?.stop().catch((error: unknown) => console.error(error));
    if (app !== undefined) {
      // The queues' keys (jobs, the planner's schedulers) live under this run's prefix: leave none behind.
      for (const name of Object.values(QUEUES)) await app.get<Queue>(getQueueToken(name)).obliterate({ force: true }).catch((error: unknown) => console.error(error));
      await app.close();
    }
    await sandbox?.stop();
    await scratch?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
