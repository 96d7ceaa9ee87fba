// pull('payments'): the debtors-ledger lines of `/grootboekmutaties` by ModifiedOn (§4.4, 🟡
// KIOUI: `Grootboek/Id eq guid'<debiteuren>' and ModifiedOn gt datetime'…'`). The mapper keeps
// the lines not booked in a sales journal (those are the invoices). The ledgers and journal kinds
// are read once per pull (reference-lists.ts) unless configured.
import { snelstart } from '@hub/mapping';
import type { KnownRecordLookup } from '../../port/connector.js';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { guidOf } from '../http/snelstart-api.js';
import { pullModified } from './modified-pull.js';
import type { PullContext } from './pull-context.js';
import { readDebtorsLedgerIds, readJournalKinds } from './reference-lists.js';

export interface SnelStartPaymentSettings {
  /** §4.4 ❓: the debiteuren grootboek id(s); default: every grootboek with function DagboekVerkoop. */
  debtorsLedgerIds?: readonly string[];
}

/**
 * A ledger line names its invoice by number only (§4.4); `known` (the hub's stored invoices,
 * synced before payments in a run) turns the numbers on each page into invoice ids, so payments
 * carry allocations. Without it they stay unallocated.
 */
export async function* pullPayments(
  context: PullContext,
  request: PullRequest<'payments'>,
  settings: SnelStartPaymentSettings,
  known?: KnownRecordLookup,
): AsyncGenerator<PulledPage<'payments'>> {
  const before = context.api.apiCalls;
  const ledgers = (settings.debtorsLedgerIds ?? (await readDebtorsLedgerIds(context.api, context.signal))).map((id) => guidOf(id, 'debtors ledger id'));
  const paymentContext: snelstart.PaymentContext = { ...context.source, debtorsLedgerIds: ledgers, journalKindById: await readJournalKinds(context.api, context.signal) };
  let referenceCalls = context.api.apiCalls - before;
  const filter = `(${ledgers.map((id) => `Grootboek/Id eq guid'${id}'`).join(' or ')})`;
  const map = async (rows: readonly unknown[]): Promise<ReturnType<typeof snelstart.grootboekmutatiesToPayments>> => {
    const invoiceIdByNumber = known === undefined ? undefined : await known.invoiceIdsByNumber(invoiceNumbersOf(rows));
    return snelstart.grootboekmutatiesToPayments(rows, { ...paymentContext, invoiceIdByNumber });
  };
  for await (const page of pullModified(context, request, { resource: 'payments', endpoint: 'grootboekmutaties', filter, map })) {
    yield { ...page, apiCalls: page.apiCalls + referenceCalls };
    referenceCalls = 0;
  }
}

/** The invoice numbers the lines name, trimmed as the mapper reads them. */
function invoiceNumbersOf(rows: readonly unknown[]): string[] {
  const numbers = new Set<string>();
  for (const row of rows) {
    const value = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).factuurNummer : undefined;
    if (typeof value === 'string' && value.trim() !== '') numbers.add(value.trim());
  }
  return [...numbers];
}
