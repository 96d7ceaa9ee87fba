import { type CanonicalPayment, type PaymentAllocation } from '@hub/mapping';
import { assertSafeInteger } from '../database/safe-integer.js';
import { type SqlRunner } from './sql-runner.js';
import { type StoreScope } from './store-scope.js';

/** A payment row the upsert created or changed, as returned by its RETURNING clause. */
export interface WrittenPayment {
  id: string;
  externalId: string;
  inserted: boolean;
}

/**
 * Allocations are a set keyed by invoice: merge lines for the same invoice (summing them) and
 * sort, so the order a platform lists them in never counts as a change.
 */
export function normaliseAllocations(payment: CanonicalPayment): CanonicalPayment {
  const byInvoice = new Map<string, number>();
  for (const { invoiceExternalId, amountCents } of payment.allocations) {
    assertSafeInteger(amountCents, `payment ${payment.source.externalId} allocation amountCents`);
    byInvoice.set(invoiceExternalId, (byInvoice.get(invoiceExternalId) ?? 0) + amountCents);
  }
  const allocations: PaymentAllocation[] = [...byInvoice.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([invoiceExternalId, amountCents]) => ({ invoiceExternalId, amountCents: assertSafeInteger(amountCents, 'allocation sum') }));
  return { ...payment, allocations };
}

/**
 * Replaces the allocations of the payments just created or changed (unchanged payments keep
 * theirs). Runs in the caller's transaction, right after the payments upsert.
 */
export async function replaceAllocations(
  sql: SqlRunner,
  scope: StoreScope,
  written: readonly WrittenPayment[],
  paymentsByExternalId: ReadonlyMap<string, CanonicalPayment>,
): Promise<void> {
  const changedIds = written.filter((payment) => !payment.inserted).map((payment) => payment.id);
  if (changedIds.length > 0) {
    await sql.query(
      `DELETE FROM payment_allocations WHERE tenant_id = $1 AND administration_id = $2 AND payment_id = ANY($3::uuid[])`,
      [scope.tenantId, scope.administrationId, changedIds],
    );
  }
  const paymentIds: string[] = [];
  const invoiceExternalIds: string[] = [];
  const amounts: number[] = [];
  for (const payment of written) {
    for (const allocation of paymentsByExternalId.get(payment.externalId)?.allocations ?? []) {
      paymentIds.push(payment.id);
      invoiceExternalIds.push(allocation.invoiceExternalId);
      amounts.push(allocation.amountCents);
    }
  }
  if (paymentIds.length === 0) return;
  await sql.query(
    `INSERT INTO payment_allocations (payment_id, tenant_id, administration_id, invoice_external_id, amount_cents)
     SELECT a.payment_id, $1::uuid, $2::uuid, a.invoice_external_id, a.amount_cents
       FROM unnest($3::uuid[], $4::text[], $5::bigint[]) AS a(payment_id, invoice_external_id, amount_cents)`,
    [scope.tenantId, scope.administrationId, paymentIds, invoiceExternalIds, amounts],
  );
}
