// Which canonical field goes to which column, per table. Every field of the canonical model
// except `source` must appear here (or in extraContent): what is not listed is neither stored
// nor part of the content hash. canonical-tables.spec.ts checks that.
import { type CanonicalDebtor, type CanonicalInvoice, type CanonicalPayment } from '@hub/mapping';
import { assertSafeInteger } from '../database/safe-integer.js';
import { stableStringify } from './content-hash.js';
import { type ColumnSpec, type TableSpec } from './table-spec.js';

type Keyed = { source: { externalId: string } };

function column<R>(name: string, type: string, value: ColumnSpec<R>['value']): ColumnSpec<R> {
  return { column: name, type, value };
}

function cents<R extends Keyed>(name: string, value: (record: R) => number): ColumnSpec<R> {
  return column<R>(name, 'bigint', (record) => assertSafeInteger(value(record), `${record.source.externalId} ${name}`));
}

/** A jsonb value travels as its JSON text with sorted keys (stable for the hash); null stays NULL. */
function json(value: unknown): string | null {
  return value === null || value === undefined ? null : stableStringify(value);
}

export const DEBTOR_TABLE: TableSpec<CanonicalDebtor> = {
  table: 'debtors',
  columns: [
    column('code', 'text', (d) => d.code),
    column('name', 'text', (d) => d.name),
    column('kind', 'text', (d) => d.kind),
    // A text[] per row cannot ride in unnest (it would flatten), so each row's list goes as JSON.
    {
      column: 'emails',
      type: 'text[]',
      select: 'ARRAY(SELECT jsonb_array_elements_text(r.emails::jsonb))',
      value: (d) => JSON.stringify(d.emails),
    },
    column('phone', 'text', (d) => d.phone),
    column('address', 'jsonb', (d) => json(d.address)),
    column('chamber_of_commerce', 'text', (d) => d.chamberOfCommerce),
    column('vat_number', 'text', (d) => d.vatNumber),
    column('iban', 'text', (d) => d.iban),
    column('language', 'text', (d) => d.language),
    column('payment_term_days', 'integer', (d) => d.paymentTermDays),
    column('active', 'boolean', (d) => d.active),
    column('platform_modified_at', 'timestamptz', (d) => d.platformModifiedAt),
  ],
};

export const INVOICE_TABLE: TableSpec<CanonicalInvoice> = {
  table: 'invoices',
  columns: [
    column('number', 'text', (i) => i.number),
    column('kind', 'text', (i) => i.kind),
    column('debtor_external_id', 'text', (i) => i.debtorExternalId),
    column('issue_date', 'date', (i) => i.issueDate),
    column('due_date', 'date', (i) => i.dueDate),
    column('currency', 'text', (i) => i.currency),
    cents('total_cents', (i) => i.totalCents),
    cents('open_cents', (i) => i.openCents),
    column('status', 'text', (i) => i.status),
    column('description', 'text', (i) => i.description),
    column('platform_modified_at', 'timestamptz', (i) => i.platformModifiedAt),
  ],
};

/** Allocations go to payment_allocations (payment-allocations.ts); they are normalised first. */
export const PAYMENT_TABLE: TableSpec<CanonicalPayment> = {
  table: 'payments',
  columns: [
    column('debtor_external_id', 'text', (p) => p.debtorExternalId),
    cents('amount_cents', (p) => p.amountCents),
    column('currency', 'text', (p) => p.currency),
    column('payment_date', 'date', (p) => p.date),
    column('method', 'text', (p) => p.method),
    column('origin', 'text', (p) => p.origin),
    column('platform_modified_at', 'timestamptz', (p) => p.platformModifiedAt),
  ],
  extraContent: (p) => p.allocations.map((allocation) => [allocation.invoiceExternalId, allocation.amountCents]),
};
