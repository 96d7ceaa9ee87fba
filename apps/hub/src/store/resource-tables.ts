import { type InvoiceStatus, type Resource } from '@hub/mapping';
import { DEBTOR_TABLE, INVOICE_TABLE, PAYMENT_TABLE } from './canonical-tables.js';

/**
 * The table of each canonical resource. Resource names reach SQL only through this map, never
 * as caller-supplied text.
 */
const TABLES: ReadonlyMap<string, string> = new Map([
  ['debtors', DEBTOR_TABLE.table],
  ['invoices', INVOICE_TABLE.table],
  ['payments', PAYMENT_TABLE.table],
]);

export function tableFor(resource: Resource): string {
  const table = TABLES.get(resource);
  if (table === undefined) throw new RangeError(`unknown resource "${String(resource)}"`);
  return table;
}

interface CommonFilter {
  /** Also list records already marked removed (default false). */
  includeRemoved?: boolean;
}

/** What listExternalIds can narrow by, per resource. */
export interface ExternalIdFilters {
  debtors: CommonFilter & { active?: boolean };
  invoices: CommonFilter & { statuses?: readonly InvoiceStatus[] };
  payments: CommonFilter;
}

export interface FilterSql {
  conditions: string[];
  params: unknown[];
}

/** SQL conditions for a filter; placeholders are numbered from `firstParam`. */
export function filterSql<R extends Resource>(resource: R, filter: ExternalIdFilters[R], firstParam: number): FilterSql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filter.includeRemoved !== true) conditions.push('removed_at IS NULL');
  if (resource === 'debtors') {
    const { active } = filter as ExternalIdFilters['debtors'];
    if (active !== undefined) conditions.push(`active = ${next(active)}`);
  }
  if (resource === 'invoices') {
    const { statuses } = filter as ExternalIdFilters['invoices'];
    if (statuses !== undefined) conditions.push(`status = ANY(${next([...statuses])}::text[])`);
  }
  return { conditions, params };
}
