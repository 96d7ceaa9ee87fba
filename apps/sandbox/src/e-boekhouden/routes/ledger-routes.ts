// `GET /v1/ledger` (filters code, category — §3.6) and `GET /v1/ledger/{id}`: the DEB and FIN
// ledger ids a client needs to book a received payment.
import { Router } from 'express';
import type { EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from '../http/filters.js';
import { pageOf, parsePaging } from '../http/paging.js';
import { administrationOf, pathId, queryOf } from '../http/request-context.js';
import { ledgerItem } from '../serialise/ledgers.js';
import type { LedgerRecord } from '../store/records.js';

const LEDGER_FILTERS: readonly FilterField<LedgerRecord>[] = [
  { parameter: 'code', kind: 'string', value: (ledger) => ledger.code },
  { parameter: 'category', kind: 'string', value: (ledger) => ledger.category },
];

export function ledgerRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const query = queryOf(req);
    const page = parsePaging(query);
    const matches = filterFromQuery(query, LEDGER_FILTERS);
    res.json(pageOf(administrationOf(req).ledgers().filter(matches), page, deps.options.countMeaning, ledgerItem));
  });

  router.get('/:id', (req, res) => {
    const id = pathId(req);
    const ledger = id === null ? undefined : administrationOf(req).ledger(id);
    if (!ledger) throw new EBoekhoudenApiError('LEDGER_NOT_FOUND', { status: deps.options.notFoundStatus });
    res.json(ledgerItem(ledger));
  });

  return router;
}
