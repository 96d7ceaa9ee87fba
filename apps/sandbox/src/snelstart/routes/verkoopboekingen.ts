// `GET /v2/verkoopboekingen/{id}` (notes §4.2): lines, btw and attachments of an invoice.
// There is no collection GET; per relatie it is `/relaties/{id}/verkoopboekingen`.
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { serialiseVerkoopboeking } from '../serialise/verkoopboeking.js';
import type { SnelStartState } from '../state.js';
import { documentsOf } from '../store/documents.js';
import { sendNotFound } from '../wire/errors.js';
import { administrationOf, guidParam } from './request-context.js';

export function verkoopboekingRoutes(state: SnelStartState): Router {
  const router = Router();
  router.get('/verkoopboekingen/:id', requireScopes(state, 'boekhouden:read'), (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const administration = administrationOf(state, res);
    const boeking = administration.boekingen.get(id);
    if (boeking) res.json(serialiseVerkoopboeking(boeking, administration.ledger.omzetHoog, documentsOf(administration, id)));
    else sendNotFound(res);
  });
  return router;
}
