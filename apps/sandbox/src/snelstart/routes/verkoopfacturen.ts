// `/v2/verkoopfacturen` (notes §4.1): read-only; note the scope is `orders:read` (sic, §4.0).
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { malformVerkoopfactuur } from '../malformed.js';
import { VERKOOPFACTUUR_TYPE } from '../queryable/verkoopfactuur.js';
import { serialiseVerkoopfactuur } from '../serialise/verkoopfactuur.js';
import type { SnelStartState } from '../state.js';
import { sendNotFound } from '../wire/errors.js';
import { sendODataList } from './odata-list.js';
import { administrationOf, guidParam } from './request-context.js';

export function verkoopfactuurRoutes(state: SnelStartState): Router {
  const router = Router();
  const read = requireScopes(state, 'orders:read');

  router.get('/verkoopfacturen', read, (req, res) => {
    sendODataList(req, res, state, administrationOf(state, res), {
      name: 'verkoopfacturen',
      type: VERKOOPFACTUUR_TYPE,
      records: (administration) => administration.facturen.values(),
      serialise: serialiseVerkoopfactuur,
      malform: malformVerkoopfactuur,
    });
  });

  router.get('/verkoopfacturen/:id', read, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const factuur = administrationOf(state, res).facturen.get(id);
    if (factuur) res.json(serialiseVerkoopfactuur(factuur));
    else sendNotFound(res);
  });

  return router;
}
