// The booking rules behind `POST /v1/mutation` (schema CreateMutation, §5.1): closed periods
// (MUT_005), payment references used before (MUTA_008), and for a received payment (type 3) an
// invoice number and relation on every row (MUT_120 / MUT_112 / MUT_113) naming an open post of
// that relation (MUT_115). A sales invoice (type 2) opens a post; other types are just booked.
import type { SandboxDate } from '../../core/contracts.js';
import { EBoekhoudenApiError } from '../errors.js';
import type { AdministrationStore } from './administration-store.js';
import { bookSalesInvoice, settle } from './bookings.js';
import { MUTATION_TYPE, type MutationRecord, type MutationRowRecord, type OpenPostRecord } from './records.js';
import { vatOnAmount } from './vat.js';

/** A row as the API receives it: ledger and VAT amount may be left for the booking rules to fill in. */
export type MutationRowInput = Omit<MutationRowRecord, 'ledgerId' | 'vatAmountCents'> & { ledgerId?: number; vatAmountCents?: number };

/** A mutation as the API receives it: the stored record's header, before ids, VAT lines and totals exist. */
export interface MutationInput extends Omit<MutationRecord, 'id' | 'rows' | 'vat' | 'totalCents'> {
  checkPaymentReference: boolean;
  rows: MutationRowInput[];
}

export interface BookingRules {
  closedUntil: SandboxDate | null;
  paymentReferenceCheck: 'always' | 'when-requested';
  /** Term for a sales invoice whose body and relation give none. */
  defaultTermOfPayment: number;
}

export function bookMutation(administration: AdministrationStore, input: MutationInput, rules: BookingRules): MutationRecord {
  if (rules.closedUntil !== null && input.date <= rules.closedUntil) throw new EBoekhoudenApiError('MUT_005', { propertyName: 'date' });
  if (!administration.ledger(input.ledgerId)) throw new EBoekhoudenApiError('ERR_002', { propertyName: 'ledgerId' });
  input.rows.forEach((row, index) => {
    if (row.ledgerId !== undefined && !administration.ledger(row.ledgerId)) {
      throw new EBoekhoudenApiError('ERR_002', { propertyName: `rows[${index}].ledgerId` });
    }
  });
  const checkReference = rules.paymentReferenceCheck === 'always' || input.checkPaymentReference;
  if (input.paymentReference && checkReference && administration.hasPaymentReference(input.paymentReference)) {
    throw new EBoekhoudenApiError('MUTA_008', { propertyName: 'paymentReference' });
  }
  switch (input.type) {
    case MUTATION_TYPE.invoicePaymentReceived:
      return bookReceivedPayment(administration, input);
    case MUTATION_TYPE.invoiceSent:
      return bookInvoiceSent(administration, input, rules);
    default: {
      const mutation = mutationRecord(administration, input);
      administration.addMutation(mutation);
      return mutation;
    }
  }
}

/** One type-3 mutation per request; each row settles the open post it names. */
function bookReceivedPayment(administration: AdministrationStore, input: MutationInput): MutationRecord {
  const posts: OpenPostRecord[] = input.rows.map((row, index) => {
    if (!row.invoiceNumber) throw new EBoekhoudenApiError('MUT_120', { propertyName: `rows[${index}].invoiceNumber` });
    if (row.relationId === undefined) throw new EBoekhoudenApiError('MUT_112', { propertyName: `rows[${index}].relationId` });
    if (!administration.relation(row.relationId)) throw new EBoekhoudenApiError('MUT_113', { propertyName: `rows[${index}].relationId` });
    const post = administration.openPostFor(row.relationId, row.invoiceNumber);
    if (!post) throw new EBoekhoudenApiError('MUT_115', { propertyName: `rows[${index}].invoiceNumber` });
    return post;
  });
  const mutation = mutationRecord(administration, input);
  administration.addMutation(mutation);
  // A payment row normally carries VAT code GEEN; if it carries VAT, the amount settled includes it.
  mutation.rows.forEach((row, index) => settle(posts[index] as OpenPostRecord, row.amountCents + (mutation.inExVat === 'EX' ? row.vatAmountCents : 0)));
  return mutation;
}

