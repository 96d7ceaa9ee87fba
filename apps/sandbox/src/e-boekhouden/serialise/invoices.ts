// Schemas `InvoiceListItem` and `Invoice` (§3.2): the invoicing module's view, with no open amount
// or status (join with the outstanding endpoint for those).
import type { InvoiceRecord } from '../store/records.js';
import { euros } from './money.js';
import { wireObject, type WireObject } from './wire-object.js';

export type InvoiceListItem = {
  id: number;
  invoiceNumber: string;
  relationId: number;
  date: string;
  reference: string;
  text: string;
  urlPdfFile: string;
  totalExcl: number;
  totalAmount: number;
  vatAmount: number;
  termOfPayment: number;
  templateId: number;
  print: boolean;
};

export function invoiceListItem(invoice: InvoiceRecord, pdfUrl: string): InvoiceListItem {
  return {
    id: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    relationId: invoice.relationId,
    date: invoice.date,
    reference: invoice.reference ?? '',
    text: invoice.text,
    urlPdfFile: pdfUrl,
    totalExcl: euros(invoice.totalExclCents),
    totalAmount: euros(invoice.totalCents),
    vatAmount: euros(invoice.vatCents),
    termOfPayment: invoice.termOfPayment,
    templateId: invoice.templateId,
    print: false,
  };
}

export function invoiceDetail(invoice: InvoiceRecord, pdfUrl: string, omitEmpty: boolean): WireObject {
  return wireObject(
    [
      ['id', invoice.id],
      ['invoiceNumber', invoice.invoiceNumber],
      ['relationId', invoice.relationId],
      ['date', invoice.date],
      ['reference', invoice.reference],
      ['text', invoice.text],
      ['termOfPayment', invoice.termOfPayment],
      ['inExVat', invoice.inExVat],
      ['templateId', invoice.templateId],
      ['totalExcl', euros(invoice.totalExclCents)],
      ['totalAmount', euros(invoice.totalCents)],
      ['vatAmount', euros(invoice.vatCents)],
      ['urlPdfFile', pdfUrl],
      [
        'items',
        invoice.items.map((item) =>
          wireObject(
            [
              ['quantity', item.quantity],
              // `amount` is the deprecated name of `quantity` and still sent (§3.2).
              ['amount', item.quantity],
              ['code', item.code],
              ['description', item.description],
              ['pricePerUnit', euros(item.pricePerUnitCents)],
              ['vatCode', item.vatCode],
              ['vatAmount', euros(item.vatAmountCents)],
              ['ledgerId', item.ledgerId],
            ],
            omitEmpty,
          ),
        ),
      ],
    ],
    omitEmpty,
  );
}
