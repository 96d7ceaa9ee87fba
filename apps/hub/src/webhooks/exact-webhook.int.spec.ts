import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LoadedConfig } from '@hub/config';
import { testConfig } from '../../../../test/support/test-config.js';
import { AuthModule } from '../auth/auth.module.js';
import { HubConfigModule } from '../core/config.module.js';
import { DatabaseModule } from '../core/database.module.js';
import { RedisModule } from '../core/redis.module.js';
import { invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { seedTenant } from '../database/testing/seed.js';
import { ApiErrorFilter } from '../http/api-error.filter.js';
import { QueueModule } from '../queues/queue.module.js';
import { QUEUES } from '../queues/queue-names.js';
import { CanonicalStore } from '../store/index.js';
import type { SyncJobData } from '../sync/sync-job.js';
import { WebhooksModule } from './webhooks.module.js';

const SECRET = 'webhook-secret-from-the-app-center';
const CLIENT_ID = 'B81CC4DE-D192-400E-BCB4-09254394C52A';
// A key prefix of its own: the jobs queued here are this file's to count.
const PREFIX = `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_webhooks`;

async function createWebhookApp(config: LoadedConfig): Promise<INestApplication> {
  @Module({ imports: [HubConfigModule.forRoot(config), DatabaseModule, RedisModule, QueueModule, AuthModule, WebhooksModule] })
  class WebhookTestModule {}
  const app = await NestFactory.create(WebhookTestModule, { rawBody: true, logger: false });
  app.useGlobalFilters(new ApiErrorFilter());
  await app.init();
  return app;
}

let app: INestApplication;
let dataSource: DataSource;
let queue: Queue<SyncJobData>;

beforeAll(async () => {
  app = await createWebhookApp(testConfig({ EXACT_ONLINE_WEBHOOK_SECRET: SECRET, REDIS_KEY_PREFIX: PREFIX }));
  dataSource = app.get(DataSource);
  queue = app.get(getQueueToken(QUEUES.sync));
});

afterAll(async () => {
  await app.close();
});

/** Content laid out as Exact might send it: not JSON.stringify's spacing. */
function content(division: number, fields: { topic?: string; action?: string; key?: string } = {}): string {
  const key = fields.key ?? randomUUID();
  return (
    `{"Topic":"${fields.topic ?? 'FinancialTransactions'}","ClientId":"${CLIENT_ID}","Division":${division},` +
    `"Action":"${fields.action ?? 'Update'}","Key":"${key}","ExactOnlineEndpoint":null,"EventCreatedOn":"2026-04-14T10:26:08.587" }`
  );
}

function sign(text: string, secret = SECRET): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex').toUpperCase();
}

function notification(text: string, hash = sign(text)): string {
  return `{"Content":${text},"HashCode":"${hash}"}`;
}

function post(body: string) {
  return request(app.getHttpServer()).post('/webhooks/exact-online').set('Content-Type', 'application/json').send(body);
}

function newDivision(): number {
  return randomInt(100_000, 1_000_000_000);
}

/** An administration for the division, under a tenant of its own. */
async function connectDivision(division: number, options: { connection?: 'active' | 'needs_reconnect' | 'revoked'; enabled?: boolean } = {}) {
  const tenantId = await seedTenant(dataSource);
  const [connection] = await dataSource.query(
    `INSERT INTO connections (tenant_id, platform, status, display_name) VALUES ($1, 'exact-online', $2, 'Exact') RETURNING id`,
    [tenantId, options.connection ?? 'active'],
  );
  const [administration] = await dataSource.query(
    `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name, enabled)
     VALUES ($1, $2, 'exact-online', $3, 'Division', $4) RETURNING id`,
    [tenantId, connection.id, String(division), options.enabled ?? true],
  );
  return { tenantId, administrationId: administration.id as string };
}

/** The queued runs of an administration that have a pending job, as { tenantId, administrationId, trigger, mode }. */
async function queuedFor(administrationId: string): Promise<Record<string, string>[]> {
  const jobs = (await queue.getJobs(['delayed', 'waiting'])).filter((job) => job.data.administrationId === administrationId);
  const runs: { id: string; tenant_id: string; trigger: string; mode: string }[] = await dataSource.query(
    `SELECT id, tenant_id, trigger, mode FROM sync_runs WHERE administration_id = $1 AND status = 'queued' AND id = ANY($2::uuid[])`,
    [administrationId, jobs.map((job) => job.data.runId)],
  );
  return runs.map((run) => ({ tenantId: run.tenant_id, administrationId, trigger: run.trigger, mode: run.mode }));
}

