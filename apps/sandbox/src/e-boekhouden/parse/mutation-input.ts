// The `POST /v1/mutation` body (schema CreateMutation, §5.1) → a MutationInput. Shape checks
// only; the booking rules (closed period, open post, payment reference) are in store/book-mutation.
import { EBoekhoudenApiError } from '../errors.js';
import {
  invalid,
  isPlainObject,
  optionalAmountCents,
  optionalBoolean,
  optionalDate,
  optionalInteger,
  optionalString,
  type JsonObject,
} from '../http/json.js';
import type { MutationInput, MutationRowInput } from '../store/book-mutation.js';
import type { MutationType } from '../store/records.js';
import { isKnownVatCode } from '../store/vat.js';

/** Reported by a client that books payments against the live API (§5.1, pain point 6) [3P]. */
export const MAX_DESCRIPTION_LENGTH = 50;

/** Row `ledgerId` is required for these types only (§5.1). */
const TYPES_NEEDING_ROW_LEDGER: readonly MutationType[] = [1, 2, 5, 6, 7];

export function parseMutationInput(body: unknown): MutationInput {
  if (!isPlainObject(body)) throw new EBoekhoudenApiError('DATA_01');
  const type = optionalInteger(body, 'type');
  if (type === undefined || type < 1 || type > 7) throw invalid('type');
  const date = optionalDate(body, 'date');
  if (date === undefined) throw invalid('date');
  const ledgerId = optionalInteger(body, 'ledgerId');
  if (ledgerId === undefined) throw invalid('ledgerId');
  const description = optionalString(body, 'description') ?? '';
  if (description.length > MAX_DESCRIPTION_LENGTH) throw invalid('description', `The description has at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  const inExVat = optionalString(body, 'inExVat') ?? 'EX';
  if (inExVat !== 'IN' && inExVat !== 'EX') throw invalid('inExVat');

  const rawRows = body['rows'];
  if (!Array.isArray(rawRows) || rawRows.length === 0) throw invalid('rows');
  const rows = rawRows.map((row: unknown, index) => parseRow(row, index, type as MutationType));

  const input: MutationInput = {
    type: type as MutationType,
    date,
    description,
    ledgerId,
    inExVat,
    checkPaymentReference: optionalBoolean(body, 'checkPaymentReference') ?? false,
    rows,
  };
  const termOfPayment = optionalInteger(body, 'termOfPayment');
  if (termOfPayment !== undefined) input.termOfPayment = termOfPayment;
  const relationId = optionalInteger(body, 'relationId');
  if (relationId !== undefined) input.relationId = relationId;
  const invoiceNumber = optionalString(body, 'invoiceNumber');
  if (invoiceNumber) input.invoiceNumber = invoiceNumber;
  const entryNumber = optionalString(body, 'entryNumber');
  if (entryNumber) input.entryNumber = entryNumber;
  const paymentReference = optionalString(body, 'paymentReference');
  if (paymentReference) input.paymentReference = paymentReference;
  return input;
}

function parseRow(raw: unknown, index: number, type: MutationType): MutationRowInput {
  const at = (field: string): string => `rows[${index}].${field}`;
  if (!isPlainObject(raw)) throw invalid(`rows[${index}]`);
  const row: JsonObject = raw;
  const amountCents = optionalAmountCents(row, 'amount', at('amount'));
  if (amountCents === undefined) throw invalid(at('amount'));
  const vatCode = optionalString(row, 'vatCode', at('vatCode')) ?? 'GEEN';
  if (!isKnownVatCode(vatCode)) throw invalid(at('vatCode'));
  const ledgerId = optionalInteger(row, 'ledgerId', at('ledgerId'));
  if (ledgerId === undefined && TYPES_NEEDING_ROW_LEDGER.includes(type)) throw invalid(at('ledgerId'));

  const parsed: MutationRowInput = { vatCode, amountCents };
  if (ledgerId !== undefined) parsed.ledgerId = ledgerId;
  const vatAmountCents = optionalAmountCents(row, 'vatAmount', at('vatAmount'));
  if (vatAmountCents !== undefined) parsed.vatAmountCents = vatAmountCents;
  const description = optionalString(row, 'description', at('description'));
  if (description) parsed.description = description;
  const invoiceNumber = optionalString(row, 'invoiceNumber', at('invoiceNumber'));
  if (invoiceNumber) parsed.invoiceNumber = invoiceNumber;
  const relationId = optionalInteger(row, 'relationId', at('relationId'));
  if (relationId !== undefined) parsed.relationId = relationId;
  return parsed;
}
