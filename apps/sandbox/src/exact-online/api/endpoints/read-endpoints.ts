// The read side the connector uses (§4): debtors (CRUD 60/page, bulk and sync 1,000/page),
// payment terms (sync) and receivables, the outstanding-items snapshot, transaction lines and
// sync/Deleted. Sync endpoints page by Timestamp (`$skiptoken=123L`), CRUD and bulk by key.
import type { PagingSource } from '../../odata/collection.js';
import type { RecordTable } from '../../store/record-table.js';
import { openReceivables } from '../../store/receivables.js';
import type { DivisionStore } from '../../store/division-store.js';
import type { AccountRecord, PaymentTermRecord, TransactionLineRecord, Versioned } from '../../store/records.js';
import { accountEntity, bulkAccountEntity, syncAccountEntity } from '../../wire/entities/account.js';
import { deletedEntity } from '../../wire/entities/deleted.js';
import { bulkReceivableEntity, receivableEntity, syncPaymentTermEntity } from '../../wire/entities/payment-term.js';
import { receivablesListEntity } from '../../wire/entities/receivables-list.js';
import { syncTransactionLineEntity, transactionLineEntity } from '../../wire/entities/transaction-line.js';
import { collectionEndpoint } from '../collection-endpoint.js';
import type { EndpointHandlers } from '../endpoint.js';

export function byTimestamp<R extends Pick<Versioned, 'timestamp'>>(table: RecordTable<R>): PagingSource<R> {
  return { style: 'timestamp', rows: (after) => table.inTimestampOrder(after), tokenOf: (record) => record.timestamp };
}

export function byKey<R>(table: RecordTable<R>, keyOf: (record: R) => string): PagingSource<R> {
  return { style: 'key', rows: (after) => table.inKeyOrder(after), tokenOf: keyOf };
}

type Conditions = Map<string, string | number>;

/** `ID eq guid'…'` (fetchOne) and `Code eq '     …'` without a scan of every account. */
function accountCandidates(store: DivisionStore, conditions: Conditions): AccountRecord[] | null {
  const id = conditions.get('ID');
  if (typeof id === 'string') return present(store.accounts.get(id));
  const code = conditions.get('Code');
  if (typeof code === 'string') {
    const accountId = store.accountIdByCode.get(code.trim());
    return accountId === undefined ? [] : present(store.accounts.get(accountId));
  }
  return null;
}

/** The connector's per-entry and per-invoice reads of cashflow/Receivables (§4.3). */
function termCandidates(store: DivisionStore, conditions: Conditions): PaymentTermRecord[] | null {
  const id = conditions.get('ID');
  if (typeof id === 'string') return present(store.terms.get(id));
  const entryId = conditions.get('TransactionEntryID');
  // Only a sales entry's own terms carry its id; a cash entry's receipts are not indexed by it.
  if (typeof entryId === 'string' && store.entries.get(entryId) !== undefined) return store.termsOfEntry(entryId);
  const invoiceNumber = conditions.get('InvoiceNumber');
  if (typeof invoiceNumber === 'number') {
    const voucher = store.entryIdByInvoiceNumber.get(invoiceNumber);
    return voucher === undefined ? [] : store.termsOfEntry(voucher);
  }
  const accountId = conditions.get('Account');
  if (typeof accountId === 'string') return store.termsOfAccount(accountId);
  return null;
}

function lineCandidates(store: DivisionStore, conditions: Conditions): TransactionLineRecord[] | null {
  const id = conditions.get('ID');
  if (typeof id === 'string') return present(store.lines.get(id));
  const entryId = conditions.get('EntryID');
  return typeof entryId === 'string' ? store.linesOfEntry(entryId) : null;
}

function present<R>(record: R | undefined): R[] {
  return record === undefined ? [] : [record];
}

export function readEndpoints(): Record<string, EndpointHandlers> {
  return {
    'crm/Accounts': collectionEndpoint({
      kind: 'standard',
      entity: accountEntity,
      source: (store) => byKey(store.accounts, (r) => r.id),
      find: (store, id) => store.accounts.get(id),
      candidates: accountCandidates,
    }),
    'bulk/CRM/Accounts': collectionEndpoint({ kind: 'bulk', entity: bulkAccountEntity, source: (store) => byKey(store.accounts, (r) => r.id), candidates: accountCandidates }),
    'sync/CRM/Accounts': collectionEndpoint({ kind: 'sync', entity: syncAccountEntity, source: (store) => byTimestamp(store.accounts) }),
    'sync/Cashflow/PaymentTerms': collectionEndpoint({ kind: 'sync', entity: syncPaymentTermEntity, source: (store) => byTimestamp(store.terms) }),
    'cashflow/Receivables': collectionEndpoint({
      kind: 'standard',
      entity: receivableEntity,
      source: (store) => byKey(store.terms, (r) => r.id),
      find: (store, id) => store.terms.get(id),
      candidates: termCandidates,
    }),
    'bulk/Cashflow/Receivables': collectionEndpoint({
      kind: 'bulk',
      entity: bulkReceivableEntity,
      source: (store) => byKey(store.terms, (r) => r.id),
      candidates: termCandidates,
    }),
    // ❓ §4.2: whether ReceivablesList pages at all; here it pages by $skip (switch `pageSizes.receivablesList`).
    'read/financial/ReceivablesList': collectionEndpoint({
      kind: 'read',
      entity: receivablesListEntity,
      source: (store) => ({ style: 'skip', rows: () => openReceivables(store) }),
    }),
    'sync/Deleted': collectionEndpoint({ kind: 'sync', entity: deletedEntity, source: (store) => byTimestamp(store.deleted) }),
    'sync/Financial/TransactionLines': collectionEndpoint({ kind: 'sync', entity: syncTransactionLineEntity, source: (store) => byTimestamp(store.lines) }),
    'financialtransaction/TransactionLines': collectionEndpoint({
      kind: 'standard',
      entity: transactionLineEntity,
      source: (store) => byKey(store.lines, (r) => r.id),
      find: (store, id) => store.lines.get(id),
      candidates: lineCandidates,
    }),
  };
}
