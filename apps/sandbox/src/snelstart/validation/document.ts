// `POST /documenten/{documenttype}` and `PUT /documenten/{id}` with a `DocumentContentModel`
// `{content (base64), parentIdentifier, fileName, readOnly}` (notes §4.5): at most 10 MB, a file
// name without illegal characters, and on create no id (ALG-0100).
import { DOCUMENT_TYPES, type DocumentType } from '../store/types.js';
import type { ErrorCode } from '../wire/error-codes.js';
import { validationError, type ValidationError } from '../wire/errors.js';
import { isPlainObject } from '../wire/json.js';
import { ModelBinder } from './model-binder.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const MAX_FILE_NAME_LENGTH = 255;
const ILLEGAL_FILE_NAME_CHARACTERS = new Set([...'\\/:*?"<>|']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

export interface DocumentUpload {
  content: string;
  bytes: number;
  parentIdentifier: string | null;
  fileName: string;
  readOnly: boolean;
}

export type DocumentUploadResult =
  | { ok: true; upload: DocumentUpload }
  | { ok: false; errors: ValidationError[] }
  | { ok: false; modelState: Record<string, string[]> };

/** `Verkoopboekingen`, `Relaties`, `Inkoopboekingen`; ASP.NET binds the enum case-insensitively. */
export function documentTypeOf(value: string): DocumentType | null {
  return DOCUMENT_TYPES.find((type) => type.toLowerCase() === value.toLowerCase()) ?? null;
}

export function readDocumentUpload(body: unknown, mode: 'create' | 'update'): DocumentUploadResult {
  if (!isPlainObject(body)) return { ok: false, errors: [validationError('BLG-0009')] };
  const binder = new ModelBinder('document');
  const content = binder.string(body, 'content');
  const parentIdentifier = binder.guid(body, 'parentIdentifier');
  const fileName = binder.string(body, 'fileName');
  const readOnly = binder.boolean(body, 'readOnly') ?? false;
  const id = binder.guid(body, 'id');
  const compact = (content ?? '').replace(/\s+/g, '');
  if (content !== null && (!BASE64.test(compact) || compact.length % 4 !== 0)) {
    (binder.modelState['document.content'] ??= []).push(`Could not convert string to byte[]: ${content.slice(0, 20)}. Path 'content'.`);
  }
  if (!binder.valid) return { ok: false, modelState: binder.modelState };

  const bytes = Buffer.byteLength(compact, 'base64');
  const errors: ErrorCode[] = [];
  if (mode === 'create' && id !== null && id !== EMPTY_GUID) errors.push('ALG-0100');
  if (bytes === 0) errors.push('BLG-0011');
  if (bytes > MAX_DOCUMENT_BYTES) errors.push('BLG-0013');
  if (fileName === null || fileName.trim() === '') errors.push('BLG-0007');
  else if (hasIllegalCharacter(fileName)) errors.push('BLG-0016');
  else if (fileName.length > MAX_FILE_NAME_LENGTH) errors.push('BLG-0017');
  if (errors.length > 0) return { ok: false, errors: errors.map(validationError) };
  return { ok: true, upload: { content: compact, bytes, parentIdentifier, fileName: fileName ?? '', readOnly } };
}

/** Windows' reserved characters and control characters. */
function hasIllegalCharacter(fileName: string): boolean {
  return [...fileName].some((char) => ILLEGAL_FILE_NAME_CHARACTERS.has(char) || char.charCodeAt(0) < 0x20);
}