describe('POST /webhooks/exact-online', () => {
  it('queues an incremental sync for every active administration of the division, across tenants', async () => {
    const division = newDivision();
    const firmA = await connectDivision(division);
    const firmB = await connectDivision(division);
    const reconnecting = await connectDivision(division, { connection: 'needs_reconnect' });
    const disabled = await connectDivision(division, { enabled: false });

    const response = await post(notification(content(division))).expect(200);

    expect(response.body).toEqual({ status: 'queued' });
    expect(await queuedFor(firmA.administrationId)).toEqual([{ ...firmA, trigger: 'webhook', mode: 'incremental' }]);
    expect(await queuedFor(firmB.administrationId)).toEqual([{ ...firmB, trigger: 'webhook', mode: 'incremental' }]);
    expect(await queuedFor(reconnecting.administrationId)).toEqual([]);
    expect(await queuedFor(disabled.administrationId)).toEqual([]);
  });

  it('needs no API key but refuses a bad, missing or tampered HashCode with 401, queueing nothing', async () => {
    const division = newDivision();
    const admin = await connectDivision(division);
    const text = content(division);

    await post(notification(text, sign(text, 'the-oauth-client-secret'))).expect(401);
    await post(`{"Content":${text}}`).expect(401);
    await post(notification(text.replace('"Update"', '"Delete"'), sign(text))).expect(401);
    await post(notification(text, sign(JSON.stringify(JSON.parse(text))))).expect(401);
    const empty = await request(app.getHttpServer()).post('/webhooks/exact-online').expect(401);
    expect(empty.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid or missing HashCode' });

    expect(await queuedFor(admin.administrationId)).toEqual([]);
  });

  it('answers a repeated delivery 200 as a duplicate', async () => {
    const division = newDivision();
    const admin = await connectDivision(division);
    const body = notification(content(division));

    expect((await post(body).expect(200)).body).toEqual({ status: 'queued' });
    expect((await post(body).expect(200)).body).toEqual({ status: 'duplicate' });
    // The same Content with trailing whitespace is the same delivery.
    expect((await post(`${body}\n`).expect(200)).body).toEqual({ status: 'duplicate' });
    expect(await queuedFor(admin.administrationId)).toHaveLength(1);
  });

  it('turns a burst of ten events for one division into one job', async () => {
    const division = newDivision();
    const admin = await connectDivision(division);

    for (let index = 0; index < 10; index += 1) {
      const topic = index % 2 === 0 ? 'Accounts' : 'FinancialTransactions';
      expect((await post(notification(content(division, { topic }))).expect(200)).body).toEqual({ status: 'queued' });
    }

    expect(await queuedFor(admin.administrationId)).toHaveLength(1);
  });

  it('answers 200 and queues nothing for an unknown division or a topic the hub does not mirror', async () => {
    const division = newDivision();
    const admin = await connectDivision(division);

    expect((await post(notification(content(newDivision()))).expect(200)).body).toEqual({ status: 'ignored' });
    expect((await post(notification(content(division, { topic: 'Items' }))).expect(200)).body).toEqual({ status: 'ignored' });
    expect(await queuedFor(admin.administrationId)).toEqual([]);
  });

  it('marks the sales entry a FinancialTransactions Delete names as removed, in every administration of the division', async () => {
    const division = newDivision();
    const firmA = await connectDivision(division);
    const firmB = await connectDivision(division);
    const entry = randomUUID();
    const store = app.get(CanonicalStore);
    for (const firm of [firmA, firmB]) {
      await store.upsertInvoices(firm, [invoiceFixture({ ...firm, platform: 'exact-online' }, entry), invoiceFixture({ ...firm, platform: 'exact-online' }, 'other')]);
    }

    await post(notification(content(division, { action: 'Delete', key: entry.toUpperCase() }))).expect(200);

    expect(await store.listExternalIds(firmA, 'invoices')).toEqual(['other']);
    expect(await store.listExternalIds(firmB, 'invoices')).toEqual(['other']);
    expect(await queuedFor(firmA.administrationId)).toHaveLength(1);
  });

  it('answers 503 when no webhook secret is configured', async () => {
    const unconfigured = await createWebhookApp(testConfig({ REDIS_KEY_PREFIX: PREFIX }));
    try {
      const text = content(newDivision());
      const response = await request(unconfigured.getHttpServer())
        .post('/webhooks/exact-online')
        .set('Content-Type', 'application/json')
        .send(notification(text))
        .expect(503);
      expect(response.body.message).toContain('EXACT_ONLINE_WEBHOOK_SECRET');
    } finally {
      await unconfigured.close();
    }
  });
});
