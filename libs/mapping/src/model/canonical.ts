// The canonical debtor model every connector maps into (see DESIGN.md, "The canonical model").
// Amounts are integer cents (Number.isSafeInteger), never floats. Calendar days are
// `IsoDate` strings (YYYY-MM-DD); moments are `IsoInstant` strings (ISO-8601, UTC, with Z).

export const PLATFORMS = ['exact-online', 'snelstart', 'e-boekhouden'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** YYYY-MM-DD, a calendar day without a time zone. */
export type IsoDate = string;
/** ISO-8601 instant in UTC, e.g. 2026-03-01T12:00:00.000Z. */
export type IsoInstant = string;
/** ISO-4217 alphabetic code, upper case. */
export type CurrencyCode = string;

/** The platform, the administration (our id) and the platform's own id: unique together. */
export interface SourceRef {
  platform: Platform;
  administrationId: string;
  externalId: string;
}

export const DEBTOR_KINDS = ['business', 'consumer'] as const;
export type DebtorKind = (typeof DEBTOR_KINDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface PostalAddress {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO-3166 alpha-2, upper case. */
  countryCode: string | null;
}

export interface CanonicalDebtor {
  source: SourceRef;
  /** Debtor number as the package shows it (padding trimmed). */
  code: string | null;
  name: string;
  /** Decides the legal dunning route: consumers get the 14-day letter before any costs. */
  kind: DebtorKind;
  /** Addresses for invoices and reminders, normalised, first is primary. */
  emails: string[];
  phone: string | null;
  address: PostalAddress | null;
  /** KvK number, 8 digits. */
  chamberOfCommerce: string | null;
  /** VAT number, normalised (upper case, no separators). */
  vatNumber: string | null;
  /** IBAN, normalised (upper case, no spaces), mod-97 checked. */
  iban: string | null;
  language: Language;
  paymentTermDays: number | null;
  active: boolean;
  platformModifiedAt: IsoInstant | null;
}

export const INVOICE_STATUSES = ['open', 'partially_paid', 'paid', 'credited', 'cancelled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export interface CanonicalInvoice {
  source: SourceRef;
  number: string;
  kind: InvoiceKind;
  /** The debtor's externalId within the same administration. */
  debtorExternalId: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: CurrencyCode;
  /** Signed: credit notes are negative. */
  totalCents: number;
  /** Signed like totalCents; 0 when settled. */
  openCents: number;
  status: InvoiceStatus;
  description: string | null;
  platformModifiedAt: IsoInstant | null;
}

export const PAYMENT_ORIGINS = ['platform', 'hub'] as const;
export type PaymentOrigin = (typeof PAYMENT_ORIGINS)[number];

export interface PaymentAllocation {
  /** The settled invoice's externalId within the same administration. */
  invoiceExternalId: string;
  amountCents: number;
}

export interface CanonicalPayment {
  source: SourceRef;
  debtorExternalId: string | null;
  amountCents: number;
  currency: CurrencyCode;
  date: IsoDate;
  method: string | null;
  origin: PaymentOrigin;
  allocations: PaymentAllocation[];
  platformModifiedAt: IsoInstant | null;
}

export type CanonicalRecord = CanonicalDebtor | CanonicalInvoice | CanonicalPayment;

export const RESOURCES = ['debtors', 'invoices', 'payments'] as const;
export type Resource = (typeof RESOURCES)[number];

export interface CanonicalByResource {
  debtors: CanonicalDebtor;
  invoices: CanonicalInvoice;
  payments: CanonicalPayment;
}
