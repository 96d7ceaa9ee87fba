// The contact details of a relatie (notes §4.3): e-mail addresses, postal address, language.
// Invalid details are dropped (recorded in `dropped`), never a reason to quarantine a debtor.
import { type Language, type PostalAddress } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';
import { parseLeniently } from '../values/attempt.js';
import { parseCountryCode } from '../values/country.js';
import { parseEmailListLenient } from '../values/email-list.js';
import { languageForCountry, parseLanguage } from '../values/language.js';
import { parsePostalCode } from '../values/postal-code.js';
import { isBlank, typeOf } from '../values/raw.js';
import { optionalText } from '../values/text.js';
import { DEFAULT_LANGUAGE_FIELD, type SourceContext } from './context.js';
import { readOptionalObject, readOptionalReference, type SnelstartRecord } from './fields.js';

/**
 * §9: reminders go to `aanmaningEmailVersturen.email`, falling back to `email`; then the invoice
 * address `factuurEmailVersturen.email`. Each may be a `;`-list. Kept in that order (the first is
 * the primary address), duplicates dropped case-insensitively, so the same payload always gives
 * the same list. The address is used whatever `shouldSend` says: that switch is about SnelStart
 * sending mail itself. `ccEmail` is left out: the canonical debtor has no cc.
 */
export function readEmails(record: SnelstartRecord, dropped: MappingError[]): string[] {
  const sources: Array<[field: string, raw: unknown]> = [
    ['aanmaningEmailVersturen.email', readOptionalObject(record, 'aanmaningEmailVersturen')?.email],
    ['email', record.email],
    ['factuurEmailVersturen.email', readOptionalObject(record, 'factuurEmailVersturen')?.email],
  ];
  const emails: string[] = [];
  const seen = new Set<string>();
  for (const [field, raw] of sources) {
    const { emails: parsed, rejected } = parseEmailListLenient(raw, field);
    if (rejected.length > 0) {
      dropped.push(new MappingError(field, raw, `not e-mail addresses, left out: ${rejected.map((entry) => JSON.stringify(entry)).join(', ')}`));
    }
    for (const email of parsed) {
      if (seen.has(email.toLowerCase())) continue;
      seen.add(email.toLowerCase());
      emails.push(email);
    }
  }
  return emails;
}

export interface RelatieAddresses {
  /** Where letters go: the correspondence address when it has a street or city, else the establishment's. */
  postal: PostalAddress | null;
  /** The country of `vestigingsAdres`: §4.3 validates the VAT number against it; it also picks the language. */
  establishmentCountry: string | null;
}

export function readAddresses(record: SnelstartRecord, context: SourceContext, dropped: MappingError[]): RelatieAddresses {
  const establishment = readAddress(record, 'vestigingsAdres', context, dropped);
  const correspondence = readAddress(record, 'correspondentieAdres', context, dropped);
  const usable = (address: PostalAddress | null): boolean => address !== null && (address.line1 !== null || address.city !== null);
  return {
    postal: usable(correspondence) ? correspondence : establishment,
    establishmentCountry: establishment?.countryCode ?? null,
  };
}

/**
 * `AdresModel` `{contactpersoon, straat (incl. huisnummer), postcode, plaats, land{id}}`. The
 * country comes from `land.id` through the cached `/landen` (SourceContext.countryCodeByLandId).
 * `contactpersoon` is not an address line: the canonical address has no attention line.
 */
function readAddress(record: SnelstartRecord, field: string, context: SourceContext, dropped: MappingError[]): PostalAddress | null {
  const address = readOptionalObject(record, field);
  if (address === null) return null;
  const countryCode = countryOf(address, field, context, dropped);
  const postalCode = parseLeniently(address.postcode, `${field}.postcode`, (raw, name) => parsePostalCode(raw, name, countryCode), dropped);
  const result: PostalAddress = {
    line1: optionalText(address.straat, `${field}.straat`),
    line2: null,
    postalCode,
    city: optionalText(address.plaats, `${field}.plaats`),
    countryCode,
  };
  return Object.values(result).every((part) => part === null) ? null : result;
}

function countryOf(address: SnelstartRecord, field: string, context: SourceContext, dropped: MappingError[]): string | null {
  const landId = readOptionalReference(address, 'land');
  if (landId === null || context.countryCodeByLandId === undefined) return null;
  const landcode = context.countryCodeByLandId[landId];
  if (landcode === undefined) {
    dropped.push(new MappingError(`${field}.land.id`, landId, 'land not in the cached /landen list'));
    return null;
  }
  return parseLeniently(landcode, `${field}.land.id`, parseCountryCode, dropped);
}

/**
 * §4.3: relaties have no language field. In order: the klant extra veld named by
 * SourceContext.languageFieldName (default `Taal`) when filled, read by parseLanguage; else the
 * country of the establishment address (languageForCountry: Dutch-speaking → `nl`, other → `en`);
 * else `nl`, the language of the Dutch administrations the hub serves.
 */
export function readLanguage(record: SnelstartRecord, context: SourceContext, establishmentCountry: string | null): Language {
  const fieldName = context.languageFieldName === undefined ? DEFAULT_LANGUAGE_FIELD : context.languageFieldName;
  const fromField = fieldName === null ? null : extraVeld(record, fieldName);
  return fromField === null ? languageForCountry(establishmentCountry) : parseLanguage(fromField);
}

/** The value of a klant extra veld (`extraVeldenKlant: [{naam, waarde}]`), matched case-insensitively; null when blank. */
function extraVeld(record: SnelstartRecord, name: string): string | null {
  const fields = record.extraVeldenKlant;
  if (fields === null || fields === undefined) return null;
  if (!Array.isArray(fields)) throw new MappingError('extraVeldenKlant', fields, `expected an array, got ${typeOf(fields)}`);
  const wanted = name.trim().toLowerCase();
  for (const field of fields as unknown[]) {
    if (field === null || typeof field !== 'object') continue;
    const { naam, waarde } = field as { naam?: unknown; waarde?: unknown };
    if (typeof naam === 'string' && naam.trim().toLowerCase() === wanted && typeof waarde === 'string' && !isBlank(waarde)) return waarde;
  }
  return null;
}
