// Lookup lists: `/landen` and `/dagboeken` take no OData options and ignore `$filter`
// (🟡 FAKE, notes §3.1); `/grootboeken` is an OData list.
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { GROOTBOEK_TYPE } from '../queryable/grootboek.js';
import { serialiseDagboek, serialiseGrootboek, serialiseLand } from '../serialise/reference.js';
import type { SnelStartState } from '../state.js';
import { LANDEN } from '../store/reference-data.js';
import { sendNotFound } from '../wire/errors.js';
import { sendODataList } from './odata-list.js';
import { administrationOf, guidParam } from './request-context.js';

export function referenceRoutes(state: SnelStartState): Router {
  const router = Router();
  const settings = requireScopes(state, 'settings:read');
  const boekhouden = requireScopes(state, 'boekhouden:read');

  router.get('/landen', settings, (_req, res) => {
    res.json(LANDEN.map(serialiseLand));
  });
  router.get('/landen/:id', settings, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const land = LANDEN.find((candidate) => candidate.id === id);
    if (land) res.json(serialiseLand(land));
    else sendNotFound(res);
  });
  router.get('/dagboeken', boekhouden, (_req, res) => {
    res.json(administrationOf(state, res).dagboeken.map(serialiseDagboek));
  });
  router.get('/grootboeken', boekhouden, (req, res) => {
    sendODataList(req, res, state, administrationOf(state, res), {
      name: 'grootboeken',
      type: GROOTBOEK_TYPE,
      records: (administration) => administration.grootboeken,
      serialise: serialiseGrootboek,
    });
  });
  router.get('/grootboeken/:id', boekhouden, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const grootboek = administrationOf(state, res).grootboeken.find((candidate) => candidate.id === id);
    if (grootboek) res.json(serialiseGrootboek(grootboek));
    else sendNotFound(res);
  });
  return router;
}
