// `GET /v1/invoice` (filters invoiceNumber, relationId, date — §3.2) and `GET /v1/invoice/{id}`:
// the invoicing module only; invoices other tools booked as mutations are not here.
import { Router } from 'express';
import { PATH_PREFIX, type EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from '../http/filters.js';
import { malformedPolicy } from '../http/malformed-policy.js';
import { pageOf, parsePaging } from '../http/paging.js';
import { administrationOf, pathId, queryOf } from '../http/request-context.js';
import { invoiceDetail, invoiceListItem } from '../serialise/invoices.js';
import { maybeCorrupt, withDoubleNoise, withoutFields, withTimePart } from '../serialise/malformed.js';
import type { InvoiceRecord } from '../store/records.js';

const INVOICE_FILTERS: readonly FilterField<InvoiceRecord>[] = [
  { parameter: 'invoiceNumber', kind: 'string', value: (invoice) => invoice.invoiceNumber },
  { parameter: 'relationId', kind: 'number', value: (invoice) => invoice.relationId },
  { parameter: 'date', kind: 'date', value: (invoice) => invoice.date },
];

const INVOICE_DAMAGE = [withTimePart('date'), withDoubleNoise('totalAmount'), withoutFields('termOfPayment')];

export function invoiceRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const administration = administrationOf(req);
    const query = queryOf(req);
    const page = parsePaging(query);
    const matches = filterFromQuery(query, INVOICE_FILTERS);
    const policy = malformedPolicy(deps, 'invoice', administration.key);
    res.json(
      pageOf(administration.invoices().filter(matches), page, deps.options.countMeaning, (invoice) =>
        maybeCorrupt(invoiceListItem(invoice, pdfUrl(deps, invoice)), invoice.id, policy, INVOICE_DAMAGE),
      ),
    );
  });

  router.get('/:id', (req, res) => {
    const id = pathId(req);
    const invoice = id === null ? undefined : administrationOf(req).invoice(id);
    if (!invoice) throw new EBoekhoudenApiError('INVOICE_NOT_FOUND', { status: deps.options.notFoundStatus });
    res.json(invoiceDetail(invoice, pdfUrl(deps, invoice), deps.options.omitEmptyFields));
  });

  return router;
}

/** Where the PDF would be; the stand-in renders no PDFs (the hub never downloads them). */
function pdfUrl(deps: EBoekhoudenDeps, invoice: InvoiceRecord): string {
  return `${deps.context.baseUrl()}${PATH_PREFIX}/files/invoice/${invoice.id}.pdf`;
}
