import { type DataSource, type EntityManager } from 'typeorm';
import {
  type CanonicalByResource,
  type CanonicalDebtor,
  type CanonicalInvoice,
  type CanonicalPayment,
  type CanonicalRecord,
  type Resource,
} from '@hub/mapping';
import { toSafeInteger } from '../database/safe-integer.js';
import { DEBTOR_TABLE, INVOICE_TABLE, PAYMENT_TABLE } from './canonical-tables.js';
import { normaliseAllocations, replaceAllocations, type WrittenPayment } from './payment-allocations.js';
import { prepareRecords } from './prepare-records.js';
import { filterSql, tableFor, type ExternalIdFilters } from './resource-tables.js';
import { inTransaction, withSqlRunner, type SqlRunner } from './sql-runner.js';
import { assertAdministrationInScope, isUuid, type StoreScope } from './store-scope.js';
import { type EncodedRecord, type TableSpec } from './table-spec.js';
import { buildUpsertStatement, countingUpsertSql, type UpsertStatement } from './upsert-statement.js';

/**
 * What an upsert did. `created + updated + unchanged` always equals the number of records passed
 * in, so sync-run counts add up to `fetched`: a record superseded by a later one with the same
 * external id in the same batch (last one wins) counts as unchanged, since it caused no write.
 */
export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

interface CountedUpsert<R> {
  spec: TableSpec<R>;
  /** Returns `created` and `updated` counts instead of a row per record. */
  statement: UpsertStatement;
}

function counted<R>(spec: TableSpec<R>): CountedUpsert<R> {
  const statement = buildUpsertStatement(spec, '(xmax = 0) AS inserted');
  return { spec, statement: { ...statement, sql: countingUpsertSql(statement.sql) } };
}

const DEBTOR_UPSERT = counted(DEBTOR_TABLE);
const INVOICE_UPSERT = counted(INVOICE_TABLE);
const PAYMENT_UPSERT = buildUpsertStatement(PAYMENT_TABLE, 'id, external_id, (xmax = 0) AS inserted');

/**
 * Writes canonical records for one `{ tenantId, administrationId }` scope: one statement per
 * table per batch, guarded by a content hash so unchanged records cost no write. Every method
 * takes an optional EntityManager so the sync engine can store a page and advance its cursor
 * (SyncCursorStore) in one transaction. Writes check first that the administration belongs to
 * the tenant (TenantScopeError otherwise); reads filter by tenant.
 */
export class CanonicalStore {
  constructor(private readonly dataSource: DataSource) {}

  upsertDebtors(scope: StoreScope, records: readonly CanonicalDebtor[], manager?: EntityManager): Promise<UpsertCounts> {
    return this.upsertCounted(scope, records, DEBTOR_UPSERT, manager);
  }

  upsertInvoices(scope: StoreScope, records: readonly CanonicalInvoice[], manager?: EntityManager): Promise<UpsertCounts> {
    return this.upsertCounted(scope, records, INVOICE_UPSERT, manager);
  }

  /** Payments and, for those created or changed, their allocations, in one transaction. */
  upsertPayments(scope: StoreScope, records: readonly CanonicalPayment[], manager?: EntityManager): Promise<UpsertCounts> {
    return inTransaction(this.dataSource, manager, async (sql) => {
      const platform = await assertAdministrationInScope(sql, scope);
      const batch = prepareRecords(scope, platform, PAYMENT_TABLE, records, normaliseAllocations);
      if (batch.rows.length === 0) return { created: 0, updated: 0, unchanged: records.length };
      const { rows } = await sql.query(PAYMENT_UPSERT.sql, upsertParams(scope, PAYMENT_UPSERT, batch.rows));
      const written = rows.map(toWrittenPayment);
      const byExternalId = new Map(batch.rows.map((row) => [row.record.source.externalId, row.record]));
      await replaceAllocations(sql, scope, written, byExternalId);
      const created = written.filter((payment) => payment.inserted).length;
      return countsFor(records.length, created, written.length - created);
    });
  }

