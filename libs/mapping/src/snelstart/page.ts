// A page of SnelStart records (the rows of list-body.ts) → canonical records plus, per bad record,
// a failure with its raw payload. One bad record never stops the page; nothing here throws.
import { type CanonicalDebtor, type CanonicalInvoice, type CanonicalPayment } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { type LenientMappingResult, type RowFailure } from '../values/attempt.js';
import { instantZoneOf, type PaymentContext, type SourceContext } from './context.js';
import { grootboekmutatieToPayment, isCustomerPaymentLine } from './grootboekmutatie-to-payment.js';
import { latestModifiedOn } from './modified-on.js';
import { relatieToDebtor } from './relatie-to-debtor.js';
import { isCustomerRelatie } from './relatiesoort.js';
import { verkoopfactuurToInvoice } from './verkoopfactuur-to-invoice.js';

/** A mapped record whose invalid optional details were dropped, for the support log. */
export interface DroppedDetails {
  externalId: string;
  errors: MappingError[];
}

export interface MappedPage<T> {
  records: T[];
  failures: RowFailure[];
  dropped: DroppedDetails[];
  /** Records that are not of this resource (suppliers, non-payment ledger lines), left out on purpose; never counted as failures. */
  skipped: number;
  /**
   * The latest `modifiedOn` of all rows (skipped and failed ones included: they are dealt with),
   * verbatim as SnelStart wrote it, for the next `ModifiedOn gt datetime'…'` filter (§4.6). Null when none is readable.
   */
  cursor: string | null;
}

/** GET /relaties: customers only (isCustomerRelatie), `nonactief` ones included as inactive. */
export function relatiesToDebtors(rows: readonly unknown[], context: SourceContext): MappedPage<CanonicalDebtor> {
  return mapPage(rows, context, isCustomerRelatie, (raw) => relatieToDebtor(raw, context));
}

export function verkoopfacturenToInvoices(rows: readonly unknown[], context: SourceContext): MappedPage<CanonicalInvoice> {
  return mapPage(rows, context, () => true, (raw) => verkoopfactuurToInvoice(raw, context));
}

/** GET /grootboekmutaties: the customer payment lines only (isCustomerPaymentLine). */
export function grootboekmutatiesToPayments(rows: readonly unknown[], context: PaymentContext): MappedPage<CanonicalPayment> {
  return mapPage(rows, context, (raw) => isCustomerPaymentLine(raw, context), (raw) => grootboekmutatieToPayment(raw, context));
}

type Canonical = CanonicalDebtor | CanonicalInvoice | CanonicalPayment;

function mapPage<T extends Canonical>(
  rows: readonly unknown[],
  context: SourceContext,
  belongs: (raw: unknown) => boolean,
  map: (raw: unknown) => LenientMappingResult<T>,
): MappedPage<T> {
  const page: MappedPage<T> = { records: [], failures: [], dropped: [], skipped: 0, cursor: latestModifiedOn(rows, instantZoneOf(context)) };
  for (const raw of rows) {
    // A row that is not even an object is malformed, not "another resource": it fails below.
    if (isObject(raw) && !belongs(raw)) {
      page.skipped += 1;
      continue;
    }
    const result = map(raw);
    if (!result.ok) {
      page.failures.push({ raw, error: result.error });
      continue;
    }
    page.records.push(result.record);
    if (result.dropped.length > 0) page.dropped.push({ externalId: result.record.source.externalId, errors: result.dropped });
  }
  return page;
}


function isObject(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw);
}
