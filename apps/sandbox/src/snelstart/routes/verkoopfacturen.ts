// `/v2/verkoopfacturen` (notes §4.1): read-only; note the scope is `orders:read` (sic, §4.0).
import type { Router } from 'express';
import { malformVerkoopfactuur } from '../malformed.js';
import { VERKOOPFACTUUR_TYPE } from '../queryable/verkoopfactuur.js';
import { serialiseVerkoopfactuur } from '../serialise/verkoopfactuur.js';
import type { SnelStartState } from '../state.js';
import { readOnlyResourceRoutes } from './read-only-resource.js';

export function verkoopfactuurRoutes(state: SnelStartState): Router {
  return readOnlyResourceRoutes(state, {
    name: 'verkoopfacturen',
    scope: 'orders:read',
    type: VERKOOPFACTUUR_TYPE,
    records: (administration) => administration.facturen.values(),
    byId: (administration) => administration.facturen,
    serialise: serialiseVerkoopfactuur,
    malform: malformVerkoopfactuur,
  });
}
