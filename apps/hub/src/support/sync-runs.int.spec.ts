import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import { testConfig } from '../../../../test/support/test-config.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { syncJobId } from '../sync/sync-job.js';
import { bearer, createSupportTestApp, type SupportTestApp, type TestFirm } from './testing/support-test-app.js';
import { ScriptedResolver } from './testing/scripted-resolver.js';
import { seedQuarantined, seedRun } from './testing/support-seeds.js';

// No worker runs here, so queued runs stay queued for as long as a test looks at them.
const config = testConfig({ REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_support_runs` });
let support: SupportTestApp;

beforeAll(async () => {
  support = await createSupportTestApp(config, new ScriptedResolver());
});

afterAll(async () => {
  await support.close();
});

const http = () => request(support.app.getHttpServer());

const firmWithAdministration = (name: string): Promise<{ firm: TestFirm; admin: SeededAdministration }> => support.firmWithAdministration(name);

async function runRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await support.dataSource.query(`SELECT trigger, mode, status, resources, replay_of, requested_by FROM sync_runs WHERE id = $1`, [id]);
  return row;
}

function fieldsOf(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((detail) => detail.field).sort();
}

describe('POST /api/v1/administrations/:id/sync', () => {
  it('queues a manual run, and a second request while it waits gets the same run', async () => {
    const { firm, admin } = await firmWithAdministration('Manual sync firm');
    const first = await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).set(bearer(firm.accountant)).send({}).expect(202);
    const second = await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).set(bearer(firm.support)).send({ mode: 'incremental' }).expect(202);

    expect(first.body).toEqual({ runId: expect.any(String), coalesced: false });
    expect(second.body).toEqual({ runId: first.body.runId, coalesced: true });
    expect(await runRow(first.body.runId)).toEqual({
      trigger: 'manual',
      mode: 'incremental',
      status: 'queued',
      resources: null,
      replay_of: null,
      requested_by: `api-key:${firm.accountant.id}`,
    });
    expect(await support.syncQueue.getJob(syncJobId(first.body.runId))).toBeDefined();

    const full = await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).set(bearer(firm.support)).send({ mode: 'full' }).expect(202);
    expect(full.body.runId).not.toBe(first.body.runId);
    expect(await runRow(full.body.runId)).toMatchObject({ mode: 'full', requested_by: `api-key:${firm.support.id}` });
  });

  it("answers 404 for another tenant's administration and creates nothing", async () => {
    const { firm } = await firmWithAdministration('Manual sync caller');
    const { admin: foreign } = await firmWithAdministration('Manual sync other');
    const response = await http().post(`/api/v1/administrations/${foreign.administrationId}/sync`).set(bearer(firm.admin)).send({}).expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: `Administration ${foreign.administrationId} not found` });
    const [{ count }] = await support.dataSource.query(`SELECT count(*)::int AS count FROM sync_runs WHERE administration_id = $1`, [foreign.administrationId]);
    expect(count).toBe(0);
  });

  it('validates the body and the id', async () => {
    const { firm, admin } = await firmWithAdministration('Manual sync validation');
    const bad = await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).set(bearer(firm.support)).send({ mode: 'reconciliation', force: true }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['force', 'mode']);
    await http().post('/api/v1/administrations/not-a-uuid/sync').set(bearer(firm.support)).send({}).expect(400);
    await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).send({}).expect(401);
  });
});

describe('GET /api/v1/sync-runs', () => {
  it('lists the tenant’s runs newest first, filtered, paged', async () => {
    const { firm, admin } = await firmWithAdministration('Listing firm');
    const other = await seedAdministration(support.dataSource, { tenantId: firm.tenantId });
    const { admin: foreign } = await firmWithAdministration('Listing other firm');
    const oldest = await seedRun(support.dataSource, admin, { status: 'succeeded', trigger: 'schedule', queuedAt: '2026-01-01T00:00:00Z' });
    const failedAuth = await seedRun(support.dataSource, admin, { status: 'failed', trigger: 'webhook', errorClass: 'auth', queuedAt: '2026-01-02T00:00:00Z' });
    const failedTransient = await seedRun(support.dataSource, admin, { status: 'failed', trigger: 'manual', errorClass: 'transient', queuedAt: '2026-01-03T00:00:00Z' });
    const otherAdmin = await seedRun(support.dataSource, other, { status: 'partial', trigger: 'schedule', queuedAt: '2026-01-04T00:00:00Z' });
    await seedRun(support.dataSource, foreign, { status: 'failed', queuedAt: '2026-01-05T00:00:00Z' });
    const auth = bearer(firm.support);
    const ids = async (query: Record<string, string | number>) =>
      (await http().get('/api/v1/sync-runs').query(query).set(auth).expect(200)).body.items.map((item: { id: string }) => item.id);

    expect(await ids({})).toEqual([otherAdmin, failedTransient, failedAuth, oldest]);
    expect(await ids({ administrationId: admin.administrationId })).toEqual([failedTransient, failedAuth, oldest]);
    expect(await ids({ status: 'failed' })).toEqual([failedTransient, failedAuth]);
    expect(await ids({ trigger: 'schedule' })).toEqual([otherAdmin, oldest]);
    expect(await ids({ since: '2026-01-02T00:00:00Z' })).toEqual([otherAdmin, failedTransient, failedAuth]);
    expect(await ids({ since: '2026-01-03' })).toEqual([otherAdmin, failedTransient]);
    expect(await ids({ errorClass: 'auth' })).toEqual([failedAuth]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor === null ? { limit: 3 } : { limit: 3, cursor };
      const page = await http().get('/api/v1/sync-runs').query(query).set(auth).expect(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([otherAdmin, failedTransient, failedAuth, oldest]);
  });

  it('answers bad filters with 400 and one detail per field', async () => {
    const { firm } = await firmWithAdministration('Listing validation');
    const auth = bearer(firm.accountant);
    const bad = await http()
      .get('/api/v1/sync-runs')
      .query({ administrationId: 'nope', status: 'done', trigger: 'cron', since: 'yesterday', errorClass: 'Auth Error', surprise: 1, limit: 501 })
      .set(auth)
      .expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(fieldsOf(bad.body)).toEqual(['administrationId', 'errorClass', 'limit', 'since', 'status', 'surprise', 'trigger']);
    // Not a calendar day, no offset (server-time ambiguous), an ISO week: all refused.
    for (const since of ['2026-02-30', '2026-01-31T10:00', '2026-W05']) {
      const response = await http().get('/api/v1/sync-runs').query({ since }).set(auth).expect(400);
      expect(fieldsOf(response.body)).toEqual(['since']);
    }
    const forged = Buffer.from(JSON.stringify(['2026-01-01 00:00:00+00', 'not-a-uuid'])).toString('base64url');
    await http().get('/api/v1/sync-runs').query({ cursor: forged }).set(auth).expect(400);
  });
});

describe('GET /api/v1/sync-runs/:id', () => {
  it('shows the run with its error, cursors and a sample of what it quarantined, without raw payloads', async () => {
    const { firm, admin } = await firmWithAdministration('Detail firm');
    const original = await seedRun(support.dataSource, admin, { status: 'failed' });
    const runId = await seedRun(support.dataSource, admin, {
      status: 'failed',
      trigger: 'replay',
      mode: 'full',
      resources: ['invoices'],
      replayOf: original,
      requestedBy: 'api-key:someone',
      errorClass: 'rate_limited',
      errorMessage: 'Too many requests',
      errorPlatformStatus: 429,
      counts: { fetched: 30, created: 10, updated: 5, unchanged: 3, quarantined: 12, apiCalls: 4 },
      cursorBefore: { invoices: null },
      cursorAfter: { invoices: { offset: 30 } },
    });
    const firstSeen = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-first', firstRunId: runId, lastRunId: runId });
    await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-again', firstRunId: original, lastRunId: runId });
    for (let index = 0; index < 10; index += 1) await seedQuarantined(support.dataSource, admin, { resource: 'invoices', firstRunId: runId, lastRunId: runId });
    await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-other-run', firstRunId: original, lastRunId: original });

    const response = await http().get(`/api/v1/sync-runs/${runId}`).set(bearer(firm.support)).expect(200);

    expect(response.body).toMatchObject({
      id: runId,
      administrationId: admin.administrationId,
      trigger: 'replay',
      mode: 'full',
      status: 'failed',
      attempt: 1,
      requestedBy: 'api-key:someone',
      resources: ['invoices'],
      replayOf: original,
      fetched: 30,
      created: 10,
      updated: 5,
      unchanged: 3,
      quarantined: 12,
      apiCalls: 4,
      error: { class: 'rate_limited', message: 'Too many requests', platformStatus: 429 },
      cursorBefore: { invoices: null },
      cursorAfter: { invoices: { offset: 30 } },
      queuedAt: expect.any(String),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    const sample: { id: string; externalId: string }[] = response.body.quarantineSample;
    expect(sample).toHaveLength(10);
    expect(sample[0]).toEqual({ id: firstSeen, resource: 'invoices', externalId: 'I-first', error: expect.objectContaining({ field: 'AmountDC' }), status: 'quarantined' });
    expect(sample.map((item) => item.externalId)).toContain('I-again');
    expect(sample.map((item) => item.externalId)).not.toContain('I-other-run');
    expect(JSON.stringify(sample)).not.toContain('rawPayload');
  });

  it("answers 404 for another tenant's run and 400 for a malformed id", async () => {
    const { firm } = await firmWithAdministration('Detail caller');
    const { admin: foreign } = await firmWithAdministration('Detail other');
    const foreignRun = await seedRun(support.dataSource, foreign);
    await http().get(`/api/v1/sync-runs/${foreignRun}`).set(bearer(firm.admin)).expect(404);
    await http().get('/api/v1/sync-runs/12345').set(bearer(firm.admin)).expect(400);
  });
});

describe('POST /api/v1/sync-runs/:id/replay', () => {
  it('queues a replay of the same administration, mode and resources, naming who asked; a double click is one replay', async () => {
    const { firm, admin } = await firmWithAdministration('Replay firm');
    const failed = await seedRun(support.dataSource, admin, { status: 'failed', mode: 'full', resources: ['payments', 'invoices'] });

    const response = await http().post(`/api/v1/sync-runs/${failed}/replay`).set(bearer(firm.support)).expect(202);
    const again = await http().post(`/api/v1/sync-runs/${failed}/replay`).set(bearer(firm.accountant)).expect(202);

    expect(response.body).toEqual({ runId: expect.any(String), coalesced: false });
    expect(again.body).toEqual({ runId: response.body.runId, coalesced: true });
    expect(await runRow(response.body.runId)).toEqual({
      trigger: 'replay',
      mode: 'full',
      status: 'queued',
      resources: ['payments', 'invoices'],
      replay_of: failed,
      requested_by: `api-key:${firm.support.id}`,
    });
    expect(await support.syncQueue.getJob(syncJobId(response.body.runId))).toBeDefined();
    const shown = await http().get(`/api/v1/sync-runs/${response.body.runId}`).set(bearer(firm.support)).expect(200);
    expect(shown.body).toMatchObject({ trigger: 'replay', replayOf: failed, requestedBy: `api-key:${firm.support.id}` });
  });

  it('replays succeeded and partial runs too, but not one still queued or running', async () => {
    const { firm, admin } = await firmWithAdministration('Replay states');
    const auth = bearer(firm.support);
    await http().post(`/api/v1/sync-runs/${await seedRun(support.dataSource, admin, { status: 'partial' })}/replay`).set(auth).expect(202);
    const running = await seedRun(support.dataSource, admin, { status: 'running', mode: 'full' });
    const conflict = await http().post(`/api/v1/sync-runs/${running}/replay`).set(auth).expect(409);
    expect(conflict.body.message).toBe(`Sync run ${running} is running: only a finished run can be replayed`);
  });

  it("answers 404 for another tenant's run", async () => {
    const { firm } = await firmWithAdministration('Replay caller');
    const { admin: foreign } = await firmWithAdministration('Replay other');
    const foreignRun = await seedRun(support.dataSource, foreign);
    await http().post(`/api/v1/sync-runs/${foreignRun}/replay`).set(bearer(firm.support)).expect(404);
    const [{ count }] = await support.dataSource.query(`SELECT count(*)::int AS count FROM sync_runs WHERE replay_of = $1`, [foreignRun]);
    expect(count).toBe(0);
  });
});

describe('POST /api/v1/sync-runs/replay', () => {
  it('replays matching failed runs once per administration and mode, skipping administrations already replaying', async () => {
    const { firm, admin } = await firmWithAdministration('Bulk firm');
    const busy = await seedAdministration(support.dataSource, { tenantId: firm.tenantId });
    const healthy = await seedAdministration(support.dataSource, { tenantId: firm.tenantId });
    const { admin: foreign } = await firmWithAdministration('Bulk other firm');

    await seedRun(support.dataSource, admin, { status: 'failed', resources: ['debtors'], queuedAt: '2026-02-01T00:00:00Z' });
    const newestIncremental = await seedRun(support.dataSource, admin, { status: 'failed', resources: ['invoices'], queuedAt: '2026-02-02T00:00:00Z' });
    const full = await seedRun(support.dataSource, admin, { status: 'failed', mode: 'full', errorClass: 'auth', queuedAt: '2026-02-03T00:00:00Z' });
    const busyFailed = await seedRun(support.dataSource, busy, { status: 'failed' });
    await seedRun(support.dataSource, busy, { status: 'running', trigger: 'replay', replayOf: busyFailed });
    await seedRun(support.dataSource, healthy, { status: 'succeeded' });
    const foreignFailed = await seedRun(support.dataSource, foreign, { status: 'failed' });

    const response = await http().post('/api/v1/sync-runs/replay').set(bearer(firm.support)).send({}).expect(202);

    expect(response.body).toEqual({ runIds: expect.any(Array), matched: 4, capped: false });
    const replays = await Promise.all(response.body.runIds.map(runRow));
    expect(replays).toHaveLength(2);
    expect(replays).toEqual(
      expect.arrayContaining([
        { trigger: 'replay', mode: 'full', status: 'queued', resources: null, replay_of: full, requested_by: `api-key:${firm.support.id}` },
        { trigger: 'replay', mode: 'incremental', status: 'queued', resources: ['debtors', 'invoices'], replay_of: newestIncremental, requested_by: `api-key:${firm.support.id}` },
      ]),
    );
    const [{ count }] = await support.dataSource.query(`SELECT count(*)::int AS count FROM sync_runs WHERE replay_of = $1`, [foreignFailed]);
    expect(count).toBe(0);

    // Asking again while those replays wait adds none.
    const repeated = await http().post('/api/v1/sync-runs/replay').set(bearer(firm.accountant)).send({}).expect(202);
    expect(repeated.body.runIds).toEqual([]);
  });

  it('filters by administration, status, since and error class', async () => {
    const { firm, admin } = await firmWithAdministration('Bulk filters');
    const other = await seedAdministration(support.dataSource, { tenantId: firm.tenantId });
    await seedRun(support.dataSource, admin, { status: 'failed', errorClass: 'transient', queuedAt: '2026-02-01T00:00:00Z' });
    const authFailure = await seedRun(support.dataSource, admin, { status: 'failed', errorClass: 'auth', mode: 'full', queuedAt: '2026-02-02T00:00:00Z' });
    const partial = await seedRun(support.dataSource, other, { status: 'partial', queuedAt: '2026-02-03T00:00:00Z' });
    const auth = bearer(firm.support);

    const byClass = await http().post('/api/v1/sync-runs/replay').set(auth).send({ errorClass: 'auth' }).expect(202);
    expect(await Promise.all(byClass.body.runIds.map(runRow))).toEqual([expect.objectContaining({ replay_of: authFailure })]);

    const byStatus = await http().post('/api/v1/sync-runs/replay').set(auth).send({ status: 'partial', administrationId: other.administrationId, since: '2026-02-03' }).expect(202);
    expect(await Promise.all(byStatus.body.runIds.map(runRow))).toEqual([expect.objectContaining({ replay_of: partial })]);

    const none = await http().post('/api/v1/sync-runs/replay').set(auth).send({ since: '2030-01-01T00:00:00Z' }).expect(202);
    expect(none.body).toEqual({ runIds: [], matched: 0, capped: false });
  });

  it('answers bad filters with 400 and one detail per field', async () => {
    const { firm } = await firmWithAdministration('Bulk validation');
    const bad = await http()
      .post('/api/v1/sync-runs/replay')
      .set(bearer(firm.support))
      .send({ administrationId: 'x', status: 'queued', since: 'last week', errorClass: 42, everything: true })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['administrationId', 'errorClass', 'everything', 'since', 'status']);
  });
});

describe('roles', () => {
  it('lets support read and replay, keeps accountant-only routes closed to support, and refuses callers without a key', async () => {
    const { firm, admin } = await firmWithAdministration('Roles firm');
    const runId = await seedRun(support.dataSource, admin, { status: 'failed' });
    await http().get('/api/v1/sync-runs').set(bearer(firm.support)).expect(200);
    await http().post(`/api/v1/sync-runs/${runId}/replay`).set(bearer(firm.support)).expect(202);
    await http().patch(`/api/v1/administrations/${admin.administrationId}`).set(bearer(firm.support)).send({ enabled: false }).expect(403);
    await http().patch(`/api/v1/administrations/${admin.administrationId}`).set(bearer(firm.accountant)).send({ enabled: true }).expect(200);
    await http().get('/api/v1/sync-runs').expect(401);
    await http().post('/api/v1/sync-runs/replay').send({}).expect(401);
  });
});

describe('OpenAPI', () => {
  it('documents the support endpoints, and the bulk replay cap', () => {
    const document = SwaggerModule.createDocument(support.app, new DocumentBuilder().addBearerAuth().build());
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/administrations/{id}/sync',
        '/api/v1/sync-runs',
        '/api/v1/sync-runs/{id}',
        '/api/v1/sync-runs/{id}/replay',
        '/api/v1/sync-runs/replay',
        '/api/v1/quarantine',
        '/api/v1/quarantine/{id}',
        '/api/v1/quarantine/{id}/replay',
      ]),
    );
    expect(document.paths['/api/v1/sync-runs/replay'].post?.description).toContain('At most 500 runs are matched');
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['SyncRunDetailView', 'QuarantineReplayView']));
  });
});
