// `VerkoopfactuurModel` (GET /verkoopfacturen, notes §4.1) → CanonicalInvoice.
import { type CanonicalInvoice } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { attempt, type LenientMappingResult } from '../values/attempt.js';
import { requiredText } from '../values/text.js';
import { currencyOf, instantZoneOf, type SourceContext, sourceRef } from './context.js';
import { asRecord, readAmount, readDay, readId, readInstant, readReference, type SnelstartRecord } from './fields.js';
import { deriveAmounts } from './invoice-amounts.js';

/**
 * One verkoopfactuur as an invoice (amount rules in invoice-amounts.ts). Fails (for quarantine)
 * on a missing or malformed `id`, `factuurnummer`, `relatie.id`, `factuurDatum`, `vervalDatum`
 * (also when unset: DateTime.MinValue), `factuurBedrag` or `openstaandSaldo`, and on an
 * unreadable `modifiedOn`. Note the casing (§4.1): `factuurDatum`/`factuurBedrag` here, not the
 * booking's `factuurdatum`/`factuurbedrag`.
 *
 * The invoice has no description and no currency (§3.3): `description` is null unless the pull
 * adds the booking's `omschrijving` (verkoopboekingDetails), the currency comes from the context.
 */
export function verkoopfactuurToInvoice(raw: unknown, context: SourceContext): LenientMappingResult<CanonicalInvoice> {
  const dropped: MappingError[] = [];
  const result = attempt(() => buildInvoice(asRecord(raw, 'VerkoopfactuurModel'), context, dropped));
  return result.ok ? { ok: true, record: result.record, dropped } : result;
}

function buildInvoice(record: SnelstartRecord, context: SourceContext, dropped: MappingError[]): CanonicalInvoice {
  const id = readId(record);
  const number = requiredText(record.factuurnummer, 'factuurnummer');
  const debtorExternalId = readReference(record, 'relatie');
  const issueDate = readDay(record, 'factuurDatum');
  const dueDate = readDay(record, 'vervalDatum');
  const totalCents = readAmount(record, 'factuurBedrag');
  const openCents = readAmount(record, 'openstaandSaldo');
  return {
    source: sourceRef(context, id),
    number,
    ...deriveAmounts(totalCents, openCents, record.openstaandSaldo, dropped),
    debtorExternalId,
    issueDate,
    dueDate,
    currency: currencyOf(context),
    description: null,
    platformModifiedAt: readInstant(record, 'modifiedOn', instantZoneOf(context)),
  };
}

