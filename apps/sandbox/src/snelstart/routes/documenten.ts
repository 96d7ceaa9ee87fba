// `/v2/documenten` (notes §4.5, §6 row 3): attach a reminder PDF to the verkoopboeking (or the
// relatie). POST answers 200 `{id, uri}`, not 201 (notes §2.3). Every write is a logged write-back;
// the log keeps the document's size and hash rather than megabytes of base64.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { documentUri, serialiseDocumentContent, serialiseDocumentReference } from '../serialise/document.js';
import type { SnelStartState } from '../state.js';
import { addDocument, documentsOf, parentExists } from '../store/documents.js';
import type { StoredDocument } from '../store/types.js';
import { documentTypeOf, readDocumentUpload, type DocumentUpload } from '../validation/document.js';
import { sendModelState, sendNotFound, sendValidationErrors } from '../wire/errors.js';
import { administrationOf, guidParam, jsonBody, recordWriteBack } from './request-context.js';

export function documentRoutes(state: SnelStartState): Router {
  const router = Router();
  const read = requireScopes(state, 'documenten:read');
  const write = requireScopes(state, 'boekhouden:write', 'documenten:write');

  router.get('/documenten/:documenttype/:pid', read, (req, res) => {
    const documentType = documentTypeOf(String(req.params.documenttype));
    const pid = guidParam(req, res, state, 'pid');
    if (pid === null) return;
    const administration = administrationOf(state, res);
    if (!documentType || !parentExists(administration, documentType, pid)) {
      sendNotFound(res);
      return;
    }
    res.json(documentsOf(administration, pid).filter((document) => document.documentType === documentType).map(serialiseDocumentReference));
  });

  router.get('/documenten/:id', read, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const document = administrationOf(state, res).documents.get(id);
    if (document) res.json(serialiseDocumentContent(document));
    else sendNotFound(res);
  });

  router.post('/documenten/:documenttype', write, (req, res) => {
    const typeName = String(req.params.documenttype);
    const documentType = documentTypeOf(typeName);
    if (!documentType) {
      sendModelState(res, { documenttype: [`The value '${typeName}' is not valid.`] }, state.options.aspNetErrorKeys);
      return;
    }
    const body = jsonBody(req);
    const result = readDocumentUpload(body.ok ? body.value : undefined, 'create');
    if (!result.ok) {
      if ('errors' in result) sendValidationErrors(res, result.errors);
      else sendModelState(res, result.modelState, state.options.aspNetErrorKeys);
      return;
    }
    const administration = administrationOf(state, res);
    const { upload } = result;
    if (upload.parentIdentifier === null || !parentExists(administration, documentType, upload.parentIdentifier)) {
      sendNotFound(res);
      return;
    }
    const document = addDocument(administration, { documentType, parentId: upload.parentIdentifier, fileName: upload.fileName, readOnly: upload.readOnly, content: upload.content });
    recordWriteBack(state, req, administration, 'document', logEntry(document, upload));
    res.json({ id: document.id, uri: documentUri(document.id) });
  });

  router.put('/documenten/:id', write, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const administration = administrationOf(state, res);
    const document = administration.documents.get(id);
    if (!document) {
      sendNotFound(res);
      return;
    }
    const body = jsonBody(req);
    const result = readDocumentUpload(body.ok ? body.value : undefined, 'update');
    if (!result.ok) {
      if ('errors' in result) sendValidationErrors(res, result.errors);
      else sendModelState(res, result.modelState, state.options.aspNetErrorKeys);
      return;
    }
    const { upload } = result;
    if (upload.parentIdentifier !== null && !parentExists(administration, document.documentType, upload.parentIdentifier)) {
      sendNotFound(res);
      return;
    }
    Object.assign(document, { parentId: upload.parentIdentifier ?? document.parentId, fileName: upload.fileName, readOnly: upload.readOnly, content: upload.content });
    administration.version++;
    recordWriteBack(state, req, administration, 'document', logEntry(document, upload));
    res.json({ id: document.id, uri: documentUri(document.id) });
  });

  router.delete('/documenten/:id', write, (req, res) => {
    const id = guidParam(req, res, state);
    if (id === null) return;
    const administration = administrationOf(state, res);
    const document = administration.documents.get(id);
    if (!document) {
      sendNotFound(res);
      return;
    }
    administration.documents.delete(id);
    administration.version++;
    recordWriteBack(state, req, administration, 'document', { id, documentType: document.documentType, parentIdentifier: document.parentId, fileName: document.fileName });
    res.status(200).end();
  });

  return router;
}

function logEntry(document: StoredDocument, upload: DocumentUpload): Record<string, unknown> {
  return {
    id: document.id,
    documentType: document.documentType,
    parentIdentifier: document.parentId,
    fileName: document.fileName,
    readOnly: document.readOnly,
    contentBytes: upload.bytes,
    contentSha256: createHash('sha256').update(Buffer.from(upload.content, 'base64')).digest('hex'),
  };
}
