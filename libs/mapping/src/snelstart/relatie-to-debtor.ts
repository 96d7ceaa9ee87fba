// `RelatieModel` (GET /relaties, notes §4.3) → CanonicalDebtor.
import { type CanonicalDebtor } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { attempt, type LenientMappingResult, parseLeniently } from '../values/attempt.js';
import { inferDebtorKind } from '../values/debtor-kind.js';
import { parseIban } from '../values/iban.js';
import { parseKvkNumber } from '../values/kvk.js';
import { parseOptional } from '../values/optional.js';
import { parsePhoneNumber } from '../values/phone.js';
import { isBlank } from '../values/raw.js';
import { requiredText, trimPadded } from '../values/text.js';
import { parseVatNumber } from '../values/vat.js';
import { instantZoneOf, type SourceContext, sourceRef } from './context.js';
import { asRecord, readBoolean, readId, readInstant, readInteger, type SnelstartRecord } from './fields.js';
import { readAddresses, readEmails, readLanguage } from './relatie-contact.js';
import { kindFromAanmaningsoort } from './relatiesoort.js';

/**
 * One relatie as a debtor. Fails (for quarantine) on what identifies or types the record: a
 * missing or malformed `id`, a missing `naam`, a field of the wrong JSON type, an unreadable
 * `modifiedOn`. Contact and registration details that are present but invalid (KvK, VAT number,
 * IBAN, phone, postcode, country, single e-mail addresses) are dropped to null and listed in
 * `dropped`. Use isCustomerRelatie first to skip suppliers; a `nonactief` relatie is still mapped
 * (`active: false`), it is SnelStart's soft delete (§4.6).
 */
export function relatieToDebtor(raw: unknown, context: SourceContext): LenientMappingResult<CanonicalDebtor> {
  const dropped: MappingError[] = [];
  const result = attempt(() => buildDebtor(asRecord(raw, 'RelatieModel'), context, dropped));
  return result.ok ? { ok: true, record: result.record, dropped } : result;
}

function buildDebtor(record: SnelstartRecord, context: SourceContext, dropped: MappingError[]): CanonicalDebtor {
  const id = readId(record);
  const name = requiredText(record.naam, 'naam').replace(/\s+/g, ' ');
  const chamberOfCommerce = parseLeniently(record.kvkNummer, 'kvkNummer', parseKvkNumber, dropped);
  const vatNumber = parseLeniently(record.btwNummer, 'btwNummer', parseVatNumber, dropped);
  const addresses = readAddresses(record, context, dropped);
  const nonactief = readBoolean(record, 'nonactief');

  return {
    source: sourceRef(context, id),
    // §4.3: an integer ("relatienummer").
    code: parseOptional(record.relatiecode, 'relatiecode', trimPadded),
    name,
    kind:
      kindFromAanmaningsoort(record.aanmaningsoort) ??
      inferDebtorKind({ chamberOfCommerce, vatNumber, rsin: null, hasBsn: false, name }, context.defaultDebtorKind ?? 'consumer'),
    emails: readEmails(record, dropped),
    phone: readPhone(record, dropped),
    address: addresses.postal,
    chamberOfCommerce,
    vatNumber,
    iban: parseLeniently(record.iban, 'iban', parseIban, dropped),
    language: readLanguage(record, context, addresses.establishmentCountry),
    paymentTermDays: readPaymentTerm(record, dropped),
    // §4.3: "Indien true, dan kan de relatie als 'verwijderd' worden beschouwd".
    active: nonactief !== true,
    platformModifiedAt: readInstant(record, 'modifiedOn', instantZoneOf(context)),
  };
}

/** The landline (`telefoon`) when there is a valid one, else `mobieleTelefoon`. */
function readPhone(record: SnelstartRecord, dropped: MappingError[]): string | null {
  const landline = parseLeniently(record.telefoon, 'telefoon', parsePhoneNumber, dropped);
  return landline ?? parseLeniently(record.mobieleTelefoon, 'mobieleTelefoon', parsePhoneNumber, dropped);
}

/**
 * `krediettermijn` in days (§4.3, range −365..1000). 0 is .NET's unset int and, ❓, means "the
 * administration's default term", so it is null (unknown) rather than "due at once"; a negative
 * term (payment in advance) gives no usable term either and is dropped.
 */
function readPaymentTerm(record: SnelstartRecord, dropped: MappingError[]): number | null {
  if (isBlank(record.krediettermijn)) return null;
  const days = readInteger(record, 'krediettermijn');
  if (days === null || days === 0) return null;
  if (days < 0) {
    dropped.push(new MappingError('krediettermijn', days, 'a negative payment term (payment in advance) is no term to remind after'));
    return null;
  }
  return days;
}
