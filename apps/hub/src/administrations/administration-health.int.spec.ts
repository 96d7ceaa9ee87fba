import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { createHubHttpApp } from '../app/create-hub-app.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { TenantService } from '../tenants/tenant.service.js';

describe('administration health, freshness and last sync in the administration view', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let tenantId: string;
  let auth: { Authorization: string };
  /** Finished runs are seeded one minute apart, from here on. */
  let clock = Date.parse('2026-03-02T08:00:00.000Z');

  beforeAll(async () => {
    app = await createHubHttpApp(testConfig(), { api: true, worker: false });
    await app.init();
    dataSource = app.get(DataSource);
    const firm = await app.get(TenantService).createWithAdminKey('Firm watching health');
    tenantId = firm.tenantId;
    auth = { Authorization: `Bearer ${firm.apiKey}` };
  });

  afterAll(async () => {
    await app.close();
  });

  const http = () => request(app.getHttpServer());

  async function view(administrationId: string): Promise<Record<string, unknown>> {
    const response = await http().get(`/api/v1/administrations/${administrationId}`).set(auth).expect(200);
    return response.body;
  }

  async function health(administrationId: string): Promise<unknown> {
    return (await view(administrationId)).health;
  }

  type RunFields = { status: string; finished?: boolean; errorClass?: string; errorMessage?: string; fetched?: number; quarantined?: number };

  async function finishRun(admin: SeededAdministration, fields: RunFields): Promise<{ id: string; finishedAt: string | null }> {
    clock += 60_000;
    const startedAt = new Date(clock - 10_000).toISOString();
    const finishedAt = fields.finished === false ? null : new Date(clock).toISOString();
    const [row] = await dataSource.query(
      `INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode, status, started_at, finished_at, fetched, quarantined, error_class, error_message)
       VALUES ($1, $2, 'schedule', 'incremental', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [admin.tenantId, admin.administrationId, fields.status, startedAt, finishedAt, fields.fetched ?? 0, fields.quarantined ?? 0, fields.errorClass ?? null, fields.errorMessage ?? null],
    );
    return { id: row.id, finishedAt };
  }

  async function storePage(admin: SeededAdministration, resource: string, at: string): Promise<void> {
    await dataSource.query(
      `INSERT INTO sync_cursors (tenant_id, administration_id, resource, cursor, last_success_at) VALUES ($1, $2, $3, '{}'::jsonb, $4)
       ON CONFLICT (administration_id, resource) DO UPDATE SET last_success_at = EXCLUDED.last_success_at`,
      [admin.tenantId, admin.administrationId, resource, at],
    );
  }

  it('shows a never-synced administration as unknown, with its connection and no freshness', async () => {
    const admin = await seedAdministration(dataSource, { tenantId });
    expect(await view(admin.administrationId)).toMatchObject({
      id: admin.administrationId,
      connectionId: admin.connectionId,
      connection: { id: admin.connectionId, status: 'active' },
      health: 'unknown',
      freshness: { debtors: null, invoices: null, payments: null, oldest: null },
      lastSync: null,
    });
  });

  it('degrades on a failure, fails after three, and is healthy again only after three successes in a row', async () => {
    const admin = await seedAdministration(dataSource, { tenantId });
    const id = admin.administrationId;

    await finishRun(admin, { status: 'failed', errorClass: 'transient', errorMessage: 'Service Unavailable' });
    expect(await health(id)).toBe('degraded');
    await finishRun(admin, { status: 'failed', errorClass: 'transient', errorMessage: 'Service Unavailable' });
    expect(await health(id)).toBe('failing');
    await finishRun(admin, { status: 'failed', errorClass: 'transient', errorMessage: 'Service Unavailable' });
    expect(await health(id)).toBe('failing');
    // A run still going, or queued, has no say.
    await finishRun(admin, { status: 'running', finished: false });
    expect(await health(id)).toBe('failing');

    await finishRun(admin, { status: 'succeeded' });
    expect(await health(id)).toBe('degraded');
    await finishRun(admin, { status: 'partial', quarantined: 2 });
    expect(await health(id)).toBe('degraded');
    await finishRun(admin, { status: 'succeeded' });
    expect(await health(id)).toBe('healthy');

    await finishRun(admin, { status: 'failed', errorClass: 'rate_limited', errorMessage: 'daily limit reached' });
    expect(await health(id)).toBe('degraded');
  });

  it('shows the latest finished run with its counts and classified error', async () => {
    const admin = await seedAdministration(dataSource, { tenantId });
    const first = await finishRun(admin, { status: 'succeeded', fetched: 40 });
    expect((await view(admin.administrationId)).lastSync).toEqual({
      runId: first.id,
      trigger: 'schedule',
      mode: 'incremental',
      status: 'succeeded',
      finishedAt: first.finishedAt,
      fetched: 40,
      quarantined: 0,
      error: null,
    });

    const failed = await finishRun(admin, { status: 'failed', fetched: 3, quarantined: 1, errorClass: 'invalid_request', errorMessage: 'Exact: $filter is invalid' });
    await finishRun(admin, { status: 'running', finished: false });
    expect((await view(admin.administrationId)).lastSync).toEqual({
      runId: failed.id,
      trigger: 'schedule',
      mode: 'incremental',
      status: 'failed',
      finishedAt: failed.finishedAt,
      fetched: 3,
      quarantined: 1,
      error: { class: 'invalid_request', message: 'Exact: $filter is invalid' },
    });
  });

  it('needs a reconnect when the connection is not active, however well the runs went', async () => {
    const admin = await seedAdministration(dataSource, { tenantId });
    for (let run = 0; run < 3; run += 1) await finishRun(admin, { status: 'succeeded' });
    expect(await health(admin.administrationId)).toBe('healthy');

    await dataSource.query(`UPDATE connections SET status = 'needs_reconnect' WHERE id = $1`, [admin.connectionId]);
    expect(await view(admin.administrationId)).toMatchObject({ health: 'needs_reconnect', connection: { id: admin.connectionId, status: 'needs_reconnect' } });
    await dataSource.query(`UPDATE connections SET status = 'revoked' WHERE id = $1`, [admin.connectionId]);
    expect(await health(admin.administrationId)).toBe('needs_reconnect');
  });

  it('reports the last stored page per resource, and the oldest once every resource has synced', async () => {
    const admin = await seedAdministration(dataSource, { tenantId });
    await storePage(admin, 'debtors', '2026-03-01T10:00:00.000Z');
    await storePage(admin, 'invoices', '2026-03-01T09:30:00.000Z');
    expect((await view(admin.administrationId)).freshness).toEqual({
      debtors: '2026-03-01T10:00:00.000Z',
      invoices: '2026-03-01T09:30:00.000Z',
      payments: null,
      oldest: null,
    });

    await storePage(admin, 'payments', '2026-03-01T11:00:00.000Z');
    expect((await view(admin.administrationId)).freshness).toEqual({
      debtors: '2026-03-01T10:00:00.000Z',
      invoices: '2026-03-01T09:30:00.000Z',
      payments: '2026-03-01T11:00:00.000Z',
      oldest: '2026-03-01T09:30:00.000Z',
    });
    await storePage(admin, 'invoices', '2026-03-01T12:00:00.000Z');
    expect((await view(admin.administrationId)).freshness).toMatchObject({ oldest: '2026-03-01T10:00:00.000Z' });
  });

  it('gives every administration of a list page its own health, freshness and last run, and PATCH answers the same view', async () => {
    const firm = await app.get(TenantService).createWithAdminKey('Firm listing health');
    const listAuth = { Authorization: `Bearer ${firm.apiKey}` };
    const failing = await seedAdministration(dataSource, { tenantId: firm.tenantId });
    const healthy = await seedAdministration(dataSource, { tenantId: firm.tenantId });
    const fresh = await seedAdministration(dataSource, { tenantId: firm.tenantId });
    const reconnect = await seedAdministration(dataSource, { tenantId: firm.tenantId });
    for (let run = 0; run < 2; run += 1) await finishRun(failing, { status: 'failed', errorClass: 'auth', errorMessage: 'refresh token refused' });
    for (let run = 0; run < 3; run += 1) await finishRun(healthy, { status: 'succeeded' });
    for (const resource of ['debtors', 'invoices', 'payments']) await storePage(healthy, resource, '2026-03-01T07:00:00.000Z');
    await dataSource.query(`UPDATE connections SET status = 'needs_reconnect' WHERE id = $1`, [reconnect.connectionId]);

    const seen = new Map<string, Record<string, unknown>>();
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor ? { limit: 3, cursor } : { limit: 3 };
      const page = await http().get('/api/v1/administrations').query(query).set(listAuth).expect(200);
      for (const item of page.body.items) seen.set(item.id, item);
      cursor = page.body.nextCursor;
    } while (cursor !== null);

    expect(seen.size).toBe(4);
    expect(seen.get(failing.administrationId)).toMatchObject({ health: 'failing', lastSync: { status: 'failed', error: { class: 'auth' } } });
    expect(seen.get(healthy.administrationId)).toMatchObject({ health: 'healthy', freshness: { oldest: '2026-03-01T07:00:00.000Z' }, lastSync: { status: 'succeeded' } });
    expect(seen.get(fresh.administrationId)).toMatchObject({ health: 'unknown', lastSync: null, freshness: { oldest: null } });
    expect(seen.get(reconnect.administrationId)).toMatchObject({ health: 'needs_reconnect', connection: { status: 'needs_reconnect' } });

    const patched = await http().patch(`/api/v1/administrations/${failing.administrationId}`).set(listAuth).send({ enabled: false }).expect(200);
    expect(patched.body).toMatchObject({ enabled: false, health: 'failing', connection: { id: failing.connectionId, status: 'active' } });
  });

  it('documents the health rule and the new fields in the OpenAPI document', async () => {
    const docs = await http().get('/api/docs/openapi.json').expect(200);
    const schema = docs.body.components.schemas.AdministrationView;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['connection', 'health', 'freshness', 'lastSync']));
    expect(schema.properties.health.enum).toEqual(['healthy', 'degraded', 'failing', 'needs_reconnect', 'unknown']);
    expect(schema.properties.health.description).toContain('3 successes in a row');
  });
});