  /** The upsert for a resource chosen at run time (the sync engine iterates resources). */
  async upsert<R extends Resource>(
    scope: StoreScope,
    resource: R,
    records: readonly CanonicalByResource[R][],
    manager?: EntityManager,
  ): Promise<UpsertCounts> {
    // TypeScript cannot narrow `records` through the generic `resource`; the switch is the proof.
    const all: readonly CanonicalRecord[] = records;
    switch (resource as Resource) {
      case 'debtors':
        return this.upsertDebtors(scope, all as readonly CanonicalDebtor[], manager);
      case 'invoices':
        return this.upsertInvoices(scope, all as readonly CanonicalInvoice[], manager);
      case 'payments':
        return this.upsertPayments(scope, all as readonly CanonicalPayment[], manager);
      default:
        throw new RangeError(`unknown resource "${String(resource)}"`);
    }
  }

  /**
   * Marks records the platform no longer has (snapshot-diff syncs) as removed; they stay in the
   * table (a removed payment keeps its allocations). Returns how many were newly marked. An
   * upsert of the same external id revives them.
   */
  async markRemoved(scope: StoreScope, resource: Resource, externalIds: readonly string[], manager?: EntityManager): Promise<number> {
    const table = tableFor(resource);
    return withSqlRunner(this.dataSource, manager, async (sql) => {
      await assertAdministrationInScope(sql, scope);
      if (externalIds.length === 0) return 0;
      const { rowCount } = await sql.query(
        `UPDATE ${table} SET removed_at = now(), updated_at = now()
          WHERE tenant_id = $1 AND administration_id = $2 AND external_id = ANY($3::text[]) AND removed_at IS NULL`,
        [scope.tenantId, scope.administrationId, [...externalIds]],
      );
      return rowCount;
    });
  }

  /**
   * External ids stored for the scope, sorted; by default only records not marked removed.
   * A scope that is not the tenant's yields an empty list.
   */
  async listExternalIds<R extends Resource>(
    scope: StoreScope,
    resource: R,
    filter: ExternalIdFilters[R] = {},
    manager?: EntityManager,
  ): Promise<string[]> {
    const table = tableFor(resource);
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId)) return [];
    const { conditions, params } = filterSql(resource, filter, 3);
    const where = ['tenant_id = $1', 'administration_id = $2', ...conditions].join(' AND ');
    return withSqlRunner(this.dataSource, manager, async (sql) => {
      const { rows } = await sql.query(`SELECT external_id FROM ${table} WHERE ${where} ORDER BY external_id`, [
        scope.tenantId,
        scope.administrationId,
        ...params,
      ]);
      return rows.map((row) => String(row.external_id));
    });
  }

  private upsertCounted<R extends CanonicalRecord>(
    scope: StoreScope,
    records: readonly R[],
    upsert: CountedUpsert<R>,
    manager: EntityManager | undefined,
  ): Promise<UpsertCounts> {
    return withSqlRunner(this.dataSource, manager, async (sql: SqlRunner) => {
      const platform = await assertAdministrationInScope(sql, scope);
      const batch = prepareRecords(scope, platform, upsert.spec, records);
      if (batch.rows.length === 0) return { created: 0, updated: 0, unchanged: records.length };
      const { rows } = await sql.query(upsert.statement.sql, upsertParams(scope, upsert.statement, batch.rows));
      return countsFor(records.length, toSafeInteger(rows[0].created, 'created'), toSafeInteger(rows[0].updated, 'updated'));
    });
  }
}

function upsertParams(scope: StoreScope, statement: UpsertStatement, rows: readonly EncodedRecord[]): string[] {
  return [scope.tenantId, scope.administrationId, ...statement.params(rows)];
}

function countsFor(total: number, created: number, updated: number): UpsertCounts {
  return { created, updated, unchanged: total - created - updated };
}

function toWrittenPayment(row: Record<string, unknown>): WrittenPayment {
  return { id: String(row.id), externalId: String(row.external_id), inserted: row.inserted === true };
}
