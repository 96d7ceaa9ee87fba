import { Logger } from '@nestjs/common';
import { ConnectorError, type PulledPage, type PullRequest } from '@hub/connectors';
import type { CanonicalByResource, Resource } from '@hub/mapping';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { debtorFixture, invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { CanonicalStore, SyncCursorStore, TenantScopeError } from '../store/index.js';
import { AdministrationSyncLocks } from './administration-sync-lock.js';
import { AdministrationBusyError, AdministrationSyncService } from './administration-sync.service.js';
import type { ConnectorResolver } from './connector-resolver.js';
import { PageCommitter } from './page-committer.js';
import { QuarantineStore } from './quarantine-store.js';
import type { SyncRequest } from './sync-request.js';
import { SyncRunRecorder } from './sync-run-recorder.js';
import { type FeedItem, FakeConnector, mappingFailure, offsetFeed, type PullScript } from './testing/fake-connector.js';

let dataSource: DataSource;
let store: CanonicalStore;
let cursors: SyncCursorStore;
let service: AdministrationSyncService;
/** The connector each administration resolves to; a test sets it before running. */
const connectors = new Map<string, FakeConnector>();

const resolver: ConnectorResolver = {
  async resolve(tenantId, administrationId) {
    const connector = connectors.get(administrationId);
    if (connector === undefined) throw new Error(`no fake connector for ${administrationId}`);
    return { connector, scope: { tenantId, administrationId } };
  },
};

beforeAll(async () => {
  Logger.overrideLogger(false);
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 4 });
  await dataSource.initialize();
  store = new CanonicalStore(dataSource);
  cursors = new SyncCursorStore(dataSource);
  const runs = new SyncRunRecorder(dataSource);
  service = new AdministrationSyncService(resolver, runs, new PageCommitter(dataSource, store, cursors, new QuarantineStore(), runs), cursors, new AdministrationSyncLocks(dataSource), dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

type Feeds = { [R in Resource]?: FeedItem<R>[] };

/** A connector serving `feeds` by offset, three records a page; payments default to one empty page. */
function feedConnector(feeds: Feeds, options: { failAt?: { resource: Resource; offset: number; error: Error } } = {}): FakeConnector {
  return new FakeConnector((request) =>
    offsetFeed(request, feeds[request.resource] ?? [], {
      pageSize: 3,
      failAt: options.failAt?.resource === request.resource ? options.failAt : undefined,
    }),
  );
}

function request(admin: SeededAdministration, fields: Partial<SyncRequest> = {}): SyncRequest {
  return { tenantId: admin.tenantId, administrationId: admin.administrationId, mode: 'incremental', trigger: 'manual', ...fields };
}

async function runRow(runId: string): Promise<Record<string, unknown>> {
  const [row] = await dataSource.query(`SELECT * FROM sync_runs WHERE id = $1`, [runId]);
  return row;
}

function debtors(admin: SeededAdministration, count: number): CanonicalByResource['debtors'][] {
  return Array.from({ length: count }, (_, index) => debtorFixture(admin, `D${index + 1}`));
}

function invoices(admin: SeededAdministration, count: number): CanonicalByResource['invoices'][] {
  return Array.from({ length: count }, (_, index) => invoiceFixture(admin, `I${index + 1}`, { debtorExternalId: `D${(index % 4) + 1}` }));
}

/** What an administration holds, without ids and timestamps, to compare two administrations. */
async function contentOf(admin: SeededAdministration): Promise<unknown> {
  const debtorRows = await dataSource.query(
    `SELECT external_id, code, name, emails, encode(content_hash, 'hex') AS hash, removed_at IS NOT NULL AS removed
       FROM debtors WHERE administration_id = $1 ORDER BY external_id`,
    [admin.administrationId],
  );
  const invoiceRows = await dataSource.query(
    `SELECT external_id, number, status, open_cents, total_cents, encode(content_hash, 'hex') AS hash
       FROM invoices WHERE administration_id = $1 ORDER BY external_id`,
    [admin.administrationId],
  );
  const cursorRows = await dataSource.query(`SELECT resource, cursor FROM sync_cursors WHERE administration_id = $1 ORDER BY resource`, [
    admin.administrationId,
  ]);
  return { debtorRows, invoiceRows, cursorRows };
}

describe('AdministrationSyncService', () => {
  it('stores every page, counts what it did and records the cursors before and after', async () => {
    const admin = await seedAdministration(dataSource);
    connectors.set(admin.administrationId, feedConnector({ debtors: debtors(admin, 4), invoices: invoices(admin, 7) }));

    const first = await service.run(request(admin, { trigger: 'schedule' }));

    expect(first).toMatchObject({ status: 'succeeded', fetched: 11, created: 11, updated: 0, unchanged: 0, quarantined: 0, error: null });
    // 2 debtor pages + 3 invoice pages + 1 payments page
    expect(first.apiCalls).toBe(6);
    expect(await runRow(first.runId)).toMatchObject({
      tenant_id: admin.tenantId,
      trigger: 'schedule',
      mode: 'incremental',
      status: 'succeeded',
      fetched: 11,
      created: 11,
      api_calls: 6,
      cursor_before: { debtors: null, invoices: null, payments: null },
      cursor_after: { debtors: { offset: 4 }, invoices: { offset: 7 }, payments: { offset: 0 } },
      started_at: expect.any(Date),
      finished_at: expect.any(Date),
      error_class: null,
    });
    expect(await store.listExternalIds(admin, 'debtors')).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(await store.listExternalIds(admin, 'invoices')).toHaveLength(7);

    // The platform changed one debtor; a full pull reads everything again, the rest is unchanged.
    const changed = debtors(admin, 4).map((debtor) => (debtor.source.externalId === 'D2' ? { ...debtor, name: 'Renamed B.V.' } : debtor));
    connectors.set(admin.administrationId, feedConnector({ debtors: changed, invoices: invoices(admin, 7) }));
    const second = await service.run(request(admin, { mode: 'full' }));
    expect(second).toMatchObject({ status: 'succeeded', fetched: 11, created: 0, updated: 1, unchanged: 10 });
    expect(await runRow(second.runId)).toMatchObject({ cursor_before: { debtors: { offset: 4 }, invoices: { offset: 7 } } });
  });

  it('commits each page with its cursor before asking for the next page', async () => {
    const admin = await seedAdministration(dataSource);
    const seenBeforeEachPage: unknown[] = [];
    const script: PullScript = async function* (pull: PullRequest) {
      const feed = offsetFeed(pull, pull.resource === 'debtors' ? debtors(admin, 7) : [], { pageSize: 3 });
      for await (const page of feed) {
        if (pull.resource === 'debtors') {
          seenBeforeEachPage.push({
            cursor: (await cursors.loadCursor(admin, 'debtors'))?.cursor ?? null,
            stored: (await store.listExternalIds(admin, 'debtors')).length,
          });
        }
        yield page;
      }
    };
    connectors.set(admin.administrationId, new FakeConnector(script));

    await service.run(request(admin, { resources: ['debtors'] }));

    expect(seenBeforeEachPage).toEqual([
      { cursor: null, stored: 0 },
      { cursor: { offset: 3 }, stored: 3 },
      { cursor: { offset: 6 }, stored: 6 },
    ]);
  });

  it('keeps the pages committed before a failure, records the error, and a rerun resumes to the same end state', async () => {
    const crashed = await seedAdministration(dataSource);
    const uninterrupted = await seedAdministration(dataSource);
    const outage = new ConnectorError({ platform: 'exact-online', errorClass: 'transient', message: 'Service Unavailable', platformStatus: 503 });
    // The same platform data for both administrations (records carry their own administration id).
    const feedsFor = (admin: SeededAdministration): Feeds => ({ debtors: debtors(admin, 5), invoices: invoices(admin, 8) });

    const failingConnector = feedConnector(feedsFor(crashed), { failAt: { resource: 'invoices', offset: 6, error: outage } });
    connectors.set(crashed.administrationId, failingConnector);
    const failed = await service.run(request(crashed));

    expect(failed).toMatchObject({ status: 'failed', error: { errorClass: 'transient', message: 'Service Unavailable', platformStatus: 503 } });
    expect(await runRow(failed.runId)).toMatchObject({
      status: 'failed',
      error_class: 'transient',
      error_message: 'Service Unavailable',
      error_platform_status: 503,
      fetched: 11, // 5 debtors + the 6 invoices of the two pages committed
      created: 11,
      cursor_after: { debtors: { offset: 5 }, invoices: { offset: 6 } },
      finished_at: expect.any(Date),
    });
    expect((await cursors.loadCursor(crashed, 'invoices'))?.cursor).toEqual({ offset: 6 });
    expect(await store.listExternalIds(crashed, 'invoices')).toHaveLength(6);

    const resumingConnector = feedConnector(feedsFor(crashed));
    connectors.set(crashed.administrationId, resumingConnector);
    const resumed = await service.run(request(crashed));
    expect(resumed).toMatchObject({ status: 'succeeded', fetched: 2, created: 2 });
    expect(resumingConnector.requests.map((pull) => [pull.resource, pull.cursor])).toEqual([
      ['debtors', { offset: 5 }],
      ['invoices', { offset: 6 }],
      ['payments', null], // the failed run never reached payments
    ]);

    connectors.set(uninterrupted.administrationId, feedConnector(feedsFor(uninterrupted)));
    await service.run(request(uninterrupted));
    expect(await contentOf(crashed)).toEqual(await contentOf(uninterrupted));
  });

  it('records a failure to build the connector as a failed run', async () => {
    const admin = await seedAdministration(dataSource);
    const refused = new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'refresh token refused', platformStatus: 400 });
    const refusingResolver: ConnectorResolver = { resolve: () => Promise.reject(refused) };
    const runs = new SyncRunRecorder(dataSource);
    const refusing = new AdministrationSyncService(refusingResolver, runs, new PageCommitter(dataSource, store, cursors, new QuarantineStore(), runs), cursors, new AdministrationSyncLocks(dataSource), dataSource);

    const summary = await refusing.run(request(admin));

    expect(await runRow(summary.runId)).toMatchObject({ status: 'failed', error_class: 'auth', error_platform_status: 400, fetched: 0 });
  });

  it('quarantines records that failed mapping, counts repeats on one row, and releases them once they map', async () => {
    const admin = await seedAdministration(dataSource);
    const failing: Feeds = { debtors: [debtorFixture(admin, 'D1'), mappingFailure('D2', { ID: 'D2', Name: 42 }), mappingFailure(null)] };
    connectors.set(admin.administrationId, feedConnector(failing));

    const first = await service.run(request(admin, { resources: ['debtors'] }));
    expect(first).toMatchObject({ status: 'partial', fetched: 3, created: 1, quarantined: 2 });
    const quarantined = await dataSource.query(
      `SELECT external_id, raw_payload, error, status, occurrences, first_run_id, last_run_id FROM quarantined_records
        WHERE administration_id = $1 ORDER BY external_id NULLS LAST`,
      [admin.administrationId],
    );
    expect(quarantined).toEqual([
      {
        external_id: 'D2',
        raw_payload: { ID: 'D2', Name: 42 },
        error: { field: 'AmountDC', rawValue: 'twelve', reason: 'not a number', message: 'AmountDC: not a number (got "twelve")' },
        status: 'quarantined',
        occurrences: 1,
        first_run_id: first.runId,
        last_run_id: first.runId,
      },
      expect.objectContaining({ external_id: null, status: 'quarantined', occurrences: 1 }),
    ]);

    await cursors.saveCursor(admin, 'debtors', null);
    const second = await service.run(request(admin, { resources: ['debtors'] }));
    const [repeated] = await dataSource.query(`SELECT occurrences, first_run_id, last_run_id FROM quarantined_records WHERE administration_id = $1 AND external_id = 'D2'`, [
      admin.administrationId,
    ]);
    expect(repeated).toEqual({ occurrences: 2, first_run_id: first.runId, last_run_id: second.runId });

    await cursors.saveCursor(admin, 'debtors', null);
    connectors.set(admin.administrationId, feedConnector({ debtors: [debtorFixture(admin, 'D1'), debtorFixture(admin, 'D2')] }));
    const fixed = await service.run(request(admin, { resources: ['debtors'] }));
    expect(fixed).toMatchObject({ status: 'succeeded', created: 1, unchanged: 1, quarantined: 0, released: 1 });
    const [released] = await dataSource.query(`SELECT status, released_at FROM quarantined_records WHERE administration_id = $1 AND external_id = 'D2'`, [
      admin.administrationId,
    ]);
    expect(released).toEqual({ status: 'released', released_at: expect.any(Date) });
    expect(await store.listExternalIds(admin, 'debtors')).toEqual(['D1', 'D2']);
  });

  it('marks the records a page reports deleted as removed', async () => {
    const admin = await seedAdministration(dataSource);
    connectors.set(admin.administrationId, feedConnector({ debtors: debtors(admin, 3) }));
    await service.run(request(admin, { resources: ['debtors'] }));

    const tombstones = new FakeConnector((pull) => offsetFeed(pull, [], { pageSize: 3, removedExternalIds: ['D2', 'D404'] }));
    connectors.set(admin.administrationId, tombstones);
    const summary = await service.run(request(admin, { resources: ['debtors'] }));

    expect(summary).toMatchObject({ status: 'succeeded', removed: 1 });
    expect(await store.listExternalIds(admin, 'debtors')).toEqual(['D1', 'D3']);
  });

  describe('reconciliation', () => {
    async function seedInvoices(admin: SeededAdministration): Promise<void> {
      await store.upsertInvoices(admin, [
        invoiceFixture(admin, 'I1'),
        invoiceFixture(admin, 'I2', { status: 'partially_paid', openCents: 21_00 }),
        invoiceFixture(admin, 'I3'),
        invoiceFixture(admin, 'I4', { status: 'paid', openCents: 0 }),
        invoiceFixture(admin, 'I5'),
      ]);
      await store.markRemoved(admin, 'invoices', ['I5']);
    }

    async function invoiceStates(admin: SeededAdministration): Promise<Record<string, [string, string]>> {
      const rows: { external_id: string; status: string; open_cents: string }[] = await dataSource.query(
        `SELECT external_id, status, open_cents FROM invoices WHERE administration_id = $1`,
        [admin.administrationId],
      );
      return Object.fromEntries(rows.map((row) => [row.external_id, [row.status, row.open_cents]]));
    }

    /** Two pages of the open list: I1 on the first, I3 on the last. */
    function openList(admin: SeededAdministration, failures: ReturnType<typeof mappingFailure>[] = []): FakeConnector {
      return new FakeConnector(async function* (pull: PullRequest): AsyncGenerator<PulledPage> {
        const page = { resource: pull.resource, removedExternalIds: [], cursor: pull.cursor, apiCalls: 1 };
        yield { ...page, records: [invoiceFixture(admin, 'I1')], failures: [], done: false };
        yield { ...page, records: [invoiceFixture(admin, 'I3')], failures, done: true };
      });
    }

    it('settles, with the last page, the open invoices no page named', async () => {
      const admin = await seedAdministration(dataSource);
      await seedInvoices(admin);
      connectors.set(admin.administrationId, openList(admin));

      const summary = await service.run(request(admin, { mode: 'reconciliation', trigger: 'schedule' }));

      expect(summary).toMatchObject({ status: 'succeeded', settled: 1, fetched: 2, unchanged: 2 });
      expect(await runRow(summary.runId)).toMatchObject({ mode: 'reconciliation', cursor_after: { invoices: null } });
      expect(await invoiceStates(admin)).toEqual({
        I1: ['open', '12100'],
        I2: ['paid', '0'],
        I3: ['open', '12100'],
        I4: ['paid', '0'],
        I5: ['open', '12100'], // removed records are not settled
      });

      // Listed as open again later (e.g. a reversed payment): the next pull writes it back.
      const reopened = await store.upsertInvoices(admin, [invoiceFixture(admin, 'I2', { status: 'partially_paid', openCents: 21_00 })]);
      expect(reopened).toEqual({ created: 0, updated: 1, unchanged: 0 });
    });

    it('settles nothing when a page had a failure naming an invoice', async () => {
      const admin = await seedAdministration(dataSource);
      await seedInvoices(admin);
      connectors.set(admin.administrationId, openList(admin, [mappingFailure('I9')]));

      const summary = await service.run(request(admin, { mode: 'reconciliation' }));

      expect(summary).toMatchObject({ status: 'partial', settled: 0, quarantined: 1 });
      expect((await invoiceStates(admin)).I2).toEqual(['partially_paid', '2100']);
    });

    it('still settles when the only failures name no invoice', async () => {
      const admin = await seedAdministration(dataSource);
      await seedInvoices(admin);
      connectors.set(admin.administrationId, openList(admin, [mappingFailure(null)]));

      const summary = await service.run(request(admin, { mode: 'reconciliation' }));

      expect(summary).toMatchObject({ status: 'partial', settled: 1 });
      expect((await invoiceStates(admin)).I2).toEqual(['paid', '0']);
    });

    it('settles nothing when the pull fails before its last page', async () => {
      const admin = await seedAdministration(dataSource);
      await seedInvoices(admin);
      connectors.set(
        admin.administrationId,
        new FakeConnector(async function* (pull: PullRequest): AsyncGenerator<PulledPage> {
          yield { resource: pull.resource, records: [invoiceFixture(admin, 'I1')], failures: [], removedExternalIds: [], cursor: null, done: false, apiCalls: 1 };
          throw new ConnectorError({ platform: 'exact-online', errorClass: 'rate_limited', message: 'Too Many Requests', platformStatus: 429 });
        }),
      );

      const summary = await service.run(request(admin, { mode: 'reconciliation' }));

      expect(summary).toMatchObject({ status: 'failed', settled: 0, error: { errorClass: 'rate_limited' } });
      expect((await invoiceStates(admin)).I3).toEqual(['open', '12100']);
    });
  });

  describe('tenant scope', () => {
    it('refuses an administration of another tenant before creating a run or asking for a connector', async () => {
      const own = await seedAdministration(dataSource);
      const foreign = await seedAdministration(dataSource);
      const connector = feedConnector({ debtors: debtors(foreign, 2) });
      connectors.set(foreign.administrationId, connector);

      await expect(service.run({ ...request(foreign), tenantId: own.tenantId })).rejects.toBeInstanceOf(TenantScopeError);

      expect(connector.requests).toEqual([]);
      expect(await dataSource.query(`SELECT id FROM sync_runs WHERE administration_id = $1`, [foreign.administrationId])).toEqual([]);
      expect(await store.listExternalIds(foreign, 'debtors')).toEqual([]);
    });

    it('fails the run, storing nothing, when a connector yields records of another administration', async () => {
      const admin = await seedAdministration(dataSource);
      const other = await seedAdministration(dataSource);
      connectors.set(admin.administrationId, feedConnector({ debtors: [debtorFixture(admin, 'D1'), debtorFixture(other, 'D2')] }));

      const summary = await service.run(request(admin, { resources: ['debtors'] }));

      expect(summary).toMatchObject({ status: 'failed', error: { errorClass: 'internal', message: expect.stringContaining('RecordScopeError') } });
      expect(await store.listExternalIds(admin, 'debtors')).toEqual([]);
      expect(await store.listExternalIds(other, 'debtors')).toEqual([]);
      expect(await cursors.loadCursor(admin, 'debtors')).toBeNull();
    });

    it('runs a queued run of the administration by id, and refuses one of another administration', async () => {
      const admin = await seedAdministration(dataSource);
      const other = await seedAdministration(dataSource);
      const queue = async (target: SeededAdministration): Promise<string> =>
        (await dataSource.query(`INSERT INTO sync_runs (tenant_id, administration_id, trigger, mode) VALUES ($1, $2, 'manual', 'full') RETURNING id`, [
          target.tenantId,
          target.administrationId,
        ]))[0].id;
      const queuedId = await queue(admin);
      connectors.set(admin.administrationId, feedConnector({ debtors: debtors(admin, 1) }));

      const summary = await service.run(request(admin, { mode: 'full', runId: queuedId }));
      expect(summary).toMatchObject({ runId: queuedId, status: 'succeeded', created: 1 });

      const foreignQueued = await queue(other);
      await expect(service.run(request(admin, { mode: 'full', runId: foreignQueued }))).rejects.toThrow('is not an unfinished full run');
      expect(await runRow(foreignQueued)).toMatchObject({ status: 'queued', started_at: null });
    });
  });

  it('refuses to start while another process holds the administration’s sync lock, creating no run', async () => {
    const admin = await seedAdministration(dataSource);
    const lock = await new AdministrationSyncLocks(dataSource).tryAcquire(admin.administrationId);
    try {
      await expect(service.run(request(admin))).rejects.toBeInstanceOf(AdministrationBusyError);
    } finally {
      await lock?.release();
    }
    expect(await dataSource.query(`SELECT id FROM sync_runs WHERE administration_id = $1`, [admin.administrationId])).toEqual([]);
    // Once released, the same call runs (and records a run, however the scripted pull ends).
    const { runId } = await service.run(request(admin));
    expect(await dataSource.query(`SELECT id FROM sync_runs WHERE administration_id = $1`, [admin.administrationId])).toEqual([{ id: runId }]);
  });
});
