import { type SourceContext } from './context.js';
import { deletedToRemoval, deletedToRemovals } from './deleted-to-removals.js';

const context: SourceContext = { administrationId: 'adm-1' };
const KEY = '0ebc3ef9-752d-4a3e-b54e-10dea7ba54e6';

/** A sync/Deleted row with the reference's fields (§4.9); hand-made, none was recorded. */
function deletedRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __metadata: { uri: 'https://start.exactonline.nl/api/v1/124132/sync/Deleted(5001L)', type: 'Exact.Web.Api.Models.Sync.Deleted' },
    Timestamp: '5001',
    DeletedBy: 'cc20a11b-c137-48cc-8e55-09d4adbd4ac9',
    DeletedDate: '/Date(1782402960000)/',
    Division: 124132,
    EntityKey: KEY,
    EntityType: 2,
    ID: '9b7e0c55-29a4-4f8e-8d57-3c1e3a0f2b11',
    ...overrides,
  };
}

describe('deletedToRemoval', () => {
  it('turns a deleted account into a removed debtor', () => {
    const result = deletedToRemoval(deletedRow({ EntityKey: KEY.toUpperCase() }), context);
    expect(result).toEqual({
      ok: true,
      // DeletedDate is Amsterdam wall-clock time like every Exact moment.
      record: { resource: 'debtors', externalId: KEY, timestamp: '5001', deletedAt: '2026-06-25T13:56:00.000Z' },
    });
  });

  it('turns a deleted payment term into a removed term of an invoice, not a removed invoice', () => {
    const result = deletedToRemoval(deletedRow({ EntityType: 10, DeletedDate: null }), context);
    expect(result).toEqual({ ok: true, record: { resource: 'invoices', paymentTermId: KEY, timestamp: '5001', deletedAt: null } });
  });

  it.each([1, 3, 6, 13, '13'])('ignores entity type %p', (entityType) => {
    expect(deletedToRemoval(deletedRow({ EntityType: entityType }), context)).toEqual({ ok: true, record: null });
  });

  it.each([
    ['a missing Timestamp', { Timestamp: undefined }, 'Timestamp', undefined],
    ['a missing EntityType', { EntityType: null }, 'EntityType', null],
    ['an EntityType in words', { EntityType: 'Accounts' }, 'EntityType', 'Accounts'],
    ['an EntityKey that is not a guid', { EntityKey: '0000002' }, 'EntityKey', '0000002'],
    ['/Date(garbage)/ as DeletedDate', { DeletedDate: '/Date(garbage)/' }, 'DeletedDate', '/Date(garbage)/'],
  ])('fails on %s', (_case, overrides, field, raw) => {
    const result = deletedToRemoval(deletedRow(overrides), context);
    expect(result.ok ? null : [result.error.field, result.error.rawValue]).toEqual([field, raw]);
  });
});

describe('deletedToRemovals', () => {
  it('collects removals, counts ignored rows, quarantines bad ones, and moves the cursor past all', () => {
    const bad = deletedRow({ Timestamp: '5004', EntityKey: null });
    const page = deletedToRemovals(
      [deletedRow(), deletedRow({ Timestamp: '5002', EntityType: 13 }), deletedRow({ Timestamp: '5003', EntityType: 10 }), bad],
      context,
    );
    expect(page.removals.map((removal) => removal.resource)).toEqual(['debtors', 'invoices']);
    expect(page.ignored).toBe(1);
    expect(page.failures.map(({ raw, error }) => [raw, error.field])).toEqual([[bad, 'EntityKey']]);
    expect(page.cursor).toBe('5004');
  });
});
