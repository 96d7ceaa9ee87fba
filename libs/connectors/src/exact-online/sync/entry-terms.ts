// The extra reads of the invoice pull (§4.3): one filtered GET on cashflow/Receivables for what
// the sync feed cannot give. The sync endpoint filters on Timestamp only (§4.9), so these go to
// the receivables endpoint, which has the same fields and accepts filters on them.
import type { ExactApi } from '../http/exact-api.js';
import { guidLiteral, int32Literal } from '../http/odata.js';
import { RECEIVABLE_FIELDS, selectOf } from '../http/select-fields.js';

const ENDPOINT = 'cashflow/Receivables';

/** Every term of one sales entry (`TransactionEntryID`, "use this as reference to SalesEntries"). */
export function readEntryTerms(api: ExactApi, entryId: string, signal?: AbortSignal): Promise<unknown[]> {
  return api.all({ endpoint: ENDPOINT, query: { $select: selectOf(RECEIVABLE_FIELDS), $filter: `TransactionEntryID eq ${guidLiteral(entryId, 'entry id')}` }, signal });
}

/**
 * The terms of an invoice named by debtor and number, with the receipts that pay it (a receipt's
 * InvoiceNumber is the invoice it is for, §4.2). Null when the number cannot be an Int32 filter.
 */
export async function readInvoiceTerms(api: ExactApi, accountId: string, invoiceNumber: string, signal?: AbortSignal): Promise<unknown[] | null> {
  const number = int32Literal(invoiceNumber);
  if (number === null) return null;
  return api.all({
    endpoint: ENDPOINT,
    query: { $select: selectOf(RECEIVABLE_FIELDS), $filter: `Account eq ${guidLiteral(accountId, 'account id')} and InvoiceNumber eq ${number}` },
    signal,
  });
}
