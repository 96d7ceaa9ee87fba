import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { type Queue, QueueEvents } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { MAINTENANCE_JOBS, type PingJobResult, QUEUES } from '../queues/queue-names.js';
import { TenantService } from '../tenants/tenant.service.js';
import { createHubHttpApp } from './create-hub-app.js';

describe('the hub application (API and worker in one process)', () => {
  const config = testConfig();
  let app: INestApplication;
  let dataSource: DataSource;
  let tenants: TenantService;

  beforeAll(async () => {
    app = await createHubHttpApp(config, { api: true, worker: true });
    await app.init();
    dataSource = app.get(DataSource);
    tenants = app.get(TenantService);
  });

  afterAll(async () => {
    await app.close();
  });

  const http = () => request(app.getHttpServer());

  async function administrationFor(tenantId: string, name: string): Promise<string> {
    const [connection] = await dataSource.query(
      `INSERT INTO connections (tenant_id, platform, status, display_name) VALUES ($1, 'e-boekhouden', 'active', $2) RETURNING id`,
      [tenantId, name],
    );
    const [administration] = await dataSource.query(
      `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name) VALUES ($1, $2, 'e-boekhouden', $3, $4) RETURNING id`,
      [tenantId, connection.id, `ext-${name}`, name],
    );
    return administration.id;
  }

  it('reports health of PostgreSQL and Redis without a key', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('serves Prometheus metrics and the OpenAPI document without a key', async () => {
    await http().get('/health');
    const metrics = await http().get('/metrics').expect(200);
    expect(metrics.text).toContain('hub_http_requests_total{method="GET",route="/health",status="200"}');
    const docs = await http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/administrations', '/api/v1/administrations/{id}']));
  });

  it('refuses API calls without a valid key, in the documented error shape', async () => {
    const missing = await http().get('/api/v1/administrations').expect(401);
    expect(missing.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Bearer') });
    await http().get('/api/v1/administrations').set('Authorization', 'Bearer dhk_abcdefghijkl_' + 'x'.repeat(43)).expect(401);
    await http().get('/api/v1/administrations').set('Authorization', 'Basic abc').expect(401);
  });

  it('scopes every query by tenant: another tenant’s administration is a 404', async () => {
    const firmA = await tenants.createWithAdminKey('Firm A');
    const firmB = await tenants.createWithAdminKey('Firm B');
    const ownId = await administrationFor(firmA.tenantId, 'a-admin');
    const foreignId = await administrationFor(firmB.tenantId, 'b-admin');

    const list = await http().get('/api/v1/administrations').set('Authorization', `Bearer ${firmA.apiKey}`).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([ownId]);
    expect(list.body.nextCursor).toBeNull();
    await http().get(`/api/v1/administrations/${ownId}`).set('Authorization', `Bearer ${firmA.apiKey}`).expect(200);
    await http().get(`/api/v1/administrations/${foreignId}`).set('Authorization', `Bearer ${firmA.apiKey}`).expect(404);
    await http().patch(`/api/v1/administrations/${foreignId}`).set('Authorization', `Bearer ${firmA.apiKey}`).send({ enabled: false }).expect(404);
    const [untouched] = await dataSource.query(`SELECT enabled FROM administrations WHERE id = $1`, [foreignId]);
    expect(untouched.enabled).toBe(true);
  });

  it('pages lists with a cursor', async () => {
    const firm = await tenants.createWithAdminKey('Firm with many');
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push(await administrationFor(firm.tenantId, `many-${index}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor ? { limit: 2, cursor } : { limit: 2 };
      const page = await http().get('/api/v1/administrations').query(query).set('Authorization', `Bearer ${firm.apiKey}`).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('answers bad input with 400 and field-level details, never 500', async () => {
    const firm = await tenants.createWithAdminKey('Firm validating');
    const id = await administrationFor(firm.tenantId, 'validated');
    const auth = { Authorization: `Bearer ${firm.apiKey}` };
    const badBody = await http().patch(`/api/v1/administrations/${id}`).set(auth).send({ enabled: 'yes', syncSchedule: { incrementalIntervalMinutes: 1 }, surprise: 1 }).expect(400);
    expect(badBody.body.statusCode).toBe(400);
    expect(badBody.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['enabled', 'surprise', 'syncSchedule.incrementalIntervalMinutes']);
    await http().get('/api/v1/administrations').query({ limit: 501 }).set(auth).expect(400);
    await http().get('/api/v1/administrations').query({ cursor: 'garbage' }).set(auth).expect(400);
    // Well-formed but forged: the id part is not a uuid (PostgreSQL would refuse the cast).
    const forged = Buffer.from(JSON.stringify(['2026-01-01 00:00:00+00', 'not-a-uuid'])).toString('base64url');
    await http().get('/api/v1/administrations').query({ cursor: forged }).set(auth).expect(400);
    await http().get('/api/v1/administrations/not-a-uuid').set(auth).expect(400);

    const updated = await http().patch(`/api/v1/administrations/${id}`).set(auth).send({ syncSchedule: { incrementalIntervalMinutes: 30 }, enabled: false }).expect(200);
    expect(updated.body).toMatchObject({ enabled: false, syncSchedule: { incrementalIntervalMinutes: 30, reconciliationTime: '02:30' } });
  });

  it('enforces roles: support reads, accountant changes, only admin manages keys; revoked keys stop working', async () => {
    const firm = await tenants.createWithAdminKey('Firm with roles');
    const id = await administrationFor(firm.tenantId, 'roles');
    const admin = { Authorization: `Bearer ${firm.apiKey}` };
    const support = await http().post('/api/v1/api-keys').set(admin).send({ name: 'night support', role: 'support' }).expect(201);
    const accountant = await http().post('/api/v1/api-keys').set(admin).send({ name: 'accountant', role: 'accountant' }).expect(201);
    expect(support.body.apiKey).toMatch(/^dhk_/);

    await http().get(`/api/v1/administrations/${id}`).set('Authorization', `Bearer ${support.body.apiKey}`).expect(200);
    await http().patch(`/api/v1/administrations/${id}`).set('Authorization', `Bearer ${support.body.apiKey}`).send({ enabled: false }).expect(403);
    await http().patch(`/api/v1/administrations/${id}`).set('Authorization', `Bearer ${accountant.body.apiKey}`).send({ enabled: false }).expect(200);
    await http().post('/api/v1/api-keys').set('Authorization', `Bearer ${accountant.body.apiKey}`).send({ name: 'x', role: 'admin' }).expect(403);

    const listed = await http().get('/api/v1/api-keys').set(admin).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(support.body.apiKey);
    await http().delete(`/api/v1/api-keys/${support.body.id}`).set(admin).expect(200);
    await http().get(`/api/v1/administrations/${id}`).set('Authorization', `Bearer ${support.body.apiKey}`).expect(401);
  });

  it('stores only a hash of each API key', async () => {
    const firm = await tenants.createWithAdminKey('Firm hashing');
    const keys = await app.get(ApiKeyService).list(firm.tenantId);
    const [row] = await dataSource.query(`SELECT key_hash FROM api_keys WHERE id = $1`, [keys[0].id]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toContain(firm.apiKey.split('_').pop());
  });

  it('round-trips a job from the API side through Redis to a processor', async () => {
    const queue = app.get<Queue>(getQueueToken(QUEUES.maintenance));
    const events = new QueueEvents(QUEUES.maintenance, { connection: { url: config.REDIS_URL }, prefix: config.REDIS_KEY_PREFIX });
    try {
      await events.waitUntilReady();
      const sentAt = new Date().toISOString();
      const job = await queue.add(MAINTENANCE_JOBS.ping, { sentAt });
      const result = (await job.waitUntilFinished(events, 15_000)) as PingJobResult;
      expect(result).toEqual({ sentAt, answeredAt: expect.any(String), workerPid: process.pid });
    } finally {
      await events.close();
    }
  });

  it('schedules the Exact Online keep-alive once, and runs it as a maintenance job', async () => {
    const queue = app.get<Queue>(getQueueToken(QUEUES.maintenance));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((scheduler) => scheduler.key === MAINTENANCE_JOBS.exactKeepAlive)).toHaveLength(1);

    const events = new QueueEvents(QUEUES.maintenance, { connection: { url: config.REDIS_URL }, prefix: config.REDIS_KEY_PREFIX });
    try {
      await events.waitUntilReady();
      const job = await queue.add(MAINTENANCE_JOBS.exactKeepAlive, {});
      // Other test files share this database (with their own keys), so only the wiring is asserted
      // here; the keep-alive's behaviour has its own tests in exact-online/.
      const report = await job.waitUntilFinished(events, 15_000);
      expect(report).toEqual({ checked: expect.any(Number), refreshed: expect.any(Array), failed: expect.any(Array) });
    } finally {
      await events.close();
    }
  });
});
