// What every SnelStart pull works with: the administratie's API, the mapper's context, the
// overlap and the caller's signal; and the per-pull cache of reference lists (§8.6: landen,
// grootboeken and dagboeken are read once per pull, not per record).
import type { MappingError, Resource, snelstart } from '@hub/mapping';
import type { MappingFailure } from '../../port/records.js';
import type { SnelStartApi } from '../http/snelstart-api.js';
import { textField } from '../http/snelstart-api.js';

/** Optional details the mapper set to null instead of quarantining the record (invalid VAT number, phone …). */
export type DroppedValuesListener = (resource: Resource, externalId: string, dropped: readonly MappingError[]) => void;

export interface PullContext {
  api: SnelStartApi;
  source: snelstart.SourceContext;
  /** How far before the stored `modifiedOn` an incremental pull starts (README "Cursors"). */
  overlapMs: number;
  signal?: AbortSignal;
  onDroppedValues?: DroppedValuesListener;
}

/** A failed row for the quarantine, with its `id` when it has a readable one. */
export function failureOf({ raw, error }: snelstart.RowFailure): MappingFailure {
  return { externalId: textField(raw, 'id')?.trim().toLowerCase() ?? null, raw, error };
}
