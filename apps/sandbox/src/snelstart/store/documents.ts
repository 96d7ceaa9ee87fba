// Attachments on verkoopboekingen and relaties (notes §4.5).
import { stableUuid } from '../ids.js';
import type { Administration, DocumentType, StoredDocument } from './types.js';

export function documentsByParent(administration: Administration): Map<string, StoredDocument[]> {
  const index = new Map<string, StoredDocument[]>();
  for (const document of administration.documents.values()) {
    const list = index.get(document.parentId);
    if (list) list.push(document);
    else index.set(document.parentId, [document]);
  }
  return index;
}

export function documentsOf(administration: Administration, parentId: string): StoredDocument[] {
  return [...administration.documents.values()].filter((document) => document.parentId === parentId);
}

/** Whether `parentId` names something of this document type in the administratie. */
export function parentExists(administration: Administration, documentType: DocumentType, parentId: string): boolean {
  switch (documentType) {
    case 'Verkoopboekingen':
      return administration.boekingen.has(parentId);
    case 'Relaties':
      return administration.relaties.has(parentId);
    case 'Inkoopboekingen':
      return false; // the sandbox books no purchases
  }
}

export function addDocument(
  administration: Administration,
  document: Omit<StoredDocument, 'id'>,
): StoredDocument {
  const stored: StoredDocument = { ...document, id: stableUuid('snelstart', administration.key, 'document', ++administration.sequence) };
  administration.documents.set(stored.id, stored);
  administration.version++;
  return stored;
}
