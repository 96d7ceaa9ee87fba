import { type Platform } from '@hub/mapping';
import { type SqlRunner } from './sql-runner.js';

/** Whose data a store call reads or writes: one administration of one tenant. */
export interface StoreScope {
  tenantId: string;
  administrationId: string;
}

/** The administration does not exist or belongs to another tenant; nothing was written. */
export class TenantScopeError extends Error {
  override readonly name = 'TenantScopeError';

  constructor(readonly scope: StoreScope) {
    super(`administration ${scope.administrationId} does not exist for tenant ${scope.tenantId}`);
  }
}

/** A record handed to the store does not belong to the scope it was stored under. */
export class RecordScopeError extends Error {
  override readonly name = 'RecordScopeError';
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks that the scope's administration belongs to the scope's tenant and returns its platform.
 * Every write calls this first; reads filter by tenant instead.
 */
export async function assertAdministrationInScope(sql: SqlRunner, scope: StoreScope): Promise<Platform> {
  if (!UUID_PATTERN.test(scope.tenantId) || !UUID_PATTERN.test(scope.administrationId)) {
    throw new TenantScopeError(scope);
  }
  const { rows } = await sql.query(`SELECT platform FROM administrations WHERE id = $1 AND tenant_id = $2`, [
    scope.administrationId,
    scope.tenantId,
  ]);
  const platform = rows[0]?.platform;
  if (typeof platform !== 'string') throw new TenantScopeError(scope);
  return platform as Platform; // administrations_platform_check guarantees the value
}

/** True for ids the database will accept as uuid; lets reads answer "nothing" instead of failing. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
