import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { invoiceFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { CanonicalStore } from '../store/index.js';
import { pairSettledCreditNotes } from './settled-credit-pairing.js';

let dataSource: DataSource;
let store: CanonicalStore;

beforeAll(async () => {
  Logger.overrideLogger(false);
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 2 });
  await dataSource.initialize();
  store = new CanonicalStore(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

const settled = { openCents: 0, status: 'paid' as const };
const credit = { ...settled, kind: 'credit_note' as const, totalCents: -121_00 };

async function statuses(admin: SeededAdministration): Promise<Record<string, string>> {
  const rows: { external_id: string; status: string }[] = await dataSource.query(`SELECT external_id, status FROM invoices WHERE administration_id = $1`, [admin.administrationId]);
  return Object.fromEntries(rows.map((row) => [row.external_id, row.status]));
}

async function pair(admin: SeededAdministration): Promise<number> {
  return dataSource.transaction((manager) => pairSettledCreditNotes(manager, admin));
}

describe('pairSettledCreditNotes', () => {
  it('pairs a settled invoice with the settled credit note that cancels it, whichever pages they came in', async () => {
    const admin = await seedAdministration(dataSource);
    await store.upsert(admin, 'invoices', [invoiceFixture(admin, 'I1', settled)]);
    await store.upsert(admin, 'invoices', [invoiceFixture(admin, 'C1', credit), invoiceFixture(admin, 'I2'), invoiceFixture(admin, 'I3', { ...settled, totalCents: 50_00 })]);

    expect(await pair(admin)).toBe(2);
    expect(await statuses(admin)).toEqual({ I1: 'credited', C1: 'credited', I2: 'open', I3: 'paid' });
    // Idempotent, and a re-sent unchanged `paid` entry does not undo it.
    expect(await pair(admin)).toBe(0);
    expect((await store.upsert(admin, 'invoices', [invoiceFixture(admin, 'C1', credit)])).unchanged).toBe(1);
    expect(await statuses(admin)).toMatchObject({ I1: 'credited', C1: 'credited' });
  });

  it('pairs a reversal as cancelled, and leaves ambiguous or mismatched candidates paid', async () => {
    const admin = await seedAdministration(dataSource);
    await store.upsert(admin, 'invoices', [
      invoiceFixture(admin, 'I1', settled),
      invoiceFixture(admin, 'R1', { ...credit, status: 'cancelled' }),
      // Two equal invoices of another debtor for one credit note: a guess, so nothing pairs.
      invoiceFixture(admin, 'I2', { ...settled, debtorExternalId: 'D2' }),
      invoiceFixture(admin, 'I3', { ...settled, debtorExternalId: 'D2' }),
      invoiceFixture(admin, 'C2', { ...credit, debtorExternalId: 'D2' }),
      // Another currency does not cancel.
      invoiceFixture(admin, 'I4', { ...settled, debtorExternalId: 'D3' }),
      invoiceFixture(admin, 'C4', { ...credit, debtorExternalId: 'D3', currency: 'USD' }),
    ]);

    await pair(admin);

    expect(await statuses(admin)).toEqual({ I1: 'cancelled', R1: 'cancelled', I2: 'paid', I3: 'paid', C2: 'paid', I4: 'paid', C4: 'paid' });
  });

  it('undoes a pairing that no longer holds, and never touches another administration', async () => {
    const admin = await seedAdministration(dataSource);
    const other = await seedAdministration(dataSource);
    await store.upsert(admin, 'invoices', [invoiceFixture(admin, 'I1', settled), invoiceFixture(admin, 'C1', credit)]);
    await store.upsert(other, 'invoices', [invoiceFixture(other, 'I1', settled), invoiceFixture(other, 'C1', credit)]);
    await pair(admin);

    // A second equal settled invoice turns up: which one was credited is now a guess.
    await store.upsert(admin, 'invoices', [invoiceFixture(admin, 'I2', settled)]);
    await pair(admin);

    expect(await statuses(admin)).toEqual({ I1: 'paid', C1: 'paid', I2: 'paid' });
    expect(await statuses(other)).toEqual({ I1: 'paid', C1: 'paid' });
  });
});
