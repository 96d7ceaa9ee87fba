import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { debtorFixture, invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration } from '../database/testing/seed.js';
import { CanonicalStore } from './canonical-store.js';
import { StoredRecordLookup } from './stored-record-lookup.js';

let dataSource: DataSource;
let store: CanonicalStore;

beforeAll(async () => {
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 2 });
  await dataSource.initialize();
  store = new CanonicalStore(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

describe('StoredRecordLookup', () => {
  it('finds live invoices by number, only unambiguous ones, only in its own administration', async () => {
    const admin = await seedAdministration(dataSource);
    const other = await seedAdministration(dataSource);
    await store.upsert(admin, 'invoices', [
      invoiceFixture(admin, 'I1', { number: 'F-1' }),
      invoiceFixture(admin, 'I2', { number: 'F-2' }),
      invoiceFixture(admin, 'I3', { number: 'F-2' }),
      invoiceFixture(admin, 'C1', { number: 'F-3', kind: 'credit_note', totalCents: -100, openCents: -100 }),
      invoiceFixture(admin, 'I4', { number: 'F-4' }),
    ]);
    await store.markRemoved(admin, 'invoices', ['I4']);
    await store.upsert(other, 'invoices', [invoiceFixture(other, 'X1', { number: 'F-5' })]);

    const found = await new StoredRecordLookup(dataSource, admin).invoiceIdsByNumber(['F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6']);

    expect(found).toEqual(new Map([['F-1', 'I1']]));
    expect(await new StoredRecordLookup(dataSource, admin).invoiceIdsByNumber([])).toEqual(new Map());
  });

  it('gives the content fingerprints of live records by external id', async () => {
    const admin = await seedAdministration(dataSource);
    await store.upsert(admin, 'debtors', [debtorFixture(admin, 'D1'), debtorFixture(admin, 'D2')]);
    await store.markRemoved(admin, 'debtors', ['D2']);

    const fingerprints = await new StoredRecordLookup(dataSource, admin).fingerprints('debtors', ['D1', 'D2', 'D3']);

    expect([...fingerprints.keys()]).toEqual(['D1']);
    expect(fingerprints.get('D1')).toMatch(/^[0-9a-f]{64}$/);
  });
});
