// Schema `MutationListItem` (no relation, description, rows or VAT — §3.4) and schema `Mutation`
// (detail; an invoice mutation carries the `termOfPayment` due dates are derived from).
import type { MutationRecord, OpeningBalanceRecord } from '../store/records.js';
import { euros } from './money.js';
import { wireObject, type WireObject } from './wire-object.js';

export type MutationListItem = {
  id: number;
  type: number;
  date: string;
  invoiceNumber: string;
  ledgerId: number;
  amount: number;
  entryNumber: string;
};

export function mutationListItem(mutation: MutationRecord): MutationListItem {
  return {
    id: mutation.id,
    type: mutation.type,
    date: mutation.date,
    invoiceNumber: mutation.invoiceNumber ?? '',
    ledgerId: mutation.ledgerId,
    amount: euros(mutation.totalCents),
    entryNumber: mutation.entryNumber ?? '',
  };
}

/** Shaped exactly like the captured row `{ "id": 0, "type": 0, "date": "2018-12-31", "invoiceNumber": "", … }` (§6.2). */
export function openingBalanceListItem(row: OpeningBalanceRecord): MutationListItem {
  return { id: 0, type: 0, date: row.date, invoiceNumber: '', ledgerId: row.ledgerId, amount: euros(row.amountCents), entryNumber: '' };
}

export function mutationDetail(mutation: MutationRecord, omitEmpty: boolean): WireObject {
  return wireObject(
    [
      ['id', mutation.id],
      ['type', mutation.type],
      ['date', mutation.date],
      ['description', mutation.description],
      ['termOfPayment', mutation.termOfPayment],
      ['ledgerId', mutation.ledgerId],
      ['relationId', mutation.relationId],
      ['inExVat', mutation.inExVat],
      ['invoiceNumber', mutation.invoiceNumber],
      ['entryNumber', mutation.entryNumber],
      [
        'rows',
        mutation.rows.map((row) =>
          wireObject(
            [
              ['ledgerId', row.ledgerId],
              ['vatCode', row.vatCode],
              ['vatAmount', euros(row.vatAmountCents)],
              ['amount', euros(row.amountCents)],
              ['description', row.description],
              ['invoiceNumber', row.invoiceNumber],
              ['relationId', row.relationId],
            ],
            omitEmpty,
          ),
        ),
      ],
      ['vat', mutation.vat.map((vat) => ({ vatCode: vat.vatCode, amount: euros(vat.amountCents) }))],
    ],
    omitEmpty,
  );
}
