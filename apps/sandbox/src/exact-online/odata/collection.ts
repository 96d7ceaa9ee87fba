// Reads one page of a collection the way Exact pages (§3.2): at most `pageSize` rows, and a
// `__next` link that repeats the request's own options plus `$skiptoken` (sync: the last row's
// Timestamp as `123L`; CRUD/bulk: `guid'…'` of the last key) or an advanced `$skip`. A `$top`
// larger than the page is carried over, reduced, into `__next` (recorded in
// fixtures/exact-online/financialtransaction-transactionlines.paged-skiptoken.nango-2026.json).
import type { EntityDefinition, WireEnv } from '../wire/entity.js';
import { serializeEntity } from '../wire/entity.js';
import { ExactErrors } from '../wire/errors.js';
import { compileFilter, type CompiledFilter } from './filter-eval.js';
import { equalityConditions, timestampFloor } from './filter-parser.js';
import { buildNextLink } from './next-link.js';
import type { QueryOptions } from './query-options.js';

export type PagingSource<R> =
  | { style: 'timestamp'; rows(afterTimestamp: number): Iterable<R>; tokenOf(record: R): number }
  | { style: 'key'; rows(afterKey: string | null): Iterable<R>; tokenOf(record: R): string }
  | { style: 'skip'; rows(): Iterable<R> };

export interface CollectionRead<R, E extends WireEnv> {
  entity: EntityDefinition<R, E>;
  source: PagingSource<R>;
  /** 0 = everything in one response. */
  pageSize: number;
  /** Bulk and sync endpoints refuse a request without `$select` (§3.3). */
  requiresSelect: boolean;
  query: QueryOptions;
  env: E;
  /** Absolute URI of the collection, without query string (base of `__next`). */
  collectionUri: string;
  /** Adjusts a serialised row (e.g. inlines an `$expand`ed navigation property). */
  decorate?(row: Record<string, unknown>, record: R): void;
  /**
   * Every record that can meet these `eq` conditions, from an index; null when no index helps.
   * Only for key and timestamp paging (their order is re-created from the tokens).
   */
  candidates?(conditions: Map<string, string | number>): R[] | null;
}

export interface CollectionPage {
  results: Array<Record<string, unknown>>;
  next: string | null;
  count: string | null;
}

export function readCollection<R, E extends WireEnv>(read: CollectionRead<R, E>): CollectionPage {
  const { entity, source, query, env } = read;
  const select = resolveSelect(entity, query, read.requiresSelect);
  const filter = query.filter === null ? null : compileFilter(query.filter, entity);
  const pageLimit = read.pageSize > 0 ? read.pageSize : Number.POSITIVE_INFINITY;
  const limit = Math.min(pageLimit, query.top ?? Number.POSITIVE_INFINITY);

  const matches: R[] = [];
  const indexed = filter === null || source.style === 'skip' ? null : (read.candidates?.(equalityConditions(filter.ast)) ?? null);
  const rows = indexed === null ? positionedRows(source, query, filter) : positionedCandidates(source, indexed, query, filter);
  for (const record of rows) {
    if (filter !== null && !filter.matches(record, env)) continue;
    matches.push(record);
    if (matches.length > limit) break;
  }
  const hasMore = matches.length > limit;
  if (hasMore) matches.pop();

  const topLeft = query.top === null ? null : query.top - matches.length;
  const continues = hasMore && (topLeft === null || topLeft > 0);
  return {
    results: matches.map((record) => {
      const row = serializeEntity(entity, record, env, select);
      read.decorate?.(row, record);
      return row;
    }),
    next: continues ? nextLink(read, matches, topLeft) : null,
    count: query.inlineCount ? String(countAll(indexed ?? allRows(source), filter, env)) : null,
  };
}

function resolveSelect<R, E extends WireEnv>(entity: EntityDefinition<R, E>, query: QueryOptions, requiresSelect: boolean): Set<string> | null {
  const names = query.select;
  const all = names === null || names.includes('*');
  if (requiresSelect && all && query.top !== 1) throw ExactErrors.selectRequired();
  if (all) return null;
  for (const name of names) if (entity.field(name) === undefined) throw ExactErrors.unknownProperty(name, entity.typeName);
  return new Set(names);
}

function positionedRows<R, E extends WireEnv>(source: PagingSource<R>, query: QueryOptions, filter: CompiledFilter<R, E> | null): Iterable<R> {
  switch (source.style) {
    case 'timestamp': {
      const fromToken = query.skiptoken === null ? Number.NEGATIVE_INFINITY : parseInt64Token(query.skiptoken);
      return source.rows(Math.max(fromToken, timestampFloor(filter?.ast ?? null)));
    }
    case 'key':
      return source.rows(query.skiptoken === null ? null : parseGuidToken(query.skiptoken));
    case 'skip':
      return skipRows(source.rows(), query.skip ?? 0);
  }
}

function* skipRows<R>(rows: Iterable<R>, skip: number): Generator<R> {
  let skipped = 0;
  for (const row of rows) {
    if (skipped < skip) {
      skipped++;
      continue;
    }
    yield row;
  }
}

function nextLink<R, E extends WireEnv>(read: CollectionRead<R, E>, page: R[], topLeft: number | null): string {
  const last = page.at(-1) as R;
  const set: Record<string, string> = {};
  if (topLeft !== null) set.$top = String(topLeft);
  const { source, query } = read;
  if (source.style === 'timestamp') set.$skiptoken = `${source.tokenOf(last)}L`;
  else if (source.style === 'key') set.$skiptoken = `guid'${source.tokenOf(last)}'`;
  else set.$skip = String((query.skip ?? 0) + page.length);
  return buildNextLink(read.collectionUri, query.params, set);
}

/** Index candidates in the source's own order, after the page position. */
function positionedCandidates<R, E extends WireEnv>(source: PagingSource<R>, candidates: R[], query: QueryOptions, filter: CompiledFilter<R, E> | null): R[] {
  if (source.style === 'timestamp') {
    const fromToken = query.skiptoken === null ? Number.NEGATIVE_INFINITY : parseInt64Token(query.skiptoken);
    const floor = Math.max(fromToken, timestampFloor(filter?.ast ?? null));
    return candidates.filter((record) => source.tokenOf(record) > floor).sort((a, b) => source.tokenOf(a) - source.tokenOf(b));
  }
  if (source.style === 'key') {
    const after = query.skiptoken === null ? null : parseGuidToken(query.skiptoken);
    return candidates
      .filter((record) => after === null || source.tokenOf(record) > after)
      .sort((a, b) => (source.tokenOf(a) < source.tokenOf(b) ? -1 : 1));
  }
  return candidates;
}

function allRows<R>(source: PagingSource<R>): Iterable<R> {
  return source.style === 'timestamp' ? source.rows(Number.NEGATIVE_INFINITY) : source.style === 'key' ? source.rows(null) : source.rows();
}

function countAll<R, E extends WireEnv>(rows: Iterable<R>, filter: CompiledFilter<R, E> | null, env: E): number {
  let count = 0;
  for (const record of rows) if (filter === null || filter.matches(record, env)) count++;
  return count;
}

function parseInt64Token(token: string): number {
  const match = /^(\d+)L?$/.exec(token.trim());
  if (match === null) throw ExactErrors.badRequest(`Skip token '${token}' is not valid.`);
  return Number(match[1]);
}

function parseGuidToken(token: string): string {
  const match = /^guid'([0-9a-fA-F-]{36})'$/.exec(token.trim());
  if (match === null) throw ExactErrors.badRequest(`Skip token '${token}' is not valid.`);
  return (match[1] as string).toLowerCase();
}
