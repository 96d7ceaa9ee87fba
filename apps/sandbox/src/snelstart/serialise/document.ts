// Attachments (notes §4.5): `DocumentModel` inside a parent, `DocumentContentModel` with the
// base64 content on `GET /documenten/{id}`, and the reference list of `GET /documenten/{type}/{pid}`.
import type { StoredDocument } from '../store/types.js';

export interface DocumentWire {
  parentIdentifier: string;
  fileName: string;
  readOnly: boolean;
  id: string;
  uri: string;
}

export interface DocumentContentWire {
  content: string;
  parentIdentifier: string;
  fileName: string;
  readOnly: boolean;
  id: string;
  uri: string;
}

/** SPEC's response for every document type is `VerkoopBoekingBijlageReferenceModel`, parent in `verkoopBoekingId`. */
export interface DocumentReferenceWire {
  verkoopBoekingId: string;
  fileName: string;
  readOnly: boolean;
  id: string;
  uri: string;
}

export function documentUri(id: string): string {
  return `/documenten/${id}`;
}

export function serialiseDocument(document: StoredDocument): DocumentWire {
  return { parentIdentifier: document.parentId, fileName: document.fileName, readOnly: document.readOnly, id: document.id, uri: documentUri(document.id) };
}

export function serialiseDocumentContent(document: StoredDocument): DocumentContentWire {
  return { content: document.content, ...serialiseDocument(document) };
}

export function serialiseDocumentReference(document: StoredDocument): DocumentReferenceWire {
  return { verkoopBoekingId: document.parentId, fileName: document.fileName, readOnly: document.readOnly, id: document.id, uri: documentUri(document.id) };
}
