// Schema `OutstandingInvoiceListItem` (§3.1). Deliberately no due date: clients derive it from the
// invoice mutation's `termOfPayment` (`GET /v1/mutation/{mutationId}`).
import type { OpenPostRecord, RelationRecord } from '../store/records.js';
import { euros } from './money.js';

export type OutstandingInvoiceListItem = {
  date: string;
  mutationId: number;
  invoiceNumber: string;
  relationId: number;
  relationCode: string;
  company: string;
  totalAmount: number;
  paidAmount: number;
  outstandingAmount: number;
};

/** `relation` is undefined when the relation was deleted after booking. */
export function outstandingListItem(post: OpenPostRecord, relation: RelationRecord | undefined): OutstandingInvoiceListItem {
  return {
    date: post.date,
    mutationId: post.mutationId,
    invoiceNumber: post.invoiceNumber,
    relationId: post.relationId,
    relationCode: relation?.code ?? '',
    company: relation?.name ?? '',
    totalAmount: euros(post.totalCents),
    paidAmount: euros(post.totalCents - post.openCents),
    outstandingAmount: euros(post.openCents),
  };
}
