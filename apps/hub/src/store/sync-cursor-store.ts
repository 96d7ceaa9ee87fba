import { type DataSource, type EntityManager } from 'typeorm';
import { withSqlRunner } from './sql-runner.js';
import { isUuid, TenantScopeError, type StoreScope } from './store-scope.js';

export interface StoredCursor {
  /** The connector's cursor as saved (parsed JSON); the connector validates its shape. */
  cursor: unknown;
  /** When a page was last stored with this cursor. */
  lastSuccessAt: Date | null;
  updatedAt: Date;
}

/**
 * Where the next incremental sync of a resource starts. Save the cursor with the same
 * EntityManager that stored the page, inside one transaction, so a crash resumes where it stopped.
 */
export class SyncCursorStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Upserts the cursor. The administration must be the tenant's (the composite foreign key
   * refuses a new row otherwise, and another tenant's row is never updated): TenantScopeError.
   */
  async saveCursor(scope: StoreScope, resource: string, cursor: unknown, manager?: EntityManager): Promise<void> {
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId)) throw new TenantScopeError(scope);
    const json = JSON.stringify(cursor);
    if (json === undefined) throw new TypeError(`cursor for ${resource} is not JSON-serialisable`);
    await withSqlRunner(this.dataSource, manager, async (sql) => {
      // INSERT … SELECT from the tenant's administration: a foreign scope inserts nothing.
      const { rowCount } = await sql.query(
        `INSERT INTO sync_cursors AS c (tenant_id, administration_id, resource, cursor, last_success_at, updated_at)
         SELECT a.tenant_id, a.id, $3, $4::jsonb, now(), now()
           FROM administrations a
          WHERE a.id = $2 AND a.tenant_id = $1
         ON CONFLICT (administration_id, resource) DO UPDATE
            SET cursor = EXCLUDED.cursor, last_success_at = EXCLUDED.last_success_at, updated_at = EXCLUDED.updated_at
          WHERE c.tenant_id = EXCLUDED.tenant_id`,
        [scope.tenantId, scope.administrationId, resource, json],
      );
      if (rowCount !== 1) throw new TenantScopeError(scope);
    });
  }

  /** The saved cursor, or null when the resource was never synced (or the scope is not the tenant's). */
  async loadCursor(scope: StoreScope, resource: string, manager?: EntityManager): Promise<StoredCursor | null> {
    if (!isUuid(scope.tenantId) || !isUuid(scope.administrationId)) return null;
    return withSqlRunner(this.dataSource, manager, async (sql) => {
      const { rows } = await sql.query(
        `SELECT cursor, last_success_at, updated_at FROM sync_cursors
          WHERE tenant_id = $1 AND administration_id = $2 AND resource = $3`,
        [scope.tenantId, scope.administrationId, resource],
      );
      const row = rows[0];
      if (row === undefined) return null;
      return {
        cursor: row.cursor,
        lastSuccessAt: row.last_success_at instanceof Date ? row.last_success_at : null,
        updatedAt: row.updated_at as Date,
      };
    });
  }
}