function bookInvoiceSent(administration: AdministrationStore, input: MutationInput, rules: BookingRules): MutationRecord {
  if (input.relationId === undefined) throw new EBoekhoudenApiError('MUT_112', { propertyName: 'relationId' });
  const relation = administration.relation(input.relationId);
  if (!relation) throw new EBoekhoudenApiError('MUT_113', { propertyName: 'relationId' });
  if (!input.invoiceNumber) throw new EBoekhoudenApiError('ERR_002', { propertyName: 'invoiceNumber' });
  if (administration.openPostFor(relation.id, input.invoiceNumber)) throw new EBoekhoudenApiError('MUT_019', { propertyName: 'invoiceNumber' });
  const mutation = mutationRecord(administration, input);
  mutation.termOfPayment = input.termOfPayment ?? relation.termOfPayment ?? rules.defaultTermOfPayment;
  bookSalesInvoice(
    administration,
    {
      invoiceKey: `EB-M${mutation.id}`,
      relation,
      invoiceNumber: input.invoiceNumber,
      date: input.date,
      termOfPayment: mutation.termOfPayment,
      description: input.description,
      totalCents: mutation.totalCents,
      vatCents: mutation.vat.reduce((sum, vat) => sum + vat.amountCents, 0),
      openCents: mutation.totalCents,
      isCreditNote: mutation.totalCents < 0,
      creditsInvoiceKey: null,
      inInvoiceModule: false,
    },
    mutation,
  );
  return mutation;
}

/** The mutation as sent: VAT worked out from each row's code unless the row gives it. */
function mutationRecord(administration: AdministrationStore, input: MutationInput): MutationRecord {
  const rows: MutationRowRecord[] = input.rows.map((row) => {
    const record: MutationRowRecord = {
      ledgerId: row.ledgerId ?? administration.ledgerOf('DEB').id,
      vatCode: row.vatCode,
      vatAmountCents: row.vatAmountCents ?? vatOnAmount(row.amountCents, row.vatCode, input.inExVat),
      amountCents: row.amountCents,
    };
    if (row.description !== undefined) record.description = row.description;
    if (row.invoiceNumber !== undefined) record.invoiceNumber = row.invoiceNumber;
    if (row.relationId !== undefined) record.relationId = row.relationId;
    return record;
  });
  const vatByCode = new Map<string, number>();
  for (const row of rows) if (row.vatAmountCents !== 0) vatByCode.set(row.vatCode, (vatByCode.get(row.vatCode) ?? 0) + row.vatAmountCents);
  const amounts = rows.reduce((sum, row) => sum + row.amountCents, 0);
  const vatTotal = rows.reduce((sum, row) => sum + row.vatAmountCents, 0);
  const mutation: MutationRecord = {
    id: administration.nextMutationId(),
    type: input.type,
    date: input.date,
    description: input.description,
    ledgerId: input.ledgerId,
    inExVat: input.inExVat,
    rows,
    vat: [...vatByCode].map(([vatCode, amountCents]) => ({ vatCode, amountCents })),
    totalCents: input.inExVat === 'EX' ? amounts + vatTotal : amounts,
  };
  if (input.termOfPayment !== undefined) mutation.termOfPayment = input.termOfPayment;
  if (input.relationId !== undefined) mutation.relationId = input.relationId;
  if (input.invoiceNumber !== undefined) mutation.invoiceNumber = input.invoiceNumber;
  if (input.entryNumber !== undefined) mutation.entryNumber = input.entryNumber;
  if (input.paymentReference !== undefined) mutation.paymentReference = input.paymentReference;
  return mutation;
}
