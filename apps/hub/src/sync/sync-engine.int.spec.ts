// The sync engine end to end inside one process: requester → BullMQ → processor → executor →
// AdministrationSyncService, against real PostgreSQL and Redis, with a scripted connector.
// Its own database: the planner and the sweeper scan across tenants and must see only these rows.
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConnectorError } from '@hub/connectors';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { HubConfigModule } from '../core/config.module.js';
import { DatabaseModule } from '../core/database.module.js';
import { runMigrations } from '../database/migrate.js';
import { debtorFixture } from '../database/testing/canonical-fixtures.js';
import { createScratchDatabaseBeside, type ScratchDatabase } from '../database/testing/scratch-database.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { MetricsModule } from '../observability/metrics.module.js';
import { MetricsService } from '../observability/metrics.service.js';
import { QueueModule } from '../queues/queue.module.js';
import { QUEUES } from '../queues/queue-names.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import type { ConnectorResolver } from './connector-resolver.js';
import { StaleRunSweeper } from './stale-run-sweeper.js';
import { syncJobId, type SyncJobData, type SyncJobResult } from './sync-job.js';
import { SyncRunRequester, WEBHOOK_SYNC_DELAY_MS } from './sync-run-requester.js';
import { SyncSchedulePlanner } from './sync-schedule-planner.js';
import { SyncModule } from './sync.module.js';
import { FakeConnector, offsetFeed } from './testing/fake-connector.js';

/** Holds every pull until `open()`: lets a test act while a run is active. */
class Gate {
  private release: () => void = () => undefined;
  private readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  entered = 0;

  async pass(): Promise<void> {
    this.entered += 1;
    await this.opened;
  }

  open(): void {
    this.release();
  }
}

const gates = new Map<string, Gate>();
/** Thrown by the next pulls of an administration while set. */
const outages = new Map<string, ConnectorError>();
const pulls = new Map<string, number>();

function connectorFor(administrationId: string): FakeConnector {
  return new FakeConnector(async function* (request) {
    pulls.set(administrationId, (pulls.get(administrationId) ?? 0) + 1);
    await gates.get(administrationId)?.pass();
    const outage = outages.get(administrationId);
    if (outage !== undefined) throw outage;
    yield* offsetFeed(request, request.resource === 'debtors' ? [debtorFixture({ administrationId, platform: 'exact-online' }, 'D1')] : [], { pageSize: 10 });
  });
}

const fakeResolver: ConnectorResolver = {
  resolve: (tenantId, administrationId) => Promise.resolve({ connector: connectorFor(administrationId), scope: { tenantId, administrationId } }),
};

let scratch: ScratchDatabase;
let app: INestApplicationContext;
let queue: Queue<SyncJobData, SyncJobResult>;
let dataSource: DataSource;
let requester: SyncRunRequester;

