import { type DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration } from '../database/testing/seed.js';
import { CanonicalStore } from './canonical-store.js';
import { TenantScopeError } from './store-scope.js';
import { SyncCursorStore } from './sync-cursor-store.js';

let dataSource: DataSource;
let cursors: SyncCursorStore;

beforeAll(async () => {
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 4 });
  await dataSource.initialize();
  cursors = new SyncCursorStore(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

describe('SyncCursorStore', () => {
  it('returns null before the first save, then the latest cursor per resource', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = { tenantId: admin.tenantId, administrationId: admin.administrationId };
    expect(await cursors.loadCursor(scope, 'invoices')).toBeNull();

    await cursors.saveCursor(scope, 'invoices', { timestamp: 100, page: 'abc' });
    await cursors.saveCursor(scope, 'invoices', { timestamp: 250 });
    await cursors.saveCursor(scope, 'debtors', { modifiedSince: '2026-01-01T00:00:00Z' });

    const invoices = await cursors.loadCursor(scope, 'invoices');
    expect(invoices?.cursor).toEqual({ timestamp: 250 });
    expect(invoices?.lastSuccessAt).toBeInstanceOf(Date);
    expect((await cursors.loadCursor(scope, 'debtors'))?.cursor).toEqual({ modifiedSince: '2026-01-01T00:00:00Z' });
  });

  it('commits a page and its cursor together, or neither', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = { tenantId: admin.tenantId, administrationId: admin.administrationId };
    const store = new CanonicalStore(dataSource);
    await cursors.saveCursor(scope, 'invoices', { page: 1 });

    await expect(
      dataSource.transaction(async (manager) => {
        await store.upsertInvoices(scope, [invoiceFixture(admin, 'I1')], manager);
        await cursors.saveCursor(scope, 'invoices', { page: 2 }, manager);
        throw new Error('worker crashed');
      }),
    ).rejects.toThrow('worker crashed');
    expect((await cursors.loadCursor(scope, 'invoices'))?.cursor).toEqual({ page: 1 });
    expect(await store.listExternalIds(scope, 'invoices')).toEqual([]);

    await dataSource.transaction(async (manager) => {
      await store.upsertInvoices(scope, [invoiceFixture(admin, 'I1')], manager);
      await cursors.saveCursor(scope, 'invoices', { page: 2 }, manager);
    });
    expect((await cursors.loadCursor(scope, 'invoices'))?.cursor).toEqual({ page: 2 });
    expect(await store.listExternalIds(scope, 'invoices')).toEqual(['I1']);
  });

  it('neither reads nor writes another tenant\'s cursors', async () => {
    const tenantA = await seedAdministration(dataSource);
    const tenantB = await seedAdministration(dataSource);
    const scopeB = { tenantId: tenantB.tenantId, administrationId: tenantB.administrationId };
    await cursors.saveCursor(scopeB, 'invoices', { page: 7 });

    const forged = { tenantId: tenantA.tenantId, administrationId: tenantB.administrationId };
    await expect(cursors.saveCursor(forged, 'invoices', { page: 0 })).rejects.toThrow(TenantScopeError);
    await expect(cursors.saveCursor(forged, 'payments', { page: 0 })).rejects.toThrow(TenantScopeError);
    expect(await cursors.loadCursor(forged, 'invoices')).toBeNull();
    expect((await cursors.loadCursor(scopeB, 'invoices'))?.cursor).toEqual({ page: 7 });
    expect(await cursors.loadCursor(scopeB, 'payments')).toBeNull();
  });
});
