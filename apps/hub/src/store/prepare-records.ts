import { type CanonicalRecord, type Platform } from '@hub/mapping';
import { RecordScopeError, type StoreScope } from './store-scope.js';
import { encodeRecord, type EncodedRecord, type TableSpec } from './table-spec.js';

/** A canonical record ready to be written: normalised, encoded as column values, hashed. */
export interface PreparedRecord<R> extends EncodedRecord {
  record: R;
}

export interface PreparedBatch<R> {
  /** One per external id, sorted by external id (a stable lock order for concurrent writers). */
  rows: PreparedRecord<R>[];
  /** Records replaced by a later record with the same external id in the same batch. */
  superseded: number;
}

/**
 * Checks every record belongs to the scope (administration and platform), keeps the last record
 * per external id (a platform page may repeat a record that changed while paging; the later copy
 * is the newer one), normalises and encodes.
 */
export function prepareRecords<R extends CanonicalRecord>(
  scope: StoreScope,
  platform: Platform,
  spec: TableSpec<R>,
  records: readonly R[],
  normalise: (record: R) => R = (record) => record,
): PreparedBatch<R> {
  const latest = new Map<string, R>();
  for (const record of records) {
    const { source } = record;
    if (source.administrationId !== scope.administrationId || source.platform !== platform) {
      throw new RecordScopeError(
        `record ${source.platform}/${source.administrationId}/${source.externalId} does not belong to ` +
          `administration ${scope.administrationId} (${platform})`,
      );
    }
    if (typeof source.externalId !== 'string' || source.externalId === '') {
      throw new RecordScopeError(`a record of administration ${scope.administrationId} has no external id`);
    }
    latest.set(source.externalId, record);
  }
  const externalIds = [...latest.keys()].sort();
  const rows = externalIds.map((externalId) => {
    const record = normalise(latest.get(externalId) as R);
    return { record, ...encodeRecord(spec, record) };
  });
  return { rows, superseded: records.length - rows.length };
}
