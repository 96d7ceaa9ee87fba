// Booking sales invoices and received payments the way e-Boekhouden does: a type-2 mutation on
// the debtors ledger opens a post, type-3 mutations on a bank ledger settle it (§3.1, §5.1).
// Seeding, the control API and `POST /v1/mutation` all book through these functions.
import type { SandboxDate } from '../../core/contracts.js';
import type { AdministrationStore } from './administration-store.js';
import { MUTATION_TYPE, type InvoiceRecord, type MutationRecord, type OpenPostRecord, type RelationRecord } from './records.js';
import { salesVatCode } from './vat.js';

export interface SalesInvoiceSpec {
  invoiceKey: string;
  relation: RelationRecord;
  invoiceNumber: string;
  date: SandboxDate;
  termOfPayment: number;
  description: string;
  totalCents: number;
  vatCents: number;
  /** Open amount after settlements not booked as payments here (credit notes matched in the UI). */
  openCents: number;
  isCreditNote: boolean;
  creditsInvoiceKey: string | null;
  /** Also create the invoicing module's record (`/v1/invoice`). */
  inInvoiceModule: boolean;
}

/** The invoice's type-2 mutation: the debtors ledger against one revenue row, amounts excl. VAT. */
export function salesInvoiceMutation(administration: AdministrationStore, spec: SalesInvoiceSpec): MutationRecord {
  const exclCents = spec.totalCents - spec.vatCents;
  const vatCode = salesVatCode(exclCents, spec.vatCents);
  return {
    id: administration.nextMutationId(),
    type: MUTATION_TYPE.invoiceSent,
    date: spec.date,
    description: spec.description,
    ledgerId: administration.ledgerOf('DEB').id,
    inExVat: 'EX',
    termOfPayment: spec.termOfPayment,
    relationId: spec.relation.id,
    invoiceNumber: spec.invoiceNumber,
    entryNumber: spec.invoiceNumber,
    rows: [{ ledgerId: administration.ledgerOf('VW').id, vatCode, vatAmountCents: spec.vatCents, amountCents: exclCents, description: spec.description }],
    vat: spec.vatCents === 0 ? [] : [{ vatCode, amountCents: spec.vatCents }],
    totalCents: spec.totalCents,
  };
}

/** Books the invoice mutation (built from the spec unless given) and opens its post. */
export function bookSalesInvoice(
  administration: AdministrationStore,
  spec: SalesInvoiceSpec,
  mutation: MutationRecord = salesInvoiceMutation(administration, spec),
): OpenPostRecord {
  administration.addMutation(mutation);
  const post: OpenPostRecord = {
    mutationId: mutation.id,
    invoiceKey: spec.invoiceKey,
    debtorKey: spec.relation.debtorKey,
    relationId: spec.relation.id,
    invoiceNumber: spec.invoiceNumber,
    date: spec.date,
    totalCents: spec.totalCents,
    vatCents: spec.vatCents,
    openCents: spec.openCents,
    isCreditNote: spec.isCreditNote,
    creditsInvoiceKey: spec.creditsInvoiceKey,
  };
  administration.addOpenPost(post);
  if (spec.inInvoiceModule) administration.addInvoice(invoiceRecordFor(administration, spec, mutation));
  return post;
}

export interface PaymentSpec {
  post: OpenPostRecord;
  amountCents: number;
  date: SandboxDate;
  description: string;
  paymentReference?: string;
  /** The bank (FIN) ledger; defaults to the administration's first. */
  ledgerId?: number;
}

/** A type-3 mutation: one row on the debtors ledger carrying the invoice number and relation (§5.1). */
export function bookPayment(administration: AdministrationStore, spec: PaymentSpec): MutationRecord {
  const mutation: MutationRecord = {
    id: administration.nextMutationId(),
    type: MUTATION_TYPE.invoicePaymentReceived,
    date: spec.date,
    description: spec.description,
    ledgerId: spec.ledgerId ?? administration.ledgerOf('FIN').id,
    inExVat: 'EX',
    relationId: spec.post.relationId,
    invoiceNumber: spec.post.invoiceNumber,
    rows: [
      {
        ledgerId: administration.ledgerOf('DEB').id,
        vatCode: 'GEEN',
        vatAmountCents: 0,
        amountCents: spec.amountCents,
        invoiceNumber: spec.post.invoiceNumber,
        relationId: spec.post.relationId,
      },
    ],
    vat: [],
    totalCents: spec.amountCents,
  };
  if (spec.paymentReference !== undefined) mutation.paymentReference = spec.paymentReference;
  administration.addMutation(mutation);
  settle(spec.post, spec.amountCents);
  return mutation;
}

/** Over-payments leave a negative open amount, as a credit balance on the open post would [INF]. */
export function settle(post: OpenPostRecord, amountCents: number): void {
  post.openCents -= amountCents;
}

function invoiceRecordFor(administration: AdministrationStore, spec: SalesInvoiceSpec, mutation: MutationRecord): InvoiceRecord {
  const exclCents = spec.totalCents - spec.vatCents;
  const row = mutation.rows[0];
  return {
    id: administration.ids.nextInvoiceId(),
    mutationId: mutation.id,
    invoiceNumber: spec.invoiceNumber,
    relationId: spec.relation.id,
    date: spec.date,
    text: spec.description,
    termOfPayment: spec.termOfPayment,
    inExVat: 'EX',
    templateId: administration.invoiceTemplateId,
    totalExclCents: exclCents,
    vatCents: spec.vatCents,
    totalCents: spec.totalCents,
    items: [
      {
        quantity: 1,
        description: spec.description,
        pricePerUnitCents: exclCents,
        vatCode: row?.vatCode ?? 'GEEN',
        vatAmountCents: spec.vatCents,
        ledgerId: row?.ledgerId ?? administration.ledgerOf('VW').id,
      },
    ],
  };
}
