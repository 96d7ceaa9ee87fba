import { type DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { DebtorEntity, InvoiceEntity, PaymentAllocationEntity } from '../database/entities/index.js';
import { debtorFixture, invoiceFixture, paymentFixture } from '../database/testing/canonical-fixtures.js';
import { seedAdministration, type SeededAdministration } from '../database/testing/seed.js';
import { CanonicalStore } from './canonical-store.js';
import { RecordScopeError, TenantScopeError, type StoreScope } from './store-scope.js';

let dataSource: DataSource;
let store: CanonicalStore;

beforeAll(async () => {
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 4 });
  await dataSource.initialize();
  store = new CanonicalStore(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
});

function scopeOf(seeded: SeededAdministration): StoreScope {
  return { tenantId: seeded.tenantId, administrationId: seeded.administrationId };
}

async function invoiceRow(seeded: SeededAdministration, externalId: string): Promise<InvoiceEntity> {
  return dataSource.getRepository(InvoiceEntity).findOneByOrFail({ administrationId: seeded.administrationId, externalId });
}

describe('CanonicalStore invoices', () => {
  it('counts created, then unchanged, then updated for a changed field', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = scopeOf(admin);
    const invoices = ['I1', 'I2', 'I3'].map((id) => invoiceFixture(admin, id));

    expect(await store.upsertInvoices(scope, invoices)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await store.upsertInvoices(scope, invoices)).toEqual({ created: 0, updated: 0, unchanged: 3 });

    const paid = { ...invoices[1], openCents: 0, status: 'paid' as const };
    expect(await store.upsertInvoices(scope, [invoices[0], paid, invoices[2]])).toEqual({ created: 0, updated: 1, unchanged: 2 });

    const stored = await invoiceRow(admin, 'I2');
    expect(stored).toMatchObject({ tenantId: admin.tenantId, status: 'paid', openCents: 0, totalCents: 12100, issueDate: '2026-01-10', currency: 'EUR' });
  });

  it('leaves unchanged rows untouched (no write, updated_at kept)', async () => {
    const admin = await seedAdministration(dataSource);
    await store.upsertInvoices(scopeOf(admin), [invoiceFixture(admin, 'I1')]);
    const before = await invoiceRow(admin, 'I1');
    await store.upsertInvoices(scopeOf(admin), [invoiceFixture(admin, 'I1')]);
    const after = await invoiceRow(admin, 'I1');
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    const [{ xmin: xminBefore }] = await dataSource.query(`SELECT xmin::text FROM invoices WHERE id = $1`, [before.id]);
    await store.upsertInvoices(scopeOf(admin), [invoiceFixture(admin, 'I1')]);
    const [{ xmin: xminAfter }] = await dataSource.query(`SELECT xmin::text FROM invoices WHERE id = $1`, [before.id]);
    expect(xminAfter).toBe(xminBefore);
  });

  it('treats the same content in another property order as unchanged', async () => {
    const admin = await seedAdministration(dataSource);
    const invoice = invoiceFixture(admin, 'I1');
    await store.upsertInvoices(scopeOf(admin), [invoice]);
    const reordered = Object.fromEntries(Object.entries(invoice).reverse()) as typeof invoice;
    expect(await store.upsertInvoices(scopeOf(admin), [reordered])).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('keeps the last of duplicate external ids in one batch and counts the others as unchanged', async () => {
    const admin = await seedAdministration(dataSource);
    const batch = [
      invoiceFixture(admin, 'I1', { openCents: 5000 }),
      invoiceFixture(admin, 'I2'),
      invoiceFixture(admin, 'I1', { openCents: 2500, status: 'partially_paid' }),
    ];
    expect(await store.upsertInvoices(scopeOf(admin), batch)).toEqual({ created: 2, updated: 0, unchanged: 1 });
    expect(await invoiceRow(admin, 'I1')).toMatchObject({ openCents: 2500, status: 'partially_paid' });
  });

  it('marks removed records, lists only live ones, and revives a record that comes back', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = scopeOf(admin);
    const invoices = ['I1', 'I2', 'I3'].map((id) => invoiceFixture(admin, id));
    await store.upsertInvoices(scope, invoices);

    expect(await store.markRemoved(scope, 'invoices', ['I2', 'I3', 'missing'])).toBe(2);
    expect(await store.markRemoved(scope, 'invoices', ['I2'])).toBe(0);
    expect(await store.listExternalIds(scope, 'invoices')).toEqual(['I1']);
    expect(await store.listExternalIds(scope, 'invoices', { includeRemoved: true })).toEqual(['I1', 'I2', 'I3']);
    expect((await invoiceRow(admin, 'I2')).removedAt).toBeInstanceOf(Date);

    // Same content as before removal: still written, to clear removed_at.
    expect(await store.upsertInvoices(scope, [invoices[1]])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await invoiceRow(admin, 'I2')).removedAt).toBeNull();
    expect(await store.listExternalIds(scope, 'invoices')).toEqual(['I1', 'I2']);
  });

  it('filters external ids by invoice status', async () => {
    const admin = await seedAdministration(dataSource);
    await store.upsertInvoices(scopeOf(admin), [
      invoiceFixture(admin, 'I1'),
      invoiceFixture(admin, 'I2', { status: 'paid', openCents: 0 }),
      invoiceFixture(admin, 'I3', { status: 'partially_paid', openCents: 100 }),
    ]);
    expect(await store.listExternalIds(scopeOf(admin), 'invoices', { statuses: ['open', 'partially_paid'] })).toEqual(['I1', 'I3']);
  });

  it('stores a page and the caller\'s other writes in one transaction', async () => {
    const admin = await seedAdministration(dataSource);
    await expect(
      dataSource.transaction(async (manager) => {
        await store.upsertInvoices(scopeOf(admin), [invoiceFixture(admin, 'I1')], manager);
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash before commit');
    expect(await store.listExternalIds(scopeOf(admin), 'invoices')).toEqual([]);
  });

  it('refuses records of another administration and amounts that are not safe integers', async () => {
    const admin = await seedAdministration(dataSource);
    const other = await seedAdministration(dataSource, { tenantId: admin.tenantId });
    await expect(store.upsertInvoices(scopeOf(admin), [invoiceFixture(other, 'I1')])).rejects.toThrow(RecordScopeError);
    await expect(store.upsertInvoices(scopeOf(admin), [invoiceFixture({ ...admin, platform: 'snelstart' }, 'I1')])).rejects.toThrow(
      RecordScopeError,
    );
    await expect(store.upsertInvoices(scopeOf(admin), [invoiceFixture(admin, 'I1', { totalCents: 12.5 })])).rejects.toThrow(/safe integer/);
    expect(await store.listExternalIds(scopeOf(admin), 'invoices')).toEqual([]);
  });
});

describe('CanonicalStore.upsert (resource chosen at run time)', () => {
  it('dispatches to the table of the resource and refuses unknown resources', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = scopeOf(admin);
    expect(await store.upsert(scope, 'debtors', [debtorFixture(admin, 'X1')])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await store.upsert(scope, 'payments', [paymentFixture(admin, 'X1')])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await store.listExternalIds(scope, 'debtors')).toEqual(['X1']);
    expect(await store.listExternalIds(scope, 'invoices')).toEqual([]);
    expect(await store.listExternalIds(scope, 'payments')).toEqual(['X1']);
    await expect(store.upsert(scope, 'creditors' as 'debtors', [])).rejects.toThrow(RangeError);
    await expect(store.listExternalIds(scope, 'creditors' as 'debtors')).rejects.toThrow(RangeError);
    await expect(store.markRemoved(scope, 'creditors' as 'debtors', ['X1'])).rejects.toThrow(RangeError);
  });
});

describe('CanonicalStore debtors', () => {
  it('stores every canonical field and detects a changed e-mail list', async () => {
    const admin = await seedAdministration(dataSource, { platform: 'snelstart' });
    const debtor = debtorFixture(admin, 'D1', { emails: ['a@example.nl', 'b@example.nl'] });
    expect(await store.upsertDebtors(scopeOf(admin), [debtor, debtorFixture(admin, 'D2', { address: null, emails: [] })])).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const stored = await dataSource.getRepository(DebtorEntity).findOneByOrFail({ administrationId: admin.administrationId, externalId: 'D1' });
    expect(stored).toMatchObject({
      code: 'DD1',
      kind: 'business',
      emails: ['a@example.nl', 'b@example.nl'],
      address: debtor.address,
      chamberOfCommerce: '12345678',
      iban: 'NL91ABNA0417164300',
      language: 'nl',
      paymentTermDays: 30,
      active: true,
      platformModifiedAt: new Date('2026-01-15T09:30:00.000Z'),
    });
    const empty = await dataSource.getRepository(DebtorEntity).findOneByOrFail({ administrationId: admin.administrationId, externalId: 'D2' });
    expect(empty).toMatchObject({ emails: [], address: null });

    // Primary e-mail swapped: the order is meaningful, so this is a change.
    const swapped = { ...debtor, emails: ['b@example.nl', 'a@example.nl'] };
    expect(await store.upsertDebtors(scopeOf(admin), [swapped])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await store.listExternalIds(scopeOf(admin), 'debtors', { active: true })).toEqual(['D1', 'D2']);
  });
  it('stores text with quotes, backslashes, braces, commas and newlines exactly', async () => {
    const admin = await seedAdministration(dataSource);
    const awkward = ['Bakkerij "De Korenaar" {Oost}, v.o.f.', 'C:\\pad\\naar', 'NULL', '', 'regel 1\nregel 2\t\u00e9\u{1F600}'];
    const debtor = debtorFixture(admin, 'D "1" \\ {x}', {
      name: awkward[0],
      code: awkward[2],
      phone: awkward[3],
      vatNumber: awkward[1],
      emails: ['a"b@example.nl', 'back\\slash@example.nl', awkward[4]],
      address: { line1: awkward[0], line2: awkward[1], postalCode: null, city: awkward[4], countryCode: 'NL' },
    });
    await store.upsertDebtors(scopeOf(admin), [debtor]);
    const stored = await dataSource.getRepository(DebtorEntity).findOneByOrFail({ administrationId: admin.administrationId, externalId: 'D "1" \\ {x}' });
    expect(stored).toMatchObject({ name: awkward[0], code: 'NULL', phone: '', vatNumber: awkward[1], emails: debtor.emails, address: debtor.address });
    expect(await store.upsertDebtors(scopeOf(admin), [debtor])).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('CanonicalStore payments', () => {
  async function allocationsOf(admin: SeededAdministration, externalId: string): Promise<{ invoiceExternalId: string; amountCents: number }[]> {
    const [payment]: { id: string }[] = await dataSource.query(`SELECT id FROM payments WHERE administration_id = $1 AND external_id = $2`, [
      admin.administrationId,
      externalId,
    ]);
    const rows = await dataSource.getRepository(PaymentAllocationEntity).find({ where: { paymentId: payment.id }, order: { invoiceExternalId: 'ASC' } });
    return rows.map(({ invoiceExternalId, amountCents }) => ({ invoiceExternalId, amountCents }));
  }

  it('writes allocations with new payments and replaces them when the payment changes', async () => {
    const admin = await seedAdministration(dataSource);
    const scope = scopeOf(admin);
    const payment = paymentFixture(admin, 'P1', {
      amountCents: 150_00,
      allocations: [
        { invoiceExternalId: 'I2', amountCents: 50_00 },
        { invoiceExternalId: 'I1', amountCents: 100_00 },
      ],
    });
    expect(await store.upsertPayments(scope, [payment, paymentFixture(admin, 'P2', { allocations: [] })])).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await allocationsOf(admin, 'P1')).toEqual([
      { invoiceExternalId: 'I1', amountCents: 100_00 },
      { invoiceExternalId: 'I2', amountCents: 50_00 },
    ]);

    // Same allocations listed in another order: unchanged.
    const reordered = { ...payment, allocations: [...payment.allocations].reverse() };
    expect(await store.upsertPayments(scope, [reordered])).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const reallocated = { ...payment, allocations: [{ invoiceExternalId: 'I3', amountCents: 150_00 }] };
    expect(await store.upsertPayments(scope, [reallocated])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await allocationsOf(admin, 'P1')).toEqual([{ invoiceExternalId: 'I3', amountCents: 150_00 }]);
    expect(await allocationsOf(admin, 'P2')).toEqual([]);
  });

  it('merges allocation lines for the same invoice', async () => {
    const admin = await seedAdministration(dataSource);
    const payment = paymentFixture(admin, 'P1', {
      allocations: [
        { invoiceExternalId: 'I1', amountCents: 60_00 },
        { invoiceExternalId: 'I1', amountCents: 40_00 },
      ],
    });
    await store.upsertPayments(scopeOf(admin), [payment]);
    expect(await allocationsOf(admin, 'P1')).toEqual([{ invoiceExternalId: 'I1', amountCents: 100_00 }]);
  });

  it('rolls back the payment when its allocations cannot be written', async () => {
    const admin = await seedAdministration(dataSource);
    // Violates payment_allocations.invoice_external_id NOT NULL, after the payment row was written.
    const broken = paymentFixture(admin, 'P1', { allocations: [{ invoiceExternalId: null as unknown as string, amountCents: 1 }] });
    await expect(store.upsertPayments(scopeOf(admin), [broken])).rejects.toThrow(/invoice_external_id/);
    expect(await store.listExternalIds(scopeOf(admin), 'payments', { includeRemoved: true })).toEqual([]);
  });

  it('refuses allocation sums that are not safe integers before writing anything', async () => {
    const admin = await seedAdministration(dataSource);
    const tooBig = paymentFixture(admin, 'P1', {
      allocations: [
        { invoiceExternalId: 'I1', amountCents: Number.MAX_SAFE_INTEGER },
        { invoiceExternalId: 'I1', amountCents: 1 },
      ],
    });
    await expect(store.upsertPayments(scopeOf(admin), [tooBig])).rejects.toThrow(/safe integer/);
    expect(await store.listExternalIds(scopeOf(admin), 'payments')).toEqual([]);
  });
});

describe('CanonicalStore tenant isolation', () => {
  it('refuses every write to an administration of another tenant and leaves its rows alone', async () => {
    const tenantA = await seedAdministration(dataSource);
    const tenantB = await seedAdministration(dataSource);
    await store.upsertInvoices(scopeOf(tenantB), [invoiceFixture(tenantB, 'I1')]);

    // Tenant A's id with tenant B's administration (records that claim B's administration).
    const forged: StoreScope = { tenantId: tenantA.tenantId, administrationId: tenantB.administrationId };
    const changed = invoiceFixture(tenantB, 'I1', { openCents: 0, status: 'paid' });
    await expect(store.upsertInvoices(forged, [changed])).rejects.toThrow(TenantScopeError);
    await expect(store.upsertDebtors(forged, [debtorFixture(tenantB, 'D1')])).rejects.toThrow(TenantScopeError);
    await expect(store.upsertPayments(forged, [paymentFixture(tenantB, 'P1')])).rejects.toThrow(TenantScopeError);
    await expect(store.markRemoved(forged, 'invoices', ['I1'])).rejects.toThrow(TenantScopeError);

    expect(await invoiceRow(tenantB, 'I1')).toMatchObject({ status: 'open', removedAt: null });
    expect(await store.listExternalIds(forged, 'invoices', { includeRemoved: true })).toEqual([]);
    expect(await store.listExternalIds(scopeOf(tenantB), 'invoices')).toEqual(['I1']);
  });

  it('refuses a scope that is not a valid id and an administration that does not exist', async () => {
    const admin = await seedAdministration(dataSource);
    await expect(store.upsertInvoices({ tenantId: admin.tenantId, administrationId: 'nope' }, [])).rejects.toThrow(TenantScopeError);
    await expect(
      store.upsertInvoices({ tenantId: admin.tenantId, administrationId: '00000000-0000-4000-8000-000000000000' }, []),
    ).rejects.toThrow(TenantScopeError);
  });

  it('keeps equal external ids of different administrations apart', async () => {
    const first = await seedAdministration(dataSource);
    const second = await seedAdministration(dataSource, { tenantId: first.tenantId });
    await store.upsertInvoices(scopeOf(first), [invoiceFixture(first, 'I1')]);
    expect(await store.upsertInvoices(scopeOf(second), [invoiceFixture(second, 'I1', { openCents: 1 })])).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await invoiceRow(first, 'I1')).openCents).toBe(12100);
  });
});
