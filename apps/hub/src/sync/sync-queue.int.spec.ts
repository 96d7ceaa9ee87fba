import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConnectorError } from '@hub/connectors';
import { type Job, type Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { HubConfigModule } from '../core/config.module.js';
import { DatabaseModule } from '../core/database.module.js';
import { debtorFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { MetricsModule } from '../observability/metrics.module.js';
import { QueueModule } from '../queues/queue.module.js';
import { QUEUES } from '../queues/queue-names.js';
import type { ConnectorResolver } from './connector-resolver.js';
import type { SyncJobData, SyncJobResult } from './sync-job.js';
import { SyncTriggerService } from './sync-trigger.service.js';
import { SyncModule } from './sync.module.js';
import { FakeConnector, offsetFeed } from './testing/fake-connector.js';

// A key prefix of its own, so no other test file's worker takes these jobs.
const config = testConfig({ REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_sync_queue` });

/** Holds every pull until `open()`: lets a test act while a sync job is active. */
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
const outages = new Map<string, ConnectorError>();

function connectorFor(administrationId: string): FakeConnector {
  return new FakeConnector(async function* (request) {
    await gates.get(administrationId)?.pass();
    const outage = outages.get(administrationId);
    if (outage !== undefined) throw outage;
    yield* offsetFeed(request, request.resource === 'debtors' ? [debtorFixture({ administrationId, platform: 'exact-online' }, 'D1')] : [], { pageSize: 10 });
  });
}

const fakeResolver: ConnectorResolver = {
  resolve: (tenantId, administrationId) => Promise.resolve({ connector: connectorFor(administrationId), scope: { tenantId, administrationId } }),
};

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

let app: INestApplicationContext;
let queue: Queue<SyncJobData, SyncJobResult>;
let events: QueueEvents;
let triggers: SyncTriggerService;
let dataSource: DataSource;

beforeAll(async () => {
  app = await NestFactory.createApplicationContext(SyncWorkerTestModule, { logger: false });
  await app.init();
  queue = app.get(getQueueToken(QUEUES.sync));
  triggers = app.get(SyncTriggerService);
  dataSource = app.get(DataSource);
  events = new QueueEvents(QUEUES.sync, { connection: { url: config.REDIS_URL }, prefix: config.REDIS_KEY_PREFIX });
  await events.waitUntilReady();
});

afterAll(async () => {
  await events.close();
  await app.close();
});

async function pendingJobs(administrationId: string): Promise<Job<SyncJobData, SyncJobResult>[]> {
  const jobs = await queue.getJobs(['delayed', 'waiting']);
  return jobs.filter((job) => job.data.administrationId === administrationId);
}

/** Skips the coalescing delay and waits for the job to finish. */
async function runNow(jobId: string): Promise<SyncJobResult> {
  const job = await queue.getJob(jobId);
  if (job === undefined) throw new Error(`job ${jobId} is gone`);
  await job.promote();
  return job.waitUntilFinished(events, 15_000);
}

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function runsOf(admin: SeededAdministration): Promise<{ trigger: string; mode: string; status: string }[]> {
  return dataSource.query(`SELECT trigger, mode, status FROM sync_runs WHERE administration_id = $1 ORDER BY queued_at`, [admin.administrationId]);
}

describe('the sync queue', () => {
  it('coalesces a burst of incremental requests into one delayed job per administration', async () => {
    const admin = await seedAdministration(dataSource);
    const other = await seedAdministration(dataSource);

    const ids = await Promise.all(Array.from({ length: 10 }, () => triggers.requestIncremental(admin.tenantId, admin.administrationId, 'webhook')));
    await triggers.requestIncremental(other.tenantId, other.administrationId, 'schedule');

    expect(new Set(ids).size).toBe(1);
    const [pending] = await pendingJobs(admin.administrationId);
    expect(await pendingJobs(admin.administrationId)).toHaveLength(1);
    expect(pending.data).toEqual({ tenantId: admin.tenantId, administrationId: admin.administrationId, trigger: 'webhook', mode: 'incremental' });
    expect(await pending.getState()).toBe('delayed');
    expect(pending.opts.delay).toBe(5_000);
    expect(await pendingJobs(other.administrationId)).toHaveLength(1);
  });

  it('runs the job through the sync service, and a request after it finished queues a new job', async () => {
    const admin = await seedAdministration(dataSource);
    const jobId = await triggers.requestIncremental(admin.tenantId, admin.administrationId, 'webhook');

    const result = await runNow(jobId);

    expect(result).toEqual({ runId: expect.any(String), status: 'succeeded' });
    expect(await runsOf(admin)).toEqual([{ trigger: 'webhook', mode: 'incremental', status: 'succeeded' }]);
    const [stored] = await dataSource.query(`SELECT external_id FROM debtors WHERE administration_id = $1`, [admin.administrationId]);
    expect(stored).toEqual({ external_id: 'D1' });

    const nextId = await triggers.requestIncremental(admin.tenantId, admin.administrationId, 'schedule');
    expect(nextId).not.toBe(jobId);
    expect(await pendingJobs(admin.administrationId)).toHaveLength(1);
  });

  it('keeps exactly one follow-up job for requests that arrive while a run is active', async () => {
    const admin = await seedAdministration(dataSource);
    const gate = new Gate();
    gates.set(admin.administrationId, gate);
    const firstId = await triggers.requestIncremental(admin.tenantId, admin.administrationId, 'webhook');
    const first = await queue.getJob(firstId);
    await first?.promote();
    await waitFor(() => gate.entered > 0);

    for (let index = 0; index < 5; index += 1) await triggers.requestIncremental(admin.tenantId, admin.administrationId, 'webhook');
    expect(await pendingJobs(admin.administrationId)).toEqual([]);
    gate.open();
    await first?.waitUntilFinished(events, 15_000);

    // The follow-up is created by the same Redis script that finishes the active job.
    const followUps = await pendingJobs(admin.administrationId);
    expect(followUps).toHaveLength(1);
    expect(followUps[0].id).not.toBe(firstId);
    await runNow(followUps[0].id ?? '');
    expect(await runsOf(admin)).toEqual([
      { trigger: 'webhook', mode: 'incremental', status: 'succeeded' },
      { trigger: 'webhook', mode: 'incremental', status: 'succeeded' },
    ]);
  });

  it('fails the job when its run fails, naming the run and the error class', async () => {
    const admin = await seedAdministration(dataSource);
    outages.set(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'consent withdrawn', platformStatus: 401 }));
    const jobId = await triggers.requestIncremental(admin.tenantId, admin.administrationId, 'webhook');

    await expect(runNow(jobId)).rejects.toThrow(/sync run [0-9a-f-]{36} failed \(auth\): consent withdrawn/);
    expect(await queue.getJobState(jobId)).toBe('failed');
    expect(await runsOf(admin)).toEqual([{ trigger: 'webhook', mode: 'incremental', status: 'failed' }]);
  });
});
