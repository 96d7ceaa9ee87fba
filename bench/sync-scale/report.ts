// Prints the sync-scale result as readable lines and as one JSON line for tooling.
import type { FinishedRun, RunStats, Spread } from './run-stats.js';

export interface OpenTotalCheck {
  administrationKey: string;
  storedCents: number;
  platformCents: number;
}

export interface SyncScaleResult {
  administrations: number;
  invoicesEach: number;
  workers: number;
  syncConcurrency: number;
  limits: { sandbox: { minutely: number; daily: number }; hub: { minutely: number; daily: number } };
  generateSeconds: number;
  connect: { seconds: number; platformCalls: number };
  wallSeconds: number;
  runs: RunStats & { requested: number; inTenant: number; byTrigger: Record<string, number> };
  apiCalls: { hubRecorded: number; sandboxCounted: number; minimum: number; rows: Record<string, number>; pageSize: number };
  sandbox: { rateLimited429: number; errors: number; refreshTokenReuse: number };
  /** Seconds since the stalest resource of the stalest administration was synced; null when one never was. */
  worstFreshnessSeconds: number | null;
  unknownFreshness: number;
  open: OpenTotalCheck[];
  workerPeakRssMb: (number | null)[];
  /** CPU seconds from the first sync request to the last run finished (null where /proc is missing); `api` is this process. */
  cpu: { cores: number; workers: (number | null)[]; sandbox: number | null; api: number };
  failedRuns: FinishedRun[];
  targets: { callRatio: number; rateLimited429: number; freshnessSeconds: number };
}

