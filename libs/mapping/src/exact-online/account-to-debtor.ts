// crm/Accounts and sync/CRM/Accounts rows → CanonicalDebtor (§4.7, §4.10; field names from
// specs/exact-online-endpoints.json). Both endpoints have the same properties; sync adds Timestamp.
import { type CanonicalDebtor, type PostalAddress } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { parseCountryCode } from '../values/country.js';
import { parseEmailListLenient } from '../values/email-list.js';
import { parseKvkNumber, parseRsin } from '../values/kvk.js';
import { parseLanguage } from '../values/language.js';
import { parseOptional } from '../values/optional.js';
import { parsePhoneNumber } from '../values/phone.js';
import { parsePostalCode } from '../values/postal-code.js';
import { isBlank } from '../values/raw.js';
import { optionalText, requiredText, trimPadded } from '../values/text.js';
import { parseVatNumber } from '../values/vat.js';
import { ibanFromBankAccounts } from './bank-accounts.js';
import { instantZoneOf, type SourceContext, sourceRef } from './context.js';
import { inferDebtorKind } from './debtor-kind.js';
import { asRow, type ExactRow, readBoolean, readGuid, readInstant } from './fields.js';
import { paymentTermDays } from './payment-condition.js';
import { attempt, type LenientMappingResult, parseLeniently } from './result.js';

/**
 * One Exact account as a debtor. Fails (for quarantine) on what identifies or types the record:
 * a missing or malformed `ID`, a missing `Name`, a field of the wrong JSON type, an unreadable
 * `Modified`. Contact and registration details that are present but invalid (VAT number, KvK,
 * RSIN, IBAN, phone, country, individual e-mail addresses) are dropped to null and listed in
 * `dropped`: a typo in a VAT number must not stop the reminders for a debtor that owes money.
 * Use isCustomerAccount first to skip suppliers.
 */
export function accountToDebtor(raw: unknown, context: SourceContext): LenientMappingResult<CanonicalDebtor> {
  const dropped: MappingError[] = [];
  const result = attempt(() => buildDebtor(asRow(raw, 'crm/Accounts'), context, dropped));
  return result.ok ? { ok: true, record: result.record, dropped } : result;
}

function buildDebtor(row: ExactRow, context: SourceContext, dropped: MappingError[]): CanonicalDebtor {
  const id = readGuid(row, 'ID');
  // The 2013 fixture has "Groothandel  sportfietsen": runs of spaces are typing noise in a letter.
  const name = requiredText(row.Name, 'Name').replace(/\s+/g, ' ');
  const chamberOfCommerce = parseLeniently(row.ChamberOfCommerce, 'ChamberOfCommerce', parseKvkNumber, dropped);
  const vatNumber = parseLeniently(row.VATNumber, 'VATNumber', parseVatNumber, dropped);
  const rsin = parseLeniently(row.RSIN, 'RSIN', parseRsin, dropped);
  const conditionCode = parseOptional(row.PaymentConditionSales, 'PaymentConditionSales', trimPadded);
  const conditionDescription = optionalText(row.PaymentConditionSalesDescription, 'PaymentConditionSalesDescription');

  return {
    source: sourceRef(context, id),
    // §3.3: an 18-character string, left-padded with spaces.
    code: parseOptional(row.Code, 'Code', trimPadded),
    name,
    kind: inferDebtorKind(
      { chamberOfCommerce, vatNumber, rsin, hasBsn: optionalText(row.BSN, 'BSN') !== null, name },
      context.defaultDebtorKind ?? 'consumer',
    ),
    emails: readEmails(row, dropped),
    phone: parseLeniently(row.Phone, 'Phone', parsePhoneNumber, dropped),
    address: readVisitAddress(row, dropped),
    chamberOfCommerce,
    vatNumber,
    iban: ibanFromBankAccounts(row.BankAccounts, dropped),
    // §3.4: padded to ten characters ("NL        "); parseLanguage trims and defaults to nl.
    language: parseLanguage(row.Language),
    paymentTermDays: paymentTermDays(conditionCode, conditionDescription, context.paymentConditionDays),
    // §4.7: "active" is Blocked = false; Status (customer, prospect …) says nothing about it.
    active: readBoolean(row, 'Blocked') !== true,
    platformModifiedAt: readInstant(row, 'Modified', instantZoneOf(context)),
  };
}

function readEmails(row: ExactRow, dropped: MappingError[]): string[] {
  const { emails, rejected } = parseEmailListLenient(row.Email, 'Email');
  if (rejected.length > 0) {
    dropped.push(new MappingError('Email', row.Email, `not e-mail addresses, left out: ${rejected.map((entry) => JSON.stringify(entry)).join(', ')}`));
  }
  return emails;
}

/** §4.7: the address fields on the account are the visit address; Exact pads `Country` ("NL "). */
function readVisitAddress(row: ExactRow, dropped: MappingError[]): PostalAddress | null {
  const countryCode = parseLeniently(row.Country, 'Country', parseCountryCode, dropped);
  const extraLines = [optionalText(row.AddressLine2, 'AddressLine2'), optionalText(row.AddressLine3, 'AddressLine3')];
  const address: PostalAddress = {
    line1: optionalText(row.AddressLine1, 'AddressLine1'),
    line2: extraLines.filter((line) => line !== null).join(', ') || null,
    postalCode: isBlank(row.Postcode) ? null : parsePostalCode(row.Postcode, 'Postcode', countryCode),
    city: optionalText(row.City, 'City'),
    countryCode,
  };
  return Object.values(address).every((part) => part === null) ? null : address;
}
