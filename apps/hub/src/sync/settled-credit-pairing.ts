import type { EntityManager } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { StoreScope } from '../store/index.js';

/**
 * Pairs settled credit notes with the settled invoices they cancel, over the whole
 * administration (for platforms whose data does not say it, ConnectorCapabilities
 * `hubPairsCreditNotes`): same debtor and currency, the credit note's total the invoice's
 * negated, and no other candidate on either side (two equal invoices and one credit note stay
 * `paid`: which one was credited would be a guess). A pair becomes `credited`, or `cancelled`
 * when the credit note is a reversal (the mapper marks a settled reversal `cancelled` itself).
 * A pairing that no longer holds goes back to `paid`.
 *
 * A function of the stored rows only, run after the invoices' last page: whatever pages the rows
 * came in, however often a run was interrupted, the statuses come out the same. The content
 * hash keeps describing what the platform sent, so a re-sent `paid` entry stays "unchanged".
 * Returns how many rows changed status.
 */
export async function pairSettledCreditNotes(manager: EntityManager, scope: StoreScope): Promise<number> {
  // One window pass, no self-join: a credit note and an invoice cancel each other exactly when
  // they share (debtor, currency, the invoice-side total), and a pair is unambiguous exactly
  // when that group holds one of each. Read first, then update by id: rows written earlier in
  // the same transaction have no statistics yet, and one UPDATE … FROM over a window was planned
  // as a nested loop that re-ran the window per row.
  const changes = await queryRows<{ id: string; status: string }>(
    manager,
    `WITH settled AS (
       SELECT id, kind, status, debtor_external_id, currency,
              CASE WHEN kind = 'invoice' THEN total_cents ELSE -total_cents END AS invoice_total
         FROM invoices
        WHERE tenant_id = $1 AND administration_id = $2 AND removed_at IS NULL
          AND open_cents = 0 AND total_cents <> 0 AND status IN ('paid', 'credited', 'cancelled')
     ),
     grouped AS (
       SELECT id, kind, status,
              count(*) FILTER (WHERE kind = 'invoice') OVER w AS invoices,
              count(*) FILTER (WHERE kind = 'credit_note') OVER w AS credits,
              bool_or(kind = 'credit_note' AND status = 'cancelled') OVER w AS reversal
         FROM settled
       WINDOW w AS (PARTITION BY debtor_external_id, currency, invoice_total)
     ),
     target AS (
       SELECT id, status AS current,
              CASE WHEN invoices = 1 AND credits = 1 THEN CASE WHEN reversal THEN 'cancelled' ELSE 'credited' END
                   -- Unpaired: an invoice is plainly paid; a credit note keeps a reversal's own cancelled.
                   WHEN kind = 'credit_note' AND status = 'cancelled' THEN 'cancelled'
                   ELSE 'paid' END AS status
         FROM grouped
     )
     SELECT id, status FROM target WHERE status <> current`,
    [scope.tenantId, scope.administrationId],
  );
  if (changes.length === 0) return 0;
  await queryRows(
    manager,
    `UPDATE invoices v SET status = c.status, updated_at = now()
       FROM unnest($3::uuid[], $4::text[]) AS c(id, status)
      WHERE v.id = c.id AND v.tenant_id = $1 AND v.administration_id = $2`,
    [scope.tenantId, scope.administrationId, changes.map((change) => change.id), changes.map((change) => change.status)],
  );
  return changes.length;
}
