// `/v2/grootboekmutaties` (notes §4.4): where payment dates and amounts come from, e.g.
// `$filter=Grootboek/Id eq guid'<debiteuren>' and Saldo lt 0 and ModifiedOn gt datetime'…'`.
import type { Router } from 'express';
import { malformGrootboekMutatie } from '../malformed.js';
import { GROOTBOEKMUTATIE_TYPE } from '../queryable/grootboekmutatie.js';
import { serialiseGrootboekMutatie } from '../serialise/grootboekmutatie.js';
import type { SnelStartState } from '../state.js';
import { readOnlyResourceRoutes } from './read-only-resource.js';

export function grootboekmutatieRoutes(state: SnelStartState): Router {
  return readOnlyResourceRoutes(state, {
    name: 'grootboekmutaties',
    scope: 'boekhouden:read',
    type: GROOTBOEKMUTATIE_TYPE,
    records: (administration) => administration.mutaties.values(),
    byId: (administration) => administration.mutaties,
    serialise: serialiseGrootboekMutatie,
    malform: malformGrootboekMutatie,
  });
}