beforeAll(async () => {
  scratch = await createScratchDatabaseBeside(testConfig().DATABASE_URL, 'dh_sync_engine');
  await runMigrations(scratch.url);
  // A key prefix of its own, so no other test file's worker takes these jobs.
  const config = testConfig({ DATABASE_URL: scratch.url, REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_sync_engine`, SYNC_CONCURRENCY: '4', SYNC_SCHEDULER: 'on' });

  @Module({
    imports: [
      HubConfigModule.forRoot(config),
      DatabaseModule,
      MetricsModule,
      QueueModule,
      SyncModule.forRoot({ connectorResolver: { useValue: fakeResolver }, worker: true }),
    ],
  })
  class SyncWorkerTestModule {}

  app = await NestFactory.createApplicationContext(SyncWorkerTestModule, { logger: false });
  await app.init();
  queue = app.get(getQueueToken(QUEUES.sync));
  dataSource = app.get(DataSource);
  requester = app.get(SyncRunRequester);
}, 30_000);

afterAll(async () => {
  await app?.close();
  await scratch?.drop();
});

/** Disabled unless said otherwise: the planner (a job scheduler in this worker) leaves those alone. */
async function administration(options: { enabled?: boolean } = {}): Promise<SeededAdministration> {
  // Created disabled (not updated after): the planner may tick at any moment.
  return seedAdministration(dataSource, { enabled: options.enabled ?? false });
}

interface RunRow {
  id: string;
  trigger: string;
  mode: string;
  status: string;
  attempt: number;
  error_class: string | null;
  error_message: string | null;
  started_at: Date | null;
  finished_at: Date | null;
}

async function runsOf(admin: SeededAdministration): Promise<RunRow[]> {
  return dataSource.query(
    `SELECT id, trigger, mode, status, attempt, error_class, error_message, started_at, finished_at FROM sync_runs WHERE administration_id = $1 ORDER BY queued_at, id`,
    [admin.administrationId],
  );
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function runReaches(runId: string, statuses: string[]): Promise<RunRow> {
  return waitFor(async () => {
    const [row] = (await dataSource.query(`SELECT id, status, attempt, error_class, error_message, started_at, finished_at FROM sync_runs WHERE id = $1`, [runId])) as RunRow[];
    return row !== undefined && statuses.includes(row.status) ? row : undefined;
  });
}

const FINISHED = ['succeeded', 'partial', 'failed'];

describe('requesting runs', () => {
  it('coalesces concurrent requests for one administration into one queued run with one delayed job', async () => {
    const admin = await administration();
    const other = await administration();

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => requester.request({ ...admin, mode: 'incremental', trigger: 'webhook', delayMs: WEBHOOK_SYNC_DELAY_MS })),
    );
    const otherAnswer = await requester.request({ ...other, mode: 'incremental', trigger: 'webhook', delayMs: WEBHOOK_SYNC_DELAY_MS });

    expect(new Set(answers.map((answer) => answer.runId)).size).toBe(1);
    expect(answers.filter((answer) => !answer.coalesced)).toHaveLength(1);
    expect(otherAnswer.runId).not.toBe(answers[0].runId);
    expect((await runsOf(admin)).map((run) => [run.trigger, run.status])).toEqual([['webhook', 'queued']]);
    const job = await queue.getJob(syncJobId(answers[0].runId));
    expect(job?.data).toEqual({ tenantId: admin.tenantId, administrationId: admin.administrationId, runId: answers[0].runId });
    expect(await job?.getState()).toBe('delayed');
    expect(job?.opts.delay).toBe(WEBHOOK_SYNC_DELAY_MS);
  });

  it('runs the queued row itself (same id), and a request after it finished makes a new run', async () => {
    const admin = await administration();
    const { runId } = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual', requestedBy: 'api-key:test' });

    const finished = await runReaches(runId, FINISHED);

    expect(finished).toMatchObject({ status: 'succeeded', attempt: 1, error_class: null });
    const [stored] = await dataSource.query(`SELECT external_id FROM debtors WHERE administration_id = $1`, [admin.administrationId]);
    expect(stored).toEqual({ external_id: 'D1' });
    const next = await requester.request({ ...admin, mode: 'incremental', trigger: 'schedule' });
    expect(next).toEqual({ runId: expect.not.stringMatching(runId), coalesced: false });
    await runReaches(next.runId, FINISHED);
  });

  it('refuses another tenant’s administration', async () => {
    const admin = await administration();
    const stranger = await administration();
    await expect(requester.request({ tenantId: stranger.tenantId, administrationId: admin.administrationId, mode: 'incremental', trigger: 'manual' })).rejects.toThrow(
      /does not exist for tenant/,
    );
    expect(await runsOf(admin)).toEqual([]);
  });
});

describe('one run per administration', () => {
  it('queues exactly one follow-up for requests that arrive while a run is running', async () => {
    const admin = await administration();
    const gate = new Gate();
    gates.set(admin.administrationId, gate);
    const first = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });
    await waitFor(async () => (gate.entered > 0 ? true : undefined));

    const followUps = await Promise.all(Array.from({ length: 5 }, () => requester.request({ ...admin, mode: 'incremental', trigger: 'webhook' })));
    expect(new Set(followUps.map((answer) => answer.runId)).size).toBe(1);
    expect(followUps[0].runId).not.toBe(first.runId);
    gate.open();

    await runReaches(first.runId, FINISHED);
    await runReaches(followUps[0].runId, FINISHED);
    expect((await runsOf(admin)).map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('never runs two syncs of one administration at once, even of different modes on a busy worker', async () => {
    const admin = await administration();
    const gate = new Gate();
    gates.set(admin.administrationId, gate);
    const incremental = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });
    const full = await requester.request({ ...admin, mode: 'full', trigger: 'manual' });
    await waitFor(async () => (gate.entered > 0 ? true : undefined));

    // The worker runs 4 jobs at once; the second run keeps waiting for the lock.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(gate.entered).toBe(1);
    expect((await runsOf(admin)).map((run) => run.status).sort()).toEqual(['queued', 'running']);
    gate.open();

    const runs = await Promise.all([runReaches(incremental.runId, FINISHED), runReaches(full.runId, FINISHED)]);
    const [earlier, later] = runs.sort((a, b) => Number(a.started_at) - Number(b.started_at));
    expect(runs.map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
    expect(Number(later.started_at)).toBeGreaterThanOrEqual(Number(earlier.finished_at));
  });
});

describe('retry policy by error class', () => {
  it('auth: fails at once, marks the connection needs_reconnect, and the planner stops scheduling it', async () => {
    const admin = await administration({ enabled: true });
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'consent withdrawn', platformStatus: 401 }));
    const { runId } = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });

    const failed = await runReaches(runId, FINISHED);

    expect(failed).toMatchObject({ status: 'failed', attempt: 1, error_class: 'auth', error_message: 'consent withdrawn' });
    expect(await waitFor(async () => ((await queue.getJobState(syncJobId(runId))) === 'failed' ? 'failed' : undefined))).toBe('failed');
    const [connection] = await dataSource.query(`SELECT status, last_error FROM connections WHERE id = $1`, [admin.connectionId]);
    expect(connection).toEqual({ status: 'needs_reconnect', last_error: { class: 'auth', message: 'consent withdrawn', stage: 'sync', at: expect.any(String), platformStatus: 401 } });
    expect(pulls.get(admin.administrationId)).toBe(1);

    await app.get(SyncSchedulePlanner).plan();
    expect((await runsOf(admin)).map((run) => run.id)).toEqual([runId]);
  });

  it('transient: the same run waits with its error shown, then succeeds as attempt 2', async () => {
    const admin = await administration();
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'transient', message: 'Exact answered 503', platformStatus: 503 }));
    const { runId } = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });

    const waiting = await waitFor(async () => {
      const [row] = (await runsOf(admin)).filter((run) => run.error_class !== null);
      return row;
    });
    expect(waiting).toMatchObject({ id: runId, status: 'queued', attempt: 2, error_class: 'transient', finished_at: null });
    const job = await queue.getJob(syncJobId(runId));
    expect(await job?.getState()).toBe('delayed');
    // The backoff is at least half of 15 s: far in the future for this test, so skip it.
    expect((job?.delay ?? 0) + (job?.timestamp ?? 0)).toBeGreaterThan(Date.now() + 5_000);

    outages.delete(admin.administrationId);
    await job?.promote();
    const finished = await runReaches(runId, FINISHED);
    expect(finished).toMatchObject({ status: 'succeeded', attempt: 2, error_class: null });
    expect(await runsOf(admin)).toHaveLength(1);
  });

  it('rate_limited: waits until the reset the platform named', async () => {
    const admin = await administration();
    const resetAt = Date.now() + 120_000;
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'rate_limited', message: 'daily limit', platformStatus: 429, retryAt: resetAt }));
    const { runId } = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });

    await waitFor(async () => ((await runsOf(admin))[0]?.error_class === 'rate_limited' ? true : undefined));
    const job = await queue.getJob(syncJobId(runId));
    expect(await job?.getState()).toBe('delayed');
    const startsAt = (job?.timestamp ?? 0) + (job?.delay ?? 0);
    expect(startsAt).toBeGreaterThanOrEqual(resetAt);
    expect(startsAt).toBeLessThanOrEqual(resetAt + 5_000);
    await job?.remove();
  });

  it('invalid_request: fails at once with the platform message, no second attempt', async () => {
    const admin = await administration();
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: "Exact: '$filter' is malformed", platformStatus: 400 }));
    const { runId } = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });

    expect(await runReaches(runId, FINISHED)).toMatchObject({ status: 'failed', attempt: 1, error_class: 'invalid_request', error_message: "Exact: '$filter' is malformed" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulls.get(admin.administrationId)).toBe(1);
    const [connection] = await dataSource.query(`SELECT status FROM connections WHERE id = $1`, [admin.connectionId]);
    expect(connection.status).toBe('active');
  });

  it('a retry that would queue beside another waiting run of the same mode fails instead (that run carries on)', async () => {
    const admin = await administration();
    const gate = new Gate();
    gates.set(admin.administrationId, gate);
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'transient', message: 'timeout' }));
    const first = await requester.request({ ...admin, mode: 'incremental', trigger: 'manual' });
    await waitFor(async () => (gate.entered > 0 ? true : undefined));
    const waiting = await requester.request({ ...admin, mode: 'incremental', trigger: 'webhook', delayMs: 60_000 });
    gate.open();

    expect(await runReaches(first.runId, FINISHED)).toMatchObject({ status: 'failed', error_class: 'transient' });
    expect((await runReaches(waiting.runId, ['queued'])).id).toBe(waiting.runId);
    await (await queue.getJob(syncJobId(waiting.runId)))?.remove();
  });
});

describe('the sweeper', () => {
  it('resumes a run left running by a worker that died, as the next attempt of the same run', async () => {
    const admin = await administration();
    const [dead] = await dataSource.query(
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, started_at, heartbeat_at, cursor_before, cursor_after)
       VALUES ($1, $2, 'schedule', 'incremental', 'running', now() - interval '5 minutes', now() - interval '5 minutes', '{}', '{}') RETURNING id`,
      [admin.tenantId, admin.administrationId],
    );

    const outcome = await app.get(StaleRunSweeper).sweep();

    expect(outcome.resumed).toContain(dead.id);
    expect(await runReaches(dead.id, FINISHED)).toMatchObject({ status: 'succeeded', attempt: 2 });
  });

  it('leaves a running run alone while its worker holds the lock', async () => {
    const admin = await administration();
    const [live] = await dataSource.query(
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, started_at, heartbeat_at) VALUES ($1, $2, 'manual', 'incremental', 'running', now(), now()) RETURNING id`,
      [admin.tenantId, admin.administrationId],
    );
    const lock = await app.get(AdministrationSyncLocks).tryAcquire(admin.administrationId);
    try {
      expect((await app.get(StaleRunSweeper).sweep()).resumed).not.toContain(live.id);
    } finally {
      await lock?.release();
    }
    await dataSource.query(`UPDATE sync_runs SET status = 'failed', finished_at = now() WHERE id = $1`, [live.id]);
  });

  it('gives a queued run its job back when the job was lost', async () => {
    const admin = await administration();
    const [lost] = await dataSource.query(
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, queued_at) VALUES ($1, $2, 'manual', 'incremental', 'queued', now() - interval '2 minutes') RETURNING id`,
      [admin.tenantId, admin.administrationId],
    );

    expect((await app.get(StaleRunSweeper).sweep()).requeued).toContain(lost.id);
    expect(await runReaches(lost.id, FINISHED)).toMatchObject({ status: 'succeeded' });
  });
});

describe('the schedule planner', () => {
  it('requests an incremental run for an enabled administration that never synced, once however often it ticks', async () => {
    const admin = await administration({ enabled: true });
    const gate = new Gate();
    gates.set(admin.administrationId, gate);
    const planner = app.get(SyncSchedulePlanner);

    await planner.plan();
    await planner.plan();

    const runs = await runsOf(admin);
    expect(runs.map((run) => [run.trigger, run.mode])).toEqual([['schedule', 'incremental']]);
    gate.open();
    await runReaches(runs[0].id, FINISHED);
  });

  it('leaves disabled administrations alone', async () => {
    const admin = await administration({ enabled: false });
    await app.get(SyncSchedulePlanner).plan();
    expect(await runsOf(admin)).toEqual([]);
  });

  it('counts finished runs in the metrics by platform, trigger, mode and status', async () => {
    const metrics = await app.get(MetricsService).registry.getSingleMetricAsString('hub_sync_runs_total');
    expect(metrics).toMatch(/hub_sync_runs_total\{platform="exact-online",trigger="manual",mode="incremental",status="succeeded"\} [1-9]/);
    expect(metrics).toMatch(/status="failed"/);
  });
});
