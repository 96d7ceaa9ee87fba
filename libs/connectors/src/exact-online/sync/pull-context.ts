// What every Exact pull works with: the division's API, the mapper's context and the caller's signal.
import type { exactOnline, MappingError, Resource } from '@hub/mapping';
import type { MappingFailure } from '../../port/records.js';
import type { ExactApi } from '../http/exact-api.js';
import { textField } from '../http/exact-api.js';

/** Optional details the mapper set to null instead of quarantining the record (invalid VAT number, phone …). */
export type DroppedValuesListener = (resource: Resource, externalId: string, dropped: readonly MappingError[]) => void;

export interface PullContext {
  api: ExactApi;
  source: exactOnline.SourceContext;
  signal?: AbortSignal;
  onDroppedValues?: DroppedValuesListener;
}

/** A failed row for the quarantine, with its `ID` when it has a readable one. */
export function failureOf(raw: unknown, error: MappingError, idField = 'ID'): MappingFailure {
  return { externalId: textField(raw, idField)?.toLowerCase() ?? null, raw, error };
}
