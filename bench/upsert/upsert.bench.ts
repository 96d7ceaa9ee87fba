// Upsert benchmark: 200,000 canonical invoices through CanonicalStore against a COPY baseline.
//   npm run bench:upsert   (DATABASE_URL = admin connection, default the local postgres)
// Creates a scratch database, migrates it, measures, drops it. Prints whether the targets are
// met; exits 1 only when the store's counts are wrong (timings on a shared machine are noisy).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createDataSource } from '../../apps/hub/src/database/data-source.js';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { seedAdministration } from '../../apps/hub/src/database/testing/seed.js';
import { CanonicalStore, type UpsertCounts } from '../../apps/hub/src/store/canonical-store.js';
import { type CanonicalInvoice } from '@hub/mapping';
import { copyInvoices, createCopyTables, INDEXED_COPY_TABLE, truncateCopyTable } from './copy-baseline.js';
import { changeEvery, generateInvoices } from './generate-invoices.js';
import { printReport, rate, type Phase } from './report.js';
import { createScratchDatabase } from '../../apps/hub/src/database/testing/scratch-database.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
// Chosen by measurement (100k invoices, shared 2-core machine, seconds first load / unchanged):
// 1,000: 7.8 / 3.0-3.5; 2,000: 6.6-8.1 / 2.4-2.9; 3,000: 6.7 / 2.6; 5,000: 10.6 / 2.8-3.4;
// 10,000: 8.5 / 3.4-4.4. Above ~3,000 building the parameter strings costs more per row (larger
// strings, more GC) and transactions get longer; below 2,000 round trips start to show.
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 2_000);
const TARGETS = { storeVsCopy: 0.25, unchangedSpeedup: 3 };

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
}

async function upsertAll(store: CanonicalStore, scope: { tenantId: string; administrationId: string }, invoices: readonly CanonicalInvoice[]): Promise<UpsertCounts> {
  const total: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (let offset = 0; offset < invoices.length; offset += BATCH_SIZE) {
    const counts = await store.upsertInvoices(scope, invoices.slice(offset, offset + BATCH_SIZE));
    total.created += counts.created;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
  }
  return total;
}

function expectCounts(phase: string, actual: UpsertCounts, expected: UpsertCounts): void {
  if (actual.created !== expected.created || actual.updated !== expected.updated || actual.unchanged !== expected.unchanged) {
    throw new Error(`${phase}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await createScratchDatabase(adminUrl, 'debtor_hub_bench_upsert');
  try {
    await runMigrations(scratch.url);
    const dataSource = createDataSource(scratch.url, { poolSize: 2, applicationName: 'debtor-hub bench' });
    await dataSource.initialize();
    const copyClient = new pg.Client({ connectionString: scratch.url });
    await copyClient.connect();
    try {
      const seeded = await seedAdministration(dataSource, { platform: 'exact-online' });
      const scope = { tenantId: seeded.tenantId, administrationId: seeded.administrationId };
      const invoices = generateInvoices(seeded, ROWS);
      const changed = changeEvery(invoices, 100);
      const changedCount = changed.filter((invoice, index) => invoice !== invoices[index]).length;
      const store = new CanonicalStore(dataSource);
      const phases: Phase[] = [];

      // COPY runs before and after the first load and the mean is the baseline: on a shared
      // machine the load drifts during a run, and this keeps the drift out of the ratio.
      await createCopyTables(copyClient);
      const copyBefore = await timed(() => copyInvoices(copyClient, seeded.tenantId, invoices));
      if (copyBefore.result !== ROWS) throw new Error(`COPY wrote ${copyBefore.result} rows`);

      const first = await timed(() => upsertAll(store, scope, invoices));
      expectCounts('first load', first.result, { created: ROWS, updated: 0, unchanged: 0 });
      phases.push({ name: '(a) store first load', rows: ROWS, seconds: first.seconds });

      await truncateCopyTable(copyClient);
      const copyAfter = await timed(() => copyInvoices(copyClient, seeded.tenantId, invoices));
      if (copyAfter.result !== ROWS) throw new Error(`COPY wrote ${copyAfter.result} rows`);
      phases.push({ name: '(b) COPY FROM STDIN (mean of 2)', rows: ROWS, seconds: (copyBefore.seconds + copyAfter.seconds) / 2 });

      // Twice, averaged, for the same reason as COPY above.
      const unchangedSeconds: number[] = [];
      for (let run = 0; run < 2; run += 1) {
        const unchanged = await timed(() => upsertAll(store, scope, invoices));
        expectCounts('unchanged', unchanged.result, { created: 0, updated: 0, unchanged: ROWS });
        unchangedSeconds.push(unchanged.seconds);
      }
      phases.push({ name: '(c) re-upsert unchanged (mean of 2)', rows: ROWS, seconds: (unchangedSeconds[0] + unchangedSeconds[1]) / 2 });

      // For information only: COPY into a table with the invoices indexes.
      const indexedCopy = await timed(() => copyInvoices(copyClient, seeded.tenantId, invoices, INDEXED_COPY_TABLE));
      if (indexedCopy.result !== ROWS) throw new Error(`COPY wrote ${indexedCopy.result} rows`);

      const onePercent = await timed(() => upsertAll(store, scope, changed));
      expectCounts('1% changed', onePercent.result, { created: 0, updated: changedCount, unchanged: ROWS - changedCount });
      phases.push({ name: '(d) re-upsert, 1% changed', rows: ROWS, seconds: onePercent.seconds });

      phases.push({ name: '(info) COPY into indexed table', rows: ROWS, seconds: indexedCopy.seconds });

      const storeVsCopy = rate(phases[0]) / rate(phases[1]);
      const storeVsIndexedCopy = rate(phases[0]) / rate(phases[4]);
      const unchangedSpeedup = rate(phases[2]) / rate(phases[0]);
      printReport({ rows: ROWS, batchSize: BATCH_SIZE, phases, storeVsCopy, storeVsIndexedCopy, unchangedSpeedup, targets: TARGETS });
    } finally {
      await copyClient.end();
      await dataSource.destroy();
    }
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
