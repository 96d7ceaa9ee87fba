// What the stand-in keeps per administratie. Records hold the platform's facts in the sandbox's
// own units (integer cents, naive wall-clock ms, YYYY-MM-DD dates); serialise/ turns them into
// SnelStart's wire shapes.
import type { SandboxDate } from '../../core/contracts.js';
import type { NaiveMs } from '../wire/datetime.js';
import type { CompanyProfile } from './company.js';

export const EMAIL_SETTINGS = [
  'offerteEmailVersturen',
  'bevestigingsEmailVersturen',
  'factuurEmailVersturen',
  'aanmaningEmailVersturen',
  'offerteAanvraagEmailVersturen',
  'bestellingEmailVersturen',
] as const;

export type EmailSettingName = (typeof EMAIL_SETTINGS)[number];

export interface EmailSetting {
  shouldSend: boolean;
  email: string | null;
  ccEmail: string | null;
}

export interface Address {
  contactpersoon: string | null;
  straat: string | null;
  postcode: string | null;
  plaats: string | null;
  landId: string | null;
}

export type Aanmaningsoort = 'Nee' | 'Onderneming' | 'Consument';
export type IncassoSoort = 'Geen' | 'Core' | 'B2B';

/** Text, Enum and DateTime values are strings; Integer, Float and Money numbers. */
export type CustomFieldValue = string | number | boolean;

export interface Relatie {
  readonly id: string;
  /** The generated debtor it was seeded from; control operations find relaties by it. */
  readonly debtorKey: string | null;
  relatiecode: number;
  relatiesoort: string[];
  naam: string;
  vestigingsAdres: Address;
  correspondentieAdres: Address;
  telefoon: string | null;
  mobieleTelefoon: string | null;
  fax: string | null;
  email: string | null;
  btwNummer: string | null;
  factuurkorting: number;
  krediettermijn: number;
  bankieren: boolean;
  nonactief: boolean;
  /** Euros on the wire (a .NET double), cents here. */
  kredietLimietCents: number;
  memo: string | null;
  kvkNummer: string | null;
  oin: string | null;
  websiteUrl: string | null;
  aanmaningsoort: Aanmaningsoort | null;
  emailSettings: Record<EmailSettingName, EmailSetting>;
  ublBestandAlsBijlage: boolean;
  iban: string | null;
  bic: string | null;
  incassoSoort: IncassoSoort;
  factuurRelatieId: string | null;
  /** Extra velden by definition name; absent when never filled. */
  customFields: Map<string, CustomFieldValue>;
  modifiedOn: NaiveMs;
}

/** The booking behind an invoice (notes §4.2); the verkoopfactuur is derived from it. */
export interface Verkoopboeking {
  readonly id: string;
  factuurnummer: string;
  boekstuk: string;
  klantId: string;
  factuurdatum: SandboxDate;
  omschrijving: string;
  totalCents: number;
  vatCents: number;
  betalingstermijn: number;
  markering: boolean;
  gewijzigdDoorAccountant: boolean;
  modifiedOn: NaiveMs;
}

export interface Verkoopfactuur {
  readonly id: string;
  readonly boekingId: string;
  /** The neutral invoice key of the generator; null for none. */
  readonly invoiceKey: string | null;
  factuurnummer: string;
  relatieId: string;
  factuurDatum: SandboxDate;
  vervalDatum: SandboxDate;
  totalCents: number;
  /** `openstaandSaldo`: "alleen bij uitlezen gevuld" (notes §4.1); kept current by payments. */
  openCents: number;
  modifiedOn: NaiveMs;
}

export interface GrootboekMutatie {
  readonly id: string;
  grootboekId: string;
  dagboekId: string;
  datum: SandboxDate;
  modifiedOn: NaiveMs;
  omschrijving: string;
  debetCents: number;
  creditCents: number;
  boekstuk: string;
  factuurNummer: string | null;
  relatieId: string | null;
  /** The verkoopboeking this line belongs to; deleting the booking deletes the line. */
  readonly boekingId: string | null;
}

export const DOCUMENT_TYPES = ['Inkoopboekingen', 'Verkoopboekingen', 'Relaties'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface StoredDocument {
  readonly id: string;
  readonly documentType: DocumentType;
  parentId: string;
  fileName: string;
  readOnly: boolean;
  /** Base64, as uploaded. */
  content: string;
}

export interface Grootboek {
  readonly id: string;
  nummer: number;
  omschrijving: string;
  grootboekfunctie: string;
  rekeningCode: 'Balans' | 'WinstEnVerlies';
  grootboekRubriek: string;
  modifiedOn: NaiveMs;
}

export interface Dagboek {
  readonly id: string;
  nummer: number;
  omschrijving: string;
  soort: 'Kas' | 'Bank' | 'Verkoop' | 'Inkoop' | 'Memoriaal';
}

export interface Land {
  readonly id: string;
  naam: string;
  landcode: string;
  landcodeISO: string;
}

/** The accounts and journals a receivables flow books on. */
export interface Ledger {
  debiteuren: Grootboek;
  bank: Grootboek;
  omzetHoog: Grootboek;
  verkoopDagboek: Dagboek;
  bankDagboek: Dagboek;
}

export interface Administration {
  readonly key: string;
  /** `administratieIdentifier` of companyInfo (notes §2.1): the stable tenant id. */
  readonly id: string;
  name: string;
  company: CompanyProfile;
  relaties: Map<string, Relatie>;
  boekingen: Map<string, Verkoopboeking>;
  facturen: Map<string, Verkoopfactuur>;
  mutaties: Map<string, GrootboekMutatie>;
  documents: Map<string, StoredDocument>;
  grootboeken: Grootboek[];
  dagboeken: Dagboek[];
  ledger: Ledger;
  /** Lookups for control operations: debtor code / debtor key / invoice number → id. */
  relatieIdByCode: Map<number, string>;
  relatieIdByDebtorKey: Map<string, string>;
  factuurIdByNumber: Map<string, string>;
  /** Bumped on every change, so cached list results know they are stale. */
  version: number;
  /** Counter for keys of records made after seeding. */
  sequence: number;
}
