// What the stand-in keeps per administration. Money is integer cents here; the serialisers turn it
// into the platform's JSON numbers (euros as doubles). Field names follow the REST schemas (§3).
import type { SandboxDate } from '../../core/contracts.js';

/** REST mutation types (§3.4); 0 is only used by opening-balance rows. */
export type MutationType = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MUTATION_TYPE = {
  invoiceReceived: 1,
  invoiceSent: 2,
  invoicePaymentReceived: 3,
  invoicePaymentSent: 4,
  moneyReceived: 5,
  moneySpent: 6,
  journal: 7,
} as const satisfies Record<string, MutationType>;

export type LedgerCategory = 'BAL' | 'VW' | 'FIN' | 'DEB' | 'CRED';

export interface LedgerRecord {
  id: number;
  code: string;
  description: string;
  category: LedgerCategory;
}

/** The editable relation fields, named as on the wire (§3.3). Empty string / undefined = empty. */
export interface RelationFields {
  type: 'B' | 'P';
  code: string;
  name: string;
  salutation?: string;
  contact?: string;
  gender?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  address2?: string;
  postalCode2?: string;
  city2?: string;
  country2?: string;
  phoneNumber?: string;
  mobilePhoneNumber?: string;
  faxNumber?: string;
  emailAddress?: string;
  emailAddressInvoice?: string;
  emailAddressReminder?: string;
  website?: string;
  note?: string;
  vatNumber?: string;
  inactive?: boolean;
  termOfPayment?: number;
  companyRegistrationNumber?: string;
  iban?: string;
  bic?: string;
  freeText1?: string;
  freeText2?: string;
  freeText3?: string;
  freeText4?: string;
  freeText5?: string;
  freeText6?: string;
  freeText7?: string;
  freeText8?: string;
  freeText9?: string;
  freeText10?: string;
  doNotReceiveNewsletters?: boolean;
  ledgerId?: number;
}

export interface RelationRecord extends RelationFields {
  id: number;
  /** The generator's debtor key, so control operations can answer in neutral terms. */
  debtorKey: string;
  /** Creation day (`date` on the wire). */
  date: SandboxDate;
}

export interface MutationRowRecord {
  ledgerId: number;
  vatCode: string;
  vatAmountCents: number;
  /** Row amount as booked (excl. VAT when the mutation is `EX`). */
  amountCents: number;
  description?: string;
  invoiceNumber?: string;
  relationId?: number;
}

export interface MutationRecord {
  id: number;
  type: MutationType;
  date: SandboxDate;
  description: string;
  ledgerId: number;
  inExVat: 'IN' | 'EX';
  termOfPayment?: number;
  relationId?: number;
  invoiceNumber?: string;
  entryNumber?: string;
  paymentReference?: string;
  rows: MutationRowRecord[];
  vat: { vatCode: string; amountCents: number }[];
  /** Amount incl. VAT: what `MutationListItem.amount` shows. */
  totalCents: number;
}

/**
 * A sales invoice booked in the ledger (a type-2 mutation) and its open post: the open amount drops
 * as type-3 payments are booked against it (`GET /v1/mutation/invoice/outstanding`, §3.1).
 */
export interface OpenPostRecord {
  mutationId: number;
  invoiceKey: string;
  debtorKey: string;
  relationId: number;
  invoiceNumber: string;
  date: SandboxDate;
  totalCents: number;
  vatCents: number;
  openCents: number;
  isCreditNote: boolean;
  creditsInvoiceKey: string | null;
}

export interface InvoiceItemRecord {
  quantity: number;
  code?: string;
  description: string;
  pricePerUnitCents: number;
  vatCode: string;
  vatAmountCents: number;
  ledgerId: number;
}

/** An invoice made in the invoicing module (`/v1/invoice`); no open amount or status there (§3.2). */
export interface InvoiceRecord {
  id: number;
  mutationId: number | null;
  invoiceNumber: string;
  relationId: number;
  date: SandboxDate;
  reference?: string;
  text: string;
  termOfPayment: number;
  inExVat: 'IN' | 'EX';
  templateId: number;
  totalExclCents: number;
  vatCents: number;
  totalCents: number;
  items: InvoiceItemRecord[];
}

/** Opening-balance rows: listed with id 0 and type 0 (§3.4, MUT_025 "always ID 0"). */
export interface OpeningBalanceRecord {
  date: SandboxDate;
  ledgerId: number;
  amountCents: number;
}
