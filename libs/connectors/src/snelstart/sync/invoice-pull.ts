// pull('invoices'): `/verkoopfacturen` by ModifiedOn (§4.1, §4.6). ❓ §4.4: a payment may not
// touch the invoice's modifiedOn; reconciliation-pull.ts re-reads the open invoices for that.
import { snelstart } from '@hub/mapping';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { pullModified } from './modified-pull.js';
import type { PullContext } from './pull-context.js';

export function pullInvoices(context: PullContext, request: PullRequest<'invoices'>): AsyncGenerator<PulledPage<'invoices'>> {
  return pullModified(context, request, { resource: 'invoices', endpoint: 'verkoopfacturen', map: (rows) => snelstart.verkoopfacturenToInvoices(rows, context.source) });
}
