import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ConnectorError } from '@hub/connectors';
import request from 'supertest';
import { testConfig } from '../../../../test/support/test-config.js';
import { debtorFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { CanonicalStore } from '../store/index.js';
import { QuarantineStore } from '../sync/quarantine-store.js';
import { mappingFailure } from '../sync/testing/fake-connector.js';
import { bearer, createSupportTestApp, type SupportTestApp, type TestFirm } from './testing/support-test-app.js';
import { ScriptedResolver } from './testing/scripted-resolver.js';
import { SAMPLE_MAPPING_ERROR, seedQuarantined, seedRun } from './testing/support-seeds.js';

const config = testConfig({ REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_support_quarantine` });
const resolver = new ScriptedResolver();
let support: SupportTestApp;

beforeAll(async () => {
  support = await createSupportTestApp(config, resolver);
});

afterAll(async () => {
  await support.close();
});

const http = () => request(support.app.getHttpServer());

const firmWithAdministration = (name: string): Promise<{ firm: TestFirm; admin: SeededAdministration }> => support.firmWithAdministration(name);

interface QuarantineState {
  status: string;
  occurrences: number;
  raw_payload: unknown;
  error: unknown;
  released_at: Date | null;
}

async function quarantineRow(id: string): Promise<QuarantineState> {
  const [row] = await support.dataSource.query(`SELECT status, occurrences, raw_payload, error, released_at FROM quarantined_records WHERE id = $1`, [id]);
  return row;
}

async function storedDebtor(admin: SeededAdministration, externalId: string): Promise<{ name: string; removed_at: Date | null } | undefined> {
  const [row] = await support.dataSource.query(`SELECT name, removed_at FROM debtors WHERE administration_id = $1 AND external_id = $2`, [admin.administrationId, externalId]);
  return row;
}

function fieldsOf(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((detail) => detail.field).sort();
}

describe('GET /api/v1/quarantine', () => {
  it('lists the tenant’s quarantined records newest first, without raw payloads, filtered and paged', async () => {
    const { firm, admin } = await firmWithAdministration('Quarantine list firm');
    const other = await seedAdministration(support.dataSource, { tenantId: firm.tenantId });
    const { admin: foreign } = await firmWithAdministration('Quarantine list other');
    const debtor = await seedQuarantined(support.dataSource, admin, { resource: 'debtors', externalId: 'D-1' });
    const released = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-1', status: 'released' });
    const invoice = await seedQuarantined(support.dataSource, other, { resource: 'invoices', externalId: 'I-2' });
    await seedQuarantined(support.dataSource, foreign, { resource: 'invoices', externalId: 'I-3' });
    const auth = bearer(firm.support);
    const ids = async (query: Record<string, string | number>) =>
      (await http().get('/api/v1/quarantine').query(query).set(auth).expect(200)).body.items.map((item: { id: string }) => item.id);

    const all = await http().get('/api/v1/quarantine').set(auth).expect(200);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([invoice, released, debtor]);
    expect(all.body.items[2]).toEqual({
      id: debtor,
      administrationId: admin.administrationId,
      resource: 'debtors',
      externalId: 'D-1',
      status: 'quarantined',
      error: SAMPLE_MAPPING_ERROR,
      occurrences: 1,
      firstRunId: null,
      lastRunId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      releasedAt: null,
    });
    expect(await ids({ administrationId: admin.administrationId })).toEqual([released, debtor]);
    expect(await ids({ status: 'quarantined' })).toEqual([invoice, debtor]);
    expect(await ids({ resource: 'invoices', status: 'released' })).toEqual([released]);

    const first = await http().get('/api/v1/quarantine').query({ limit: 2 }).set(auth).expect(200);
    const second = await http().get('/api/v1/quarantine').query({ limit: 2, cursor: first.body.nextCursor }).set(auth).expect(200);
    expect([...first.body.items, ...second.body.items].map((item: { id: string }) => item.id)).toEqual([invoice, released, debtor]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers bad filters with 400 and one detail per field', async () => {
    const { firm } = await firmWithAdministration('Quarantine validation');
    const bad = await http().get('/api/v1/quarantine').query({ administrationId: '42', status: 'stuck', resource: 'ledgers', extra: 'x' }).set(bearer(firm.accountant)).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['administrationId', 'extra', 'resource', 'status']);
  });
});

describe('GET /api/v1/quarantine/:id', () => {
  it('shows the raw payload and mapping error; another tenant’s record is a 404', async () => {
    const { firm, admin } = await firmWithAdministration('Quarantine detail');
    const { admin: foreign } = await firmWithAdministration('Quarantine detail other');
    const runId = await seedRun(support.dataSource, admin);
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-9', raw: { ID: 'I-9', AmountDC: 'twelve' }, firstRunId: runId, lastRunId: runId });
    const foreignId = await seedQuarantined(support.dataSource, foreign);

    const response = await http().get(`/api/v1/quarantine/${id}`).set(bearer(firm.support)).expect(200);
    expect(response.body).toMatchObject({ id, resource: 'invoices', externalId: 'I-9', rawPayload: { ID: 'I-9', AmountDC: 'twelve' }, error: SAMPLE_MAPPING_ERROR, firstRunId: runId });
    await http().get(`/api/v1/quarantine/${foreignId}`).set(bearer(firm.support)).expect(404);
    await http().get('/api/v1/quarantine/nope').set(bearer(firm.support)).expect(400);
  });
});

describe('POST /api/v1/quarantine/:id/replay', () => {
  afterEach(() => jest.restoreAllMocks());

  it('dry run of a record that maps now: shows the canonical record, stores nothing', async () => {
    const { firm, admin } = await firmWithAdministration('Replay dry mapped');
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'debtors', externalId: 'D-77' });
    const record = debtorFixture(admin, 'D-77', { name: 'Fixed Name B.V.' });
    resolver.answer(admin.administrationId, () => Promise.resolve(record));
    const before = await quarantineRow(id);

    const response = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({ dryRun: true }).expect(200);

    expect(response.body).toEqual({
      dryRun: true,
      outcome: 'mapped',
      record,
      quarantinedRecord: expect.objectContaining({ id, status: 'quarantined', occurrences: 1 }),
      requestedBy: `api-key:${firm.support.id}`,
      requestedAt: expect.any(String),
    });
    expect(resolver.calls).toContainEqual({ resource: 'debtors', externalId: 'D-77' });
    expect(await storedDebtor(admin, 'D-77')).toBeUndefined();
    expect(await quarantineRow(id)).toEqual(before);
  });

  it('a record that maps now is stored and released in one go, and the replay is logged with who asked', async () => {
    const { firm, admin } = await firmWithAdministration('Replay mapped');
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'debtors', externalId: 'D-78' });
    resolver.answer(admin.administrationId, () => Promise.resolve(debtorFixture(admin, 'D-78', { name: 'Mapped B.V.' })));
    const log = jest.spyOn(Logger.prototype, 'log');

    const response = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.accountant)).send({}).expect(200);

    expect(response.body).toMatchObject({
      dryRun: false,
      outcome: 'mapped',
      stored: { created: 1, updated: 0, unchanged: 0 },
      quarantinedRecord: { id, status: 'released', releasedAt: expect.any(String) },
      requestedBy: `api-key:${firm.accountant.id}`,
    });
    expect(await storedDebtor(admin, 'D-78')).toEqual({ name: 'Mapped B.V.', removed_at: null });
    expect((await quarantineRow(id)).status).toBe('released');
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'quarantine.replay', quarantinedRecordId: id, dryRun: false, outcome: 'mapped', requestedBy: `api-key:${firm.accountant.id}` }),
      'quarantined record replayed',
    );
  });

  it('a record that still fails: dry run changes nothing; a replay keeps it quarantined with today’s payload and error', async () => {
    const { firm, admin } = await firmWithAdministration('Replay failed');
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-5', status: 'released', occurrences: 2 });
    const failure = mappingFailure('I-5', { ID: 'I-5', AmountDC: 'thirteen', DueDate: null });
    resolver.answer(admin.administrationId, () => Promise.resolve(failure));
    const before = await quarantineRow(id);

    const dry = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({ dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, outcome: 'failed', error: failure.error.toJSON() });
    expect(await quarantineRow(id)).toEqual(before);

    const real = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({ dryRun: false }).expect(200);
    expect(real.body).toMatchObject({ dryRun: false, outcome: 'failed', error: failure.error.toJSON(), quarantinedRecord: { status: 'quarantined', occurrences: 3, releasedAt: null } });
    expect(await quarantineRow(id)).toEqual({
      status: 'quarantined',
      occurrences: 3,
      raw_payload: { ID: 'I-5', AmountDC: 'thirteen', DueDate: null },
      error: failure.error.toJSON(),
      released_at: null,
    });
  });

  it('a record the platform no longer has: the stored record is marked removed and the quarantine released', async () => {
    const { firm, admin } = await firmWithAdministration('Replay gone');
    const store = support.app.get(CanonicalStore);
    await store.upsertDebtors(admin, [debtorFixture(admin, 'D-9')]);
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'debtors', externalId: 'D-9' });
    resolver.answer(admin.administrationId, () => Promise.resolve(null));

    const dry = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({ dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, outcome: 'gone', quarantinedRecord: { status: 'quarantined' } });
    expect((await storedDebtor(admin, 'D-9'))?.removed_at).toBeNull();

    const real = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({}).expect(200);
    expect(real.body).toMatchObject({ dryRun: false, outcome: 'gone', removed: true, quarantinedRecord: { status: 'released' } });
    expect((await storedDebtor(admin, 'D-9'))?.removed_at).toBeInstanceOf(Date);

    // Gone and never stored: nothing to mark, the quarantine is still released.
    const neverStored = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-never' });
    const response = await http().post(`/api/v1/quarantine/${neverStored}/replay`).set(bearer(firm.support)).send({}).expect(200);
    expect(response.body).toMatchObject({ outcome: 'gone', removed: false, quarantinedRecord: { status: 'released' } });
  });

  it('stores the record and releases the quarantine together: when releasing fails, the record is not stored either', async () => {
    const { firm, admin } = await firmWithAdministration('Replay rollback');
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'debtors', externalId: 'D-atomic' });
    resolver.answer(admin.administrationId, () => Promise.resolve(debtorFixture(admin, 'D-atomic')));
    jest.spyOn(QuarantineStore.prototype, 'release').mockRejectedValueOnce(new Error('connection lost'));
    const before = await quarantineRow(id);

    const response = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({}).expect(500);

    expect(response.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(await storedDebtor(admin, 'D-atomic')).toBeUndefined();
    expect(await quarantineRow(id)).toEqual(before);
  });

  it('cannot re-read a record without an external id (409), nor another tenant’s record (404)', async () => {
    const { firm, admin } = await firmWithAdministration('Replay refused');
    const { admin: foreign } = await firmWithAdministration('Replay refused other');
    const anonymous = await seedQuarantined(support.dataSource, admin, { externalId: null });
    const foreignId = await seedQuarantined(support.dataSource, foreign, { externalId: 'D-1' });
    resolver.answer(foreign.administrationId, () => Promise.resolve(debtorFixture(foreign, 'D-1')));

    const conflict = await http().post(`/api/v1/quarantine/${anonymous}/replay`).set(bearer(firm.support)).send({ dryRun: true }).expect(409);
    expect(conflict.body.message).toContain('has no external id, so it cannot be re-read from the platform; the next full sync');
    await http().post(`/api/v1/quarantine/${foreignId}/replay`).set(bearer(firm.support)).send({}).expect(404);
    expect((await quarantineRow(foreignId)).status).toBe('quarantined');
  });

  it('turns connector errors into clear API errors and changes nothing', async () => {
    const { firm, admin } = await firmWithAdministration('Replay connector errors');
    const id = await seedQuarantined(support.dataSource, admin, { resource: 'invoices', externalId: 'I-7' });
    const before = await quarantineRow(id);
    const auth = bearer(firm.support);
    const failWith = (error: ConnectorError) => resolver.answer(admin.administrationId, () => Promise.reject(error));

    failWith(new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'refresh token revoked', platformStatus: 401 }));
    const reconnect = await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({}).expect(409);
    expect(reconnect.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'The connection needs reconnect: refresh token revoked',
      details: { errorClass: 'auth', platform: 'exact-online', platformStatus: 401 },
    });

    failWith(new ConnectorError({ platform: 'exact-online', errorClass: 'rate_limited', message: 'minutely limit', platformStatus: 429, retryAt: Date.now() + 20_000 }));
    const limited = await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({}).expect(503);
    expect(limited.body.details).toMatchObject({ errorClass: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    expect(limited.body.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.body.details.retryAfterSeconds).toBeLessThanOrEqual(20);

    failWith(new ConnectorError({ platform: 'exact-online', errorClass: 'transient', message: 'upstream 503', platformStatus: 503 }));
    await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({ dryRun: true }).expect(503);

    failWith(new ConnectorError({ platform: 'exact-online', errorClass: 'platform_bug', message: 'internal error', platformStatus: 500 }));
    const bug = await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({}).expect(502);
    expect(bug.body.message).toContain('internal error');

    // The connection itself needs a reconnect: the resolver refuses before any platform call.
    resolver.failResolving(admin.administrationId, new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'The connection is needs_reconnect: reconnect it to sync again' }));
    await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({}).expect(409);

    expect(await quarantineRow(id)).toEqual(before);
  });

  it('validates the body', async () => {
    const { firm, admin } = await firmWithAdministration('Replay validation');
    const id = await seedQuarantined(support.dataSource, admin);
    const bad = await http().post(`/api/v1/quarantine/${id}/replay`).set(bearer(firm.support)).send({ dryRun: 'yes', force: 1 }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['dryRun', 'force']);
    await http().post('/api/v1/quarantine/not-a-uuid/replay').set(bearer(firm.support)).send({}).expect(400);
  });
});
