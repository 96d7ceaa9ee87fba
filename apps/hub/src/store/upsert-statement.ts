// Builds the one-statement batch upsert used for every canonical table:
//   INSERT … SELECT … FROM unnest($3::text[], …) WHERE <no stored row with that hash>
//   ON CONFLICT (administration_id, external_id) DO UPDATE SET …
//   WHERE t.content_hash IS DISTINCT FROM EXCLUDED.content_hash
// so a page of N records is one round trip, and unchanged records cost no write at all.

import { pgArrayLiteral } from './pg-array-literal.js';
import { type ColumnSpec, type EncodedRecord, type TableSpec } from './table-spec.js';

export interface UpsertStatement {
  sql: string;
  /**
   * Parameters after $1 (tenant id) and $2 (administration id): one array literal per column,
   * external ids first and hashes last.
   */
  params: (rows: readonly EncodedRecord[]) => string[];
}

/**
 * Values travel as text[] and are cast in the SELECT list, which Postgres evaluates only for the
 * records that pass the unchanged-filter: an unchanged record costs no date, number or JSON
 * parsing. The content hash is the exception, as the filter compares it.
 */
function selectExpression(spec: Omit<ColumnSpec<never>, 'value'>): string {
  if (spec.select !== undefined) return spec.select;
  return spec.type === 'text' ? `r.${spec.column}` : `r.${spec.column}::${spec.type}`;
}

/**
 * Records whose stored row has the same hash (and is not marked removed) are filtered out before
 * the INSERT: they are never locked or written, which is what makes an unchanged re-sync cheap.
 * The lookup is a LATERAL … LIMIT 1 so it stays one index probe per record; as a plain anti-join
 * the planner may hash the whole administration for every batch when statistics are stale
 * (e.g. during a first load). The ON CONFLICT guard repeats the test for rows a concurrent
 * writer changed meanwhile, and never overwrites another tenant's row.
 */
export function buildUpsertStatement<R>(spec: TableSpec<R>, returning: string): UpsertStatement {
  const { table, columns } = spec;
  const names = ['external_id', ...columns.map((column) => column.column), 'content_hash'];
  const unnestArgs = names.map((name, index) => `$${index + 3}::${name === 'content_hash' ? 'bytea[]' : 'text[]'}`).join(', ');
  const selected = ['r.external_id', ...columns.map(selectExpression), 'r.content_hash'].join(', ');
  const updates = names
    .slice(1)
    .map((name) => `${name} = EXCLUDED.${name}`)
    .join(', ');
  const sql = `
    INSERT INTO ${table} AS t (tenant_id, administration_id, ${names.join(', ')})
    SELECT $1::uuid, $2::uuid, ${selected}
      FROM unnest(${unnestArgs}) AS r(${names.join(', ')})
      LEFT JOIN LATERAL (
           SELECT s.content_hash, s.removed_at FROM ${table} AS s
            WHERE s.administration_id = $2::uuid AND s.external_id = r.external_id
            LIMIT 1) AS stored ON true
     WHERE stored.content_hash IS DISTINCT FROM r.content_hash OR stored.removed_at IS NOT NULL
    ON CONFLICT (administration_id, external_id) DO UPDATE
       SET ${updates}, removed_at = NULL, updated_at = now()
     WHERE (t.content_hash IS DISTINCT FROM EXCLUDED.content_hash OR t.removed_at IS NOT NULL)
       AND t.tenant_id = EXCLUDED.tenant_id
    RETURNING ${returning}`;
  return {
    sql,
    params: (rows) => [
      pgArrayLiteral(rows.map((row) => row.externalId)),
      ...columns.map((_, index) => pgArrayLiteral(rows.map((row) => row.values[index]))),
      pgArrayLiteral(rows.map((row) => row.hash)),
    ],
  };
}

/** Wraps an upsert so Postgres returns just the two counts instead of a row per record. */
export function countingUpsertSql(upsertSql: string): string {
  return `
    WITH written AS (${upsertSql})
    SELECT count(*) FILTER (WHERE inserted)::int AS created,
           count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM written`;
}
