import { type CanonicalRecord } from '@hub/mapping';
import { debtorFixture, invoiceFixture, paymentFixture } from '../database/testing/canonical-fixtures.js';
import { DEBTOR_TABLE, INVOICE_TABLE, PAYMENT_TABLE } from './canonical-tables.js';
import { normaliseAllocations } from './payment-allocations.js';
import { encodeRecord, type TableSpec } from './table-spec.js';

const scope = { administrationId: '00000000-0000-4000-8000-000000000001', platform: 'snelstart' as const };

/** A different value of the same shape. */
function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, value[0]];
  if (value !== null && typeof value === 'object') {
    const [key] = Object.keys(value);
    return { ...value, [key]: changed((value as Record<string, unknown>)[key]) };
  }
  throw new Error('fixtures must give every field a non-null value');
}

function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)])) as T;
}

const cases: [string, TableSpec<CanonicalRecord>, CanonicalRecord, (record: CanonicalRecord) => CanonicalRecord][] = [
  ['debtors', DEBTOR_TABLE as TableSpec<CanonicalRecord>, debtorFixture(scope, 'D1'), (record) => record],
  ['invoices', INVOICE_TABLE as TableSpec<CanonicalRecord>, invoiceFixture(scope, 'I1'), (record) => record],
  [
    'payments',
    PAYMENT_TABLE as TableSpec<CanonicalRecord>,
    paymentFixture(scope, 'P1', { allocations: [{ invoiceExternalId: 'I1', amountCents: 60_00 }, { invoiceExternalId: 'I2', amountCents: 40_00 }] }),
    (record) => normaliseAllocations(record as Parameters<typeof normaliseAllocations>[0]),
  ],
];

describe.each(cases)('%s content hash', (_resource, spec, record, normalise) => {
  const hashOf = (candidate: CanonicalRecord) => encodeRecord(spec, normalise(candidate)).hash;
  const fields = Object.keys(record).filter((key) => key !== 'source');

  it.each(fields)('changes when %s changes', (field) => {
    const variant = { ...record, [field]: changed((record as unknown as Record<string, unknown>)[field]) } as CanonicalRecord;
    expect(hashOf(variant).equals(hashOf(record))).toBe(false);
  });

  it('does not depend on the order of keys, at any depth', () => {
    expect(hashOf(reversedKeys(record)).equals(hashOf(record))).toBe(true);
  });

  it('ignores the source', () => {
    const moved = { ...record, source: { ...record.source, externalId: 'other' } };
    expect(hashOf(moved).equals(hashOf(record))).toBe(true);
  });
});
