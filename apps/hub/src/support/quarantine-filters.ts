import type { Resource } from '@hub/mapping';
import type { QuarantineStatus } from '../database/entities/index.js';
import type { SqlParams } from './sql-params.js';

export interface QuarantineFilters {
  administrationId?: string;
  status?: QuarantineStatus;
  resource?: Resource;
}

/** WHERE conditions (to be joined with AND) over `quarantined_records`, always scoped to the tenant. */
export function quarantineConditions(params: SqlParams, tenantId: string, filters: QuarantineFilters): string[] {
  const conditions = [`tenant_id = ${params.add(tenantId)}::uuid`];
  if (filters.administrationId !== undefined) conditions.push(`administration_id = ${params.add(filters.administrationId)}::uuid`);
  if (filters.status !== undefined) conditions.push(`status = ${params.add(filters.status)}`);
  if (filters.resource !== undefined) conditions.push(`resource = ${params.add(filters.resource)}`);
  return conditions;
}
