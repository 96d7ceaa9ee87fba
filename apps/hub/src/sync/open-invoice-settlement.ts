import type { EntityManager } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { StoreScope } from '../store/index.js';

/**
 * The stored hash no longer describes a settled row, so it is replaced by one no record hashes
 * to: the next pull that names the invoice (say, reopened) writes it instead of skipping it as
 * unchanged.
 */
const NO_CONTENT_HASH = Buffer.alloc(32);

/**
 * After a complete reconciliation pull: the administration's open invoices the platform no
 * longer lists as open were settled there (paid, credited or deleted; the list cannot tell), so
 * they become `paid` with nothing open. Returns the external ids settled.
 */
export async function settleUnlistedOpenInvoices(manager: EntityManager, scope: StoreScope, openExternalIds: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ external_id: string }>(
    manager,
    `UPDATE invoices SET status = 'paid', open_cents = 0, content_hash = $4, updated_at = now()
      WHERE tenant_id = $1 AND administration_id = $2
        AND status IN ('open', 'partially_paid') AND removed_at IS NULL
        AND NOT (external_id = ANY($3::text[]))
      RETURNING external_id`,
    [scope.tenantId, scope.administrationId, [...openExternalIds], NO_CONTENT_HASH],
  );
  return rows.map((row) => row.external_id);
}