export function printReport(result: SyncScaleResult): void {
  const ratio = result.apiCalls.hubRecorded / result.apiCalls.minimum;
  const mismatches = result.open.filter((check) => check.storedCents !== check.platformCents);
  const storedOpen = result.open.reduce((sum, check) => sum + check.storedCents, 0);
  const platformOpen = result.open.reduce((sum, check) => sum + check.platformCents, 0);
  const rows = Object.entries(result.apiCalls.rows).map(([endpoint, count]) => `${count.toLocaleString('en')} ${endpoint}`);
  const fresh = result.worstFreshnessSeconds;
  const lines = [
    `Sync at scale: ${result.administrations} Exact Online administrations x ${result.invoicesEach.toLocaleString('en')} invoices, ` +
      `${result.workers} worker processes x SYNC_CONCURRENCY ${result.syncConcurrency}`,
    `  rate limits per division: sandbox ${result.limits.sandbox.minutely}/min ${result.limits.sandbox.daily.toLocaleString('en')}/day, ` +
      `hub ${result.limits.hub.minutely}/min ${result.limits.hub.daily.toLocaleString('en')}/day (not relaxed; sandbox clock on real time)`,
    `  sandbox data generated in ${result.generateSeconds.toFixed(1)} s; connect (one grant, all divisions) ${result.connect.seconds.toFixed(1)} s, ${result.connect.platformCalls} API calls`,
    `  wall time ${result.wallSeconds.toFixed(1)} s from the first manual sync request to the last run finished`,
    `  runs: ${result.runs.requested} requested, ${result.runs.inTenant} in sync_runs (${describe(result.runs.byTrigger)}); status ${describe(result.runs.byStatus)}; ` +
      `${result.runs.retried} retried; at most ${result.runs.peakConcurrent} running at once`,
    `    duration ${spreadText(result.runs.duration)}; waited for a slot ${spreadText(result.runs.wait)}`,
    `  API calls: hub recorded ${result.apiCalls.hubRecorded}, sandbox counted ${result.apiCalls.sandboxCounted}; ` +
      `minimum ${result.apiCalls.minimum} (ceil(rows/${result.apiCalls.pageSize.toLocaleString('en')}) per sync endpoint per administration, no fixed calls; rows: ${rows.join(', ')})`,
    `    ratio ${ratio.toFixed(3)} (target <= ${result.targets.callRatio}) ${verdict(ratio <= result.targets.callRatio)}`,
    `  429s from the sandbox ${result.sandbox.rateLimited429} (target ${result.targets.rateLimited429}) ${verdict(result.sandbox.rateLimited429 <= result.targets.rateLimited429)}; ` +
      `hub_platform_rate_limited_total: not scrapeable (a \`hub worker\` process serves no /metrics); sandbox errors ${result.sandbox.errors}, refresh-token reuse ${result.sandbox.refreshTokenReuse}`,
    `  worst data freshness at the end ${fresh === null ? 'unknown' : `${fresh.toFixed(1)} s`}` +
      (result.unknownFreshness > 0 ? ` (${result.unknownFreshness} administrations never fully synced)` : '') +
      ` (target <= ${result.targets.freshnessSeconds} s, the incremental schedule) ${verdict(fresh !== null && fresh <= result.targets.freshnessSeconds)}`,
    `  open totals: stored ${storedOpen} cents, Exact ${platformOpen} cents over ${result.open.length} administrations: ` +
      (mismatches.length === 0 ? 'all equal' : `${mismatches.length} DIFFERENT (${mismatches.slice(0, 5).map((check) => `${check.administrationKey} ${check.storedCents} vs ${check.platformCents}`).join('; ')})`),
    `  worker peak RSS ${result.workerPeakRssMb.map((mb) => (mb === null ? 'n/a' : `${mb.toFixed(0)} MB`)).join(', ')}`,
    `  CPU while syncing: workers ${result.cpu.workers.map(seconds).join(' + ')}, sandbox ${seconds(result.cpu.sandbox)}, this process (the API, polling) ${seconds(result.cpu.api)} ` +
      `(${result.cpu.cores} cores x ${result.wallSeconds.toFixed(1)} s wall; the rest is PostgreSQL, Redis and anything else on the machine)`,
    ...result.failedRuns.slice(0, 5).map((run) => `  FAILED run ${run.id}: ${run.errorClass}: ${run.errorMessage}`),
  ];
  console.log(lines.join('\n'));
  console.log(
    JSON.stringify({
      benchmark: 'sync-scale',
      administrations: result.administrations,
      invoicesEach: result.invoicesEach,
      workers: result.workers,
      syncConcurrency: result.syncConcurrency,
      wallSeconds: round(result.wallSeconds),
      runDurationSeconds: roundSpread(result.runs.duration),
      runWaitSeconds: roundSpread(result.runs.wait),
      peakConcurrentRuns: result.runs.peakConcurrent,
      runs: { requested: result.runs.requested, inTenant: result.runs.inTenant, byStatus: result.runs.byStatus, retried: result.runs.retried },
      apiCalls: { hubRecorded: result.apiCalls.hubRecorded, sandboxCounted: result.apiCalls.sandboxCounted, minimum: result.apiCalls.minimum, ratio: round(ratio) },
      connectCalls: result.connect.platformCalls,
      rateLimited429: result.sandbox.rateLimited429,
      worstFreshnessSeconds: fresh === null ? null : round(fresh),
      openTotalMismatches: mismatches.length,
      workerPeakRssMb: result.workerPeakRssMb.map((mb) => (mb === null ? null : Math.round(mb))),
      cpuSeconds: { workers: result.cpu.workers.map((value) => (value === null ? null : round(value))), sandbox: result.cpu.sandbox === null ? null : round(result.cpu.sandbox), api: round(result.cpu.api) },
      targets: result.targets,
    }),
  );
}

function seconds(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)} s`;
}

function spreadText(spread: Spread): string {
  return `min ${spread.min.toFixed(1)} s, median ${spread.median.toFixed(1)} s, max ${spread.max.toFixed(1)} s`;
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
}

function verdict(met: boolean): string {
  return met ? 'MET' : 'MISSED';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundSpread(spread: Spread): Spread {
  return { min: round(spread.min), median: round(spread.median), max: round(spread.max) };
}
