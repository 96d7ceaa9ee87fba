// What the stand-in keeps per division: lean records in integer cents and plain dates.
// Wire shapes (padded codes, /Date(ms)/, signs, Int64 strings) are made only in ../wire.
import type { SandboxDate } from '../../core/contracts.js';

/** Every record a sync endpoint serves carries the division-wide row version (§4.9). */
export interface Versioned {
  timestamp: number;
  createdMs: number;
  modifiedMs: number;
  /** User GUID of the creator / last modifier. */
  creatorId: string;
  modifierId: string;
}

export interface AccountRecord extends Versioned {
  id: string;
  /** Unpadded debtor number, e.g. "10042"; the wire pads it to 18 characters. */
  code: string;
  name: string;
  kind: 'business' | 'consumer';
  contactName: string;
  email: string;
  phone: string;
  addressLine1: string;
  postcode: string;
  city: string;
  countryCode: string;
  language: 'NL' | 'EN';
  chamberOfCommerce: string | null;
  vatNumber: string | null;
  iban: string;
  paymentTermDays: number;
  blocked: boolean;
  customerSince: SandboxDate;
  /** Neutral key of the generated debtor, for control calls. */
  generatedKey: string;
}

/** A booked sales entry (an invoice or credit note): the header the payment terms hang off. */
export interface SalesEntryRecord {
  entryId: string;
  /** Exact's Int32 invoice number (= EntryNumber of a sales entry). */
  invoiceNumber: number;
  /** The number as the generator / control API names it, e.g. "2026-00123". */
  displayNumber: string;
  generatedKey: string;
  accountId: string;
  invoiceDate: SandboxDate;
  dueDate: SandboxDate;
  description: string;
  totalCents: number;
  vatCents: number;
  currency: string;
  isCreditNote: boolean;
  paymentTermDays: number;
  /** ID of the entry's line on the receivables account (PaymentTerms.TransactionID). */
  debtorLineId: string;
  createdMs: number;
  financialYear: number;
  financialPeriod: number;
}

/** One payment term of an entry (§4.3/§4.4); also what ReceivablesList lists while open. */
export interface PaymentTermRecord extends Versioned {
  id: string;
  /** Terms split off one another get different EntryIDs (§4.3). */
  entryId: string;
  /** The sales entry (invoice) or cash entry (receipt) the term belongs to. */
  transactionEntryId: string;
  /** The sales entry this term is about (for a receipt: the invoice it pays). */
  voucherEntryId: string;
  transactionLineId: string;
  kind: 'invoice' | 'receipt';
  accountId: string;
  /** Signed from the company's view: + for an invoice, − for a credit note or a received payment. */
  amountCents: number;
  /** Total of the linked transaction (TransactionAmountDC). */
  transactionAmountCents: number;
  dueDate: SandboxDate;
  entryDate: SandboxDate;
  invoiceDate: SandboxDate;
  /** Invoice this term is for (for a receipt: the invoice it pays). */
  invoiceNumber: number;
  /** The term's own entry number (the invoice number, or the bank entry number of a receipt). */
  entryNumber: number;
  journalCode: string;
  description: string;
  yourRef: string | null;
  paymentTermDays: number;
  fullyPaid: boolean;
  /** 20 open, 50 matched (§4.3). */
  status: 20 | 50;
  lastPaymentDate: SandboxDate | null;
  /** ReceivablesList key; regenerated with the term (§4.2). */
  hid: number;
}

/** A line on the receivables GL account (sync/Financial/TransactionLines, §4.6). */
export interface TransactionLineRecord extends Versioned {
  id: string;
  entryId: string;
  entryNumber: number;
  lineNumber: number;
  /** 20 sales entry, 21 sales credit note, 40 cash flow (§4.6). */
  type: 20 | 21 | 40;
  accountId: string;
  amountCents: number;
  date: SandboxDate;
  dueDate: SandboxDate | null;
  description: string;
  invoiceNumber: number | null;
  journalCode: string;
  financialYear: number;
  financialPeriod: number;
}

/** sync/Deleted EntityType codes (§4.9). */
export const DELETED_ENTITY_TYPE = { transactionLines: 1, accounts: 2, documents: 6, paymentTerms: 10 } as const;

export interface DeletedRecord {
  timestamp: number;
  id: string;
  entityKey: string;
  entityType: number;
  deletedBy: string;
  deletedMs: number;
}

export interface CommunicationNoteRecord extends Versioned {
  id: string;
  hid: number;
  accountId: string | null;
  contactId: string | null;
  documentId: string | null;
  subject: string;
  notes: string | null;
  dateMs: number | null;
  userId: string | null;
}

export interface DocumentRecord extends Versioned {
  id: string;
  hid: number;
  subject: string;
  type: number;
  accountId: string | null;
  body: string | null;
  documentDateMs: number | null;
  salesInvoiceNumber: number | null;
  financialTransactionEntryId: string | null;
}

export interface DocumentAttachmentRecord extends Versioned {
  id: string;
  documentId: string;
  fileName: string;
  content: Buffer;
}

export interface BankEntryLineRecord {
  id: string;
  lineNumber: number;
  accountId: string | null;
  glAccountId: string | null;
  amountCents: number;
  dateMs: number | null;
  description: string | null;
  notes: string | null;
  ourRef: number | null;
}

export interface BankEntryRecord extends Versioned {
  entryId: string;
  entryNumber: number;
  journalCode: string;
  currency: string;
  financialYear: number;
  financialPeriod: number;
  lines: BankEntryLineRecord[];
}

export interface WebhookSubscriptionRecord {
  id: string;
  clientId: string;
  division: number;
  topic: string;
  callbackUrl: string;
  description: string;
  userId: string;
  creatorFullName: string;
  createdMs: number;
}
