// How a canonical record becomes a row: one value per column, in a fixed order. The same values
// feed the content hash and the upsert parameters, so the hash covers exactly what is stored.
import { contentHash } from './content-hash.js';

/** One column of a canonical table (besides the common tenant/administration/key/hash columns). */
export interface ColumnSpec<R> {
  column: string;
  /** The column's SQL type, e.g. `text`, `date`, `bigint`. */
  type: string;
  /** Expression producing the column from the unnested text `r.<column>`; default a cast to `type`. */
  select?: string;
  /** The value to store: a string, a safe integer, a boolean or null. */
  value: (record: R) => string | number | boolean | null;
}

export interface TableSpec<R> {
  table: string;
  columns: readonly ColumnSpec<R>[];
  /** Content of the record stored elsewhere (payment allocations): hashed, not a column. */
  extraContent?: (record: R) => unknown;
}

export interface EncodedRecord {
  externalId: string;
  /** One per column of the spec, in order. */
  values: (string | number | boolean | null)[];
  hash: Buffer;
}

/**
 * The column values and content hash of a record. The hash covers every column value (canonical
 * fields in the spec's order, JSON columns with sorted keys) plus the extra content; the source
 * (platform, administration, external id) is the row's key and is left out.
 */
export function encodeRecord<R extends { source: { externalId: string } }>(spec: TableSpec<R>, record: R): EncodedRecord {
  const values = spec.columns.map((column) => column.value(record));
  const hashed = spec.extraContent === undefined ? values : [...values, spec.extraContent(record)];
  return { externalId: record.source.externalId, values, hash: contentHash(hashed) };
}
