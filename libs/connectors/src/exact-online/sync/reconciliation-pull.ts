// pull('invoices', mode 'reconciliation'): Exact's own list of what is outstanding,
// read/financial/ReceivablesList (§4.1–4.2: "an invoice missing from it is reconciled (paid)").
// The list has no entry id (its keys change, §8.10), so the open receivable terms are read as
// well (bulk/Cashflow/Receivables, IsFullyPaid eq false, 1,000 a page) to name each open item's
// sales entry: the invoice's externalId.
//
// The contract with the hub (README "Reconciliation"): the pages' records are every invoice that
// is open in Exact, with the open amount the list gives; once the page with `done` has been
// committed, the hub treats its open invoices that no page named as settled. Failures are open
// items or terms that could not be read; one that names an invoice (externalId) keeps that
// invoice from being settled. The cursor is handed back unchanged.
import { exactOnline, type CanonicalInvoice, MappingError } from '@hub/mapping';
import type { MappingFailure, PulledPage, PullRequest } from '../../port/records.js';
import { RECEIVABLE_FIELDS, RECEIVABLES_LIST_FIELDS, selectOf } from '../http/select-fields.js';
import { failureOf, type PullContext } from './pull-context.js';
import { CallMeter } from '../../http/call-meter.js';
import { TermBook } from './term-book.js';

const RECORDS_PER_PAGE = 1_000;

export async function* pullReconciliation(context: PullContext, request: PullRequest<'invoices'>): AsyncGenerator<PulledPage<'invoices'>> {
  const meter = new CallMeter(context.api);
  const listRows = await context.api.all({ endpoint: 'read/financial/ReceivablesList', query: { $select: selectOf(RECEIVABLES_LIST_FIELDS) }, signal: context.signal });
  const openTermRows = await context.api.all({
    endpoint: 'bulk/Cashflow/Receivables',
    query: { $select: selectOf(RECEIVABLE_FIELDS), $filter: 'IsFullyPaid eq false' },
    signal: context.signal,
  });

  const snapshot = exactOnline.receivablesListToOpenItems(listRows);
  const book = new TermBook(context.source);
  const termFailures = book.add(openTermRows).failures.map(({ raw, error }) => failureOf(raw, error, 'TransactionEntryID'));
  const fromTerms = book.takeAll();
  const { records, failures } = reconcile(snapshot, fromTerms.records);
  const allFailures = [...termFailures, ...fromTerms.failures, ...failures];

  const chunks = chunk(records, RECORDS_PER_PAGE);
  for (const [index, pageRecords] of chunks.entries()) {
    const first = index === 0;
    yield {
      resource: 'invoices',
      records: pageRecords,
      failures: first ? allFailures : [],
      removedExternalIds: [],
      cursor: request.cursor,
      done: index === chunks.length - 1,
      apiCalls: first ? meter.take() : 0,
    };
  }
}

/**
 * The open items, each with the invoice its open terms make (same debtor and number). Where the
 * list has rows it could not read, an invoice that is open by its terms is kept open as its terms
 * say, rather than being settled on incomplete evidence.
 */
function reconcile(snapshot: exactOnline.OpenItemsPage, invoices: readonly CanonicalInvoice[]): { records: CanonicalInvoice[]; failures: MappingFailure[] } {
  const byKey = new Map<string, CanonicalInvoice[]>();
  for (const invoice of invoices) {
    const key = `${invoice.debtorExternalId}/${invoice.number}`;
    byKey.set(key, [...(byKey.get(key) ?? []), invoice]);
  }
  const records: CanonicalInvoice[] = [];
  const failures: MappingFailure[] = snapshot.failures.map((failure) => ({ externalId: null, raw: failure.rows, error: failure.error }));
  const listIncomplete = snapshot.failures.length > 0;
  const used = new Set<string>();

  for (const item of snapshot.items) {
    const candidates = byKey.get(item.invoiceKey) ?? [];
    used.add(item.invoiceKey);
    if (candidates.length === 1) records.push(withOpenAmount(candidates[0] as CanonicalInvoice, item.openCents));
    // The same number twice for one debtor (two journals): the terms' own open amounts stand.
    else if (candidates.length > 1) records.push(...candidates);
    else failures.push({ externalId: null, raw: item, error: new MappingError('InvoiceNumber', item.number, 'an open item in ReceivablesList without an open receivable term: its sales entry is unknown') });
  }
  if (listIncomplete) for (const [key, candidates] of byKey) if (!used.has(key)) records.push(...candidates);
  return { records, failures };
}

/**
 * The list's amount is Exact's word on what is open (§4.1), positive for an invoice as observed
 * (§4.2 🟡). An amount of the opposite sign is an overpayment: nothing is open on the invoice.
 */
function withOpenAmount(invoice: CanonicalInvoice, listCents: number): CanonicalInvoice {
  const openCents = Math.sign(listCents) === -Math.sign(invoice.totalCents) ? 0 : listCents;
  const status = openCents === 0 ? 'paid' : Math.abs(openCents) >= Math.abs(invoice.totalCents) ? 'open' : 'partially_paid';
  return { ...invoice, openCents, status };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
