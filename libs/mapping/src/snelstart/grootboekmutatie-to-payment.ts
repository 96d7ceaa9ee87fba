// `GrootboekMutatieModel` (GET /grootboekmutaties, notes §4.4) → CanonicalPayment. SnelStart has
// no payment resource: a payment is the credit line a bank (or cash, or memorial) entry books on
// the debtors collective account, carrying `factuurNummer` and `relatiePublicIdentifier` (🟡 KIOUI).
import { type CanonicalPayment, type PaymentAllocation } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { attempt, type LenientMappingResult } from '../values/attempt.js';
import { negateCents, subtractCents } from '../values/cents.js';
import { isBlank } from '../values/raw.js';
import { optionalText } from '../values/text.js';
import { currencyOf, type DagboekSoort, instantZoneOf, type PaymentContext, sourceRef } from './context.js';
import {
  asRecord,
  readDay,
  readId,
  readInstant,
  readOptionalAmount,
  readOptionalReference,
  readReference,
  type SnelstartRecord,
} from './fields.js';

/**
 * True for a line that can be a customer payment: booked on one of the debtors ledgers and not in
 * a sales (`Verkoop`) journal, whose lines are the invoices and credit notes themselves. A line
 * whose journal is not in PaymentContext.journalKindById counts (the mapper then fails it, so it
 * is quarantined rather than silently lost). Never throws.
 */
export function isCustomerPaymentLine(raw: unknown, context: PaymentContext): boolean {
  const result = attempt(() => {
    const record = asRecord(raw, 'GrootboekMutatieModel');
    const grootboek = readReference(record, 'grootboek');
    if (!context.debtorsLedgerIds.some((ledger) => ledger.toLowerCase() === grootboek)) return false;
    const dagboek = readOptionalReference(record, 'dagboek');
    return dagboek === null || context.journalKindById[dagboek] !== 'Verkoop';
  });
  return result.ok ? result.record : true;
}

/**
 * One debtors-ledger line as a payment (use isCustomerPaymentLine first). What is certain:
 * - externalId = the line's `id`; date = `datum`; platformModifiedAt = `modifiedOn`;
 * - amount = `credit` − `debet` (= −`saldo`): positive for money received, negative for money
 *   paid out (a credit note refunded, a payment reversed). With both, `saldo` must agree;
 * - debtor = `relatiePublicIdentifier.id`, null when absent;
 * - method = the journal's kind: `bank`, `cash` (Kas) or `journal` (Memoriaal, e.g. a set-off);
 * - allocations: one, to the invoice named by `factuurNummer`, for the whole amount, when
 *   PaymentContext.invoiceIdByNumber knows it. §4.4 ❓: the number is free text on the ledger
 *   line; an unknown or missing number leaves the payment unallocated (reported in `dropped`),
 *   the invoice's own `openstaandSaldo` stays the authority on what is open.
 * A bank entry that settles several invoices books one line per invoice, so it arrives as one
 * payment per line; nothing here joins them.
 */
export function grootboekmutatieToPayment(raw: unknown, context: PaymentContext): LenientMappingResult<CanonicalPayment> {
  const dropped: MappingError[] = [];
  const result = attempt(() => buildPayment(asRecord(raw, 'GrootboekMutatieModel'), context, dropped));
  return result.ok ? { ok: true, record: result.record, dropped } : result;
}

function buildPayment(record: SnelstartRecord, context: PaymentContext, dropped: MappingError[]): CanonicalPayment {
  const id = readId(record);
  const grootboek = readReference(record, 'grootboek');
  if (!context.debtorsLedgerIds.some((ledger) => ledger.toLowerCase() === grootboek)) {
    throw new MappingError('grootboek.id', grootboek, 'not the debtors ledger: not a customer payment');
  }
  const date = readDay(record, 'datum');
  const amountCents = readPaymentAmount(record);
  if (amountCents === 0) throw new MappingError('saldo', record.saldo, 'a line of no amount is no payment');
  return {
    source: sourceRef(context, id),
    debtorExternalId: readOptionalReference(record, 'relatiePublicIdentifier'),
    amountCents,
    currency: currencyOf(context),
    date,
    method: methodOf(readJournalKind(record, context)),
    origin: 'platform',
    allocations: allocationsOf(record, amountCents, context, dropped),
    platformModifiedAt: readInstant(record, 'modifiedOn', instantZoneOf(context)),
  };
}

function readPaymentAmount(record: SnelstartRecord): number {
  const debet = readOptionalAmount(record, 'debet');
  const credit = readOptionalAmount(record, 'credit');
  const saldo = readOptionalAmount(record, 'saldo');
  if (debet !== null && credit !== null) {
    const amount = subtractCents(credit, debet);
    if (saldo !== null && saldo !== negateCents(amount)) throw new MappingError('saldo', record.saldo, 'is not debet − credit');
    return amount;
  }
  if (saldo === null) throw new MappingError('saldo', record.saldo, 'missing amount: no debet and credit, no saldo');
  return negateCents(saldo);
}

function readJournalKind(record: SnelstartRecord, context: PaymentContext): DagboekSoort {
  const dagboek = readReference(record, 'dagboek');
  const kind = context.journalKindById[dagboek];
  if (kind === undefined) throw new MappingError('dagboek.id', dagboek, 'journal not in the cached /dagboeken list');
  if (kind === 'Verkoop') throw new MappingError('dagboek.id', dagboek, 'a sales-journal line is an invoice, not a payment');
  return kind;
}

function methodOf(kind: DagboekSoort): string | null {
  if (kind === 'Bank') return 'bank';
  if (kind === 'Kas') return 'cash';
  if (kind === 'Memoriaal') return 'journal';
  return null;
}

function allocationsOf(record: SnelstartRecord, amountCents: number, context: PaymentContext, dropped: MappingError[]): PaymentAllocation[] {
  const number = isBlank(record.factuurNummer) ? null : optionalText(record.factuurNummer, 'factuurNummer');
  if (number === null) {
    dropped.push(new MappingError('factuurNummer', record.factuurNummer, 'no invoice number: the payment stays unallocated'));
    return [];
  }
  const invoiceId = context.invoiceIdByNumber?.get(number);
  if (invoiceId === undefined) {
    dropped.push(new MappingError('factuurNummer', record.factuurNummer, 'no known invoice with this number: the payment stays unallocated'));
    return [];
  }
  return [{ invoiceExternalId: invoiceId, amountCents }];
}
