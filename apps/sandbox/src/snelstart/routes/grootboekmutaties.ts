// `/v2/grootboekmutaties` (notes §4.4): where payment dates and amounts come from, e.g.
// `$filter=Grootboek/Id eq guid'<debiteuren>' and Saldo lt 0 and ModifiedOn gt datetime'…'`.
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { malformGrootboekMutatie } from '../malformed.js';
import { GROOTBOEKMUTATIE_TYPE } from '../queryable/grootboekmutatie.js';
import { serialiseGrootboekMutatie } from '../serialise/grootboekmutatie.js';
import type { SnelStartState } from '../state.js';
import { sendNotFound } from '../wire/errors.js';
import { sendODataList } from './odata-list.js';
import { administrationOf, guidParam } from './request-context.js';

export function grootboekmutatieRoutes(state: SnelStartState): Router {
  const router = Router();
  const read = requireScopes(state, 'boekhouden:read');

  router.get('/grootboekmutaties', read, (req, res) => {
    sendODataList(req, res, state, administrationOf(state, res), {
      name: 'grootboekmutaties',
      type: GROOTBOEKMUTATIE_TYPE,
      records: (administration) => administration.mutaties.values(),
      serialise: serialiseGrootboekMutatie,
      malform: malformGrootboekMutatie,
    });
  });

  router.get('/grootboekmutaties/:id', read, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const mutatie = administrationOf(state, res).mutaties.get(id);
    if (mutatie) res.json(serialiseGrootboekMutatie(mutatie));
    else sendNotFound(res);
  });

  return router;
}
