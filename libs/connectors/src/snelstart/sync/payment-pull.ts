// pull('payments'): the debtors-ledger lines of `/grootboekmutaties` by ModifiedOn (§4.4, 🟡
// KIOUI: `Grootboek/Id eq guid'<debiteuren>' and ModifiedOn gt datetime'…'`). The mapper keeps
// the lines not booked in a sales journal (those are the invoices). The ledgers and journal kinds
// are read once per pull (reference-lists.ts) unless configured.
import { snelstart } from '@hub/mapping';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { guidOf } from '../http/snelstart-api.js';
import { pullModified } from './modified-pull.js';
import type { PullContext } from './pull-context.js';
import { readDebtorsLedgerIds, readJournalKinds } from './reference-lists.js';

export interface SnelStartPaymentSettings {
  /** §4.4 ❓: the debiteuren grootboek id(s); default: every grootboek with function DagboekVerkoop. */
  debtorsLedgerIds?: readonly string[];
}

export async function* pullPayments(context: PullContext, request: PullRequest<'payments'>, settings: SnelStartPaymentSettings): AsyncGenerator<PulledPage<'payments'>> {
  const before = context.api.apiCalls;
  const ledgers = (settings.debtorsLedgerIds ?? (await readDebtorsLedgerIds(context.api, context.signal))).map((id) => guidOf(id, 'debtors ledger id'));
  const paymentContext: snelstart.PaymentContext = { ...context.source, debtorsLedgerIds: ledgers, journalKindById: await readJournalKinds(context.api, context.signal) };
  let referenceCalls = context.api.apiCalls - before;
  const filter = `(${ledgers.map((id) => `Grootboek/Id eq guid'${id}'`).join(' or ')})`;
  for await (const page of pullModified(context, request, { resource: 'payments', endpoint: 'grootboekmutaties', filter, map: (rows) => snelstart.grootboekmutatiesToPayments(rows, paymentContext) })) {
    yield { ...page, apiCalls: page.apiCalls + referenceCalls };
    referenceCalls = 0;
  }
}
