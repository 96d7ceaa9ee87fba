// What a SnelStart mapper needs to know besides the raw record (notes = ../shared/platforms/snelstart.md).
import { type CurrencyCode, type DebtorKind, type SourceRef } from '../model/canonical.js';
import { type TimeZone } from '../values/time-zone.js';

/** `DagboekModel.soort` (SPEC): what kind of journal a ledger line was booked in. */
export type DagboekSoort = 'Kas' | 'Bank' | 'Verkoop' | 'Inkoop' | 'Memoriaal';

export interface SourceContext {
  /** Our id of the administration (the SnelStart administratie) the record came from. */
  administrationId: string;
  /**
   * The zone of the offset-less `modifiedOn` stamps. §3.2 ❓: not documented; observed as the
   * naive local wall clock, so the default is Europe/Amsterdam. Day fields are not affected.
   */
  instantZone?: TimeZone;
  /** §3.3: invoices have no currency field; every amount is in this currency. Default `EUR`. */
  currency?: CurrencyCode;
  /**
   * The kind for a relatie whose `aanmaningsoort` says nothing (`Nee` or empty) and that shows no
   * sign of being a business. Default `consumer`, the legally safe side (see values/debtor-kind.ts).
   */
  defaultDebtorKind?: DebtorKind;
  /**
   * `/landen` as the connector cached it: land `id` → `landcode` (ISO-2, not `landcodeISO`, §4.3).
   * Without it, addresses have no country and the language falls back to `nl`.
   */
  countryCodeByLandId?: Readonly<Partial<Record<string, string>>>;
  /**
   * §4.3: relaties have no language field. The name of the klant extra veld that holds it, if the
   * administratie has one; default `Taal`; null to ignore extra velden.
   */
  languageFieldName?: string | null;
}

/** What the payment mapper needs on top (§4.4): which ledger lines are customer payments. */
export interface PaymentContext extends SourceContext {
  /**
   * The grootboek id(s) of the debtors (debiteuren) collective account. §4.4 ❓: no grootboekfunctie
   * marks it, so it is configured per administratie. Required: without it nothing is a payment.
   */
  debtorsLedgerIds: readonly string[];
  /** `/dagboeken` as cached: dagboek `id` → `soort`. Lines from a `Verkoop` journal are invoices, not payments. */
  journalKindById: Readonly<Partial<Record<string, DagboekSoort>>>;
  /**
   * `factuurnummer` → verkoopfactuur `id` of invoices the hub knows, to allocate a payment
   * (ledger lines name the invoice by number only). A number not in it leaves the payment unallocated.
   */
  invoiceIdByNumber?: ReadonlyMap<string, string>;
}

export const DEFAULT_LANGUAGE_FIELD = 'Taal';

export function instantZoneOf(context: SourceContext): TimeZone {
  return context.instantZone ?? 'Europe/Amsterdam';
}

export function currencyOf(context: SourceContext): CurrencyCode {
  return context.currency ?? 'EUR';
}

export function sourceRef(context: SourceContext, externalId: string): SourceRef {
  return { platform: 'snelstart', administrationId: context.administrationId, externalId };
}
