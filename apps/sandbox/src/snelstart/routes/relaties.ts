// `/v2/relaties` (notes §4.3): the OData list, a single relatie, the full-object PUT, the extra
// velden, and the per-relatie verkoopboekingen. Writes are logged as write-backs.
import { Router, type Request, type Response } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { malformRelatie } from '../malformed.js';
import { relatieType } from '../queryable/relatie.js';
import { serialiseCustomFields } from '../serialise/custom-fields.js';
import { serialiseRelatie } from '../serialise/relatie.js';
import { serialiseVerkoopboeking } from '../serialise/verkoopboeking.js';
import { nowNaive, type SnelStartState } from '../state.js';
import { documentsByParent, documentsOf } from '../store/documents.js';
import type { Administration, Relatie } from '../store/types.js';
import { applyCustomFieldChanges, readCustomFieldChanges } from '../validation/custom-fields.js';
import { ModelBinder } from '../validation/model-binder.js';
import { applyRelatieWrite, bindRelatieWrite, validateRelatieWrite } from '../validation/relatie-write.js';
import { sendModelState, sendNotFound, sendValidationErrors, validationError } from '../wire/errors.js';
import { isPlainObject } from '../wire/json.js';
import { sendODataList } from './odata-list.js';
import { administrationOf, guidParam, jsonBody, recordWriteBack } from './request-context.js';

export function relatieRoutes(state: SnelStartState): Router {
  const router = Router();
  const read = requireScopes(state, 'relaties:read');
  const write = requireScopes(state, 'relaties:write');
  const definitions = () => state.options.customFieldDefinitions;

  router.get('/relaties', read, (req, res) => {
    const administration = administrationOf(state, res);
    const documents = documentsByParent(administration);
    sendODataList(req, res, state, administration, {
      name: 'relaties',
      type: relatieType(definitions()),
      records: (source) => source.relaties.values(),
      serialise: (relatie) => serialiseRelatie(relatie, documents.get(relatie.id) ?? [], definitions()),
      malform: malformRelatie,
    });
  });

  router.get('/relaties/:id', read, (req, res) => {
    const found = activeRelatie(req, res, state);
    if (found) res.json(serialiseRelatie(found.relatie, documentsOf(found.administration, found.relatie.id), definitions()));
  });

  router.put('/relaties/:id', write, (req, res) => {
    const found = existingRelatie(req, res, state);
    if (!found) return;
    const { administration, relatie } = found;
    const body = jsonBody(req);
    if (!body.ok || !isPlainObject(body.value)) {
      sendValidationErrors(res, [validationError('REL-0066')]);
      return;
    }
    const binder = new ModelBinder('relatie');
    const input = bindRelatieWrite(body.value, binder);
    if (!input) {
      sendModelState(res, binder.modelState, state.options.aspNetErrorKeys);
      return;
    }
    const errors = validateRelatieWrite(input, {
      urlId: relatie.id,
      current: relatie,
      relatieIdWithCode: (code) => administration.relatieIdByCode.get(code),
      relatieExists: (id) => administration.relaties.has(id),
    });
    if (errors.length > 0) {
      sendValidationErrors(res, errors);
      return;
    }
    const memoBefore = relatie.memo;
    administration.relatieIdByCode.delete(relatie.relatiecode);
    applyRelatieWrite(relatie, input);
    administration.relatieIdByCode.set(relatie.relatiecode, relatie.id);
    relatie.modifiedOn = nowNaive(state);
    administration.version++;
    recordWriteBack(state, req, administration, relatie.memo === memoBefore ? 'relatie' : 'memo', body.value);
    const { fax: _fax, ...writeModel } = serialiseRelatie(relatie, documentsOf(administration, relatie.id), definitions());
    res.json(writeModel);
  });

  router.get('/relaties/:id/customFields', read, (req, res) => {
    const found = existingRelatie(req, res, state);
    if (found) res.json(serialiseCustomFields(found.relatie, definitions()));
  });

  router.put('/relaties/:id/customFields', write, (req, res) => {
    const found = existingRelatie(req, res, state);
    if (!found) return;
    const { administration, relatie } = found;
    const body = jsonBody(req);
    const result = readCustomFieldChanges(body.ok ? body.value : undefined, relatie, definitions());
    if (!result.ok) {
      sendValidationErrors(res, result.errors);
      return;
    }
    applyCustomFieldChanges(relatie, result.changes);
    if (state.options.customFieldsBumpRelatieModifiedOn) relatie.modifiedOn = nowNaive(state);
    administration.version++;
    recordWriteBack(state, req, administration, 'custom-field', body.ok ? body.value : null);
    res.json(serialiseCustomFields(relatie, definitions()));
  });

  // Unpaged: no OData on this operation (notes §3.1, §4.2).
  router.get('/relaties/:id/verkoopboekingen', read, requireScopes(state, 'boekhouden:read'), (req, res) => {
    const found = activeRelatie(req, res, state);
    if (!found) return;
    const { administration, relatie } = found;
    const documents = documentsByParent(administration);
    const boekingen = [...administration.boekingen.values()].filter((boeking) => boeking.klantId === relatie.id);
    res.json(boekingen.map((boeking) => serialiseVerkoopboeking(boeking, administration.ledger.omzetHoog, documents.get(boeking.id) ?? [])));
  });

  return router;
}

interface FoundRelatie {
  administration: Administration;
  relatie: Relatie;
}

function existingRelatie(req: Request, res: Response, state: SnelStartState): FoundRelatie | null {
  const id = guidParam(req, res, state);
  if (id === null) return null;
  const administration = administrationOf(state, res);
  const relatie = administration.relaties.get(id);
  if (!relatie) {
    sendNotFound(res);
    return null;
  }
  return { administration, relatie };
}

/** SPEC: "Geeft een actieve relatie terug": a nonactief relatie is not found by id. */
function activeRelatie(req: Request, res: Response, state: SnelStartState): FoundRelatie | null {
  const found = existingRelatie(req, res, state);
  if (found?.relatie.nonactief) {
    sendNotFound(res);
    return null;
  }
  return found;
}
