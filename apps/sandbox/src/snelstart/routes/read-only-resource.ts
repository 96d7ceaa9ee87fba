// A read-only OData collection with its by-id lookup (`GET /<name>`, `GET /<name>/{id}`), as
// SnelStart serves verkoopfacturen and grootboekmutaties.
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import type { SnelStartScope } from '../options.js';
import type { SnelStartState } from '../state.js';
import type { Administration } from '../store/types.js';
import { sendNotFound } from '../wire/errors.js';
import { type ODataResource, sendODataList } from './odata-list.js';
import { administrationOf, guidParam } from './request-context.js';

export interface ReadOnlyResource<R extends { readonly id: string }, W extends object> extends ODataResource<R, W> {
  scope: SnelStartScope;
  byId(administration: Administration): ReadonlyMap<string, R>;
}

export function readOnlyResourceRoutes<R extends { readonly id: string }, W extends object>(
  state: SnelStartState,
  resource: ReadOnlyResource<R, W>,
): Router {
  const router = Router();
  const read = requireScopes(state, resource.scope);

  router.get(`/${resource.name}`, read, (req, res) => {
    sendODataList(req, res, state, administrationOf(state, res), resource);
  });

  router.get(`/${resource.name}/:id`, read, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const record = resource.byId(administrationOf(state, res)).get(id);
    if (record) res.json(resource.serialise(record));
    else sendNotFound(res);
  });

  return router;
}
