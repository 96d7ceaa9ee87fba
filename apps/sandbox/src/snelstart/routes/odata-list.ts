// Serves an OData list endpoint (notes §3.1): filter, order, page, project, and answer a bare JSON
// array. The filtered and ordered result is cached per administratie until its data changes, so
// paging through 200,000 invoices filters them once, not once per page.
import type { Request, Response } from 'express';
import { ODataQueryError, ODataSyntaxError } from '../odata/errors.js';
import type { StructuredType } from '../odata/edm.js';
import { filterPredicate, orderComparator, readListQuery } from '../odata/query.js';
import type { SnelStartState } from '../state.js';
import type { Administration } from '../store/types.js';
import { isMalformed } from '../malformed.js';
import { ASP_NET_MESSAGES, sendAspNetMessage, sendValidationErrors, validationError } from '../wire/errors.js';

export interface ODataResource<R extends { readonly id: string }, W extends object> {
  /** Cache key, e.g. "relaties". */
  name: string;
  type: StructuredType;
  records(administration: Administration): Iterable<R>;
  serialise(record: R): W;
  /** Corrupts one serialised record for the `malformedRate` fault. */
  malform?(wire: W): void;
}

interface CacheEntry {
  version: number;
  results: Map<string, readonly unknown[]>;
}

const CACHE_SIZE = 16;
const cache = new WeakMap<Administration, CacheEntry>();

export function sendODataList<R extends { readonly id: string }, W extends object>(
  req: Request,
  res: Response,
  state: SnelStartState,
  administration: Administration,
  resource: ODataResource<R, W>,
): void {
  let page: R[];
  let select: string[] | null;
  try {
    const query = readListQuery(req.query, resource.type, state.options);
    const orderBy = state.options.orderBy === 'honour' ? query.orderBy : null;
    const matches = matching(administration, resource, query.filter, orderBy);
    page = matches.slice(query.skip, query.skip + query.top);
    select = query.select;
  } catch (error) {
    if (sendQueryError(res, state, error)) return;
    throw error;
  }
  const rate = state.context.faults('snelstart').malformedRate;
  res.json(
    page.map((record) => {
      const wire = resource.serialise(record);
      if (resource.malform && isMalformed(record.id, rate)) resource.malform(wire);
      return select ? project(wire, select) : wire;
    }),
  );
}

/** ALG-0104 for a filter that does not parse; ASP.NET's message for one that does not type-check. */
export function sendQueryError(res: Response, state: SnelStartState, error: unknown): boolean {
  if (error instanceof ODataSyntaxError) {
    sendValidationErrors(res, [validationError('ALG-0104')]);
    return true;
  }
  if (error instanceof ODataQueryError) {
    sendAspNetMessage(res, 400, `${ASP_NET_MESSAGES.queryNotValid} ${error.message}`, state.options.aspNetErrorKeys);
    return true;
  }
  return false;
}

function matching<R extends { readonly id: string }, W extends object>(
  administration: Administration,
  resource: ODataResource<R, W>,
  filter: string | null,
  orderBy: string | null,
): R[] {
  let entry = cache.get(administration);
  if (!entry || entry.version !== administration.version) {
    entry = { version: administration.version, results: new Map() };
    cache.set(administration, entry);
  }
  const key = JSON.stringify([resource.name, filter, orderBy]);
  const cached = entry.results.get(key);
  if (cached) return cached as R[];
  const predicate = filterPredicate(filter, resource.type);
  const comparator = orderComparator(orderBy, resource.type);
  const results: R[] = [];
  for (const record of resource.records(administration)) if (!predicate || predicate(record)) results.push(record);
  if (comparator) results.sort(comparator);
  if (entry.results.size >= CACHE_SIZE) entry.results.delete(entry.results.keys().next().value ?? '');
  entry.results.set(key, results);
  return results;
}

function project<W extends object>(wire: W, keys: readonly string[]): Partial<W> {
  const projected: Record<string, unknown> = {};
  for (const key of keys) if (key in wire) projected[key] = (wire as Record<string, unknown>)[key];
  return projected as Partial<W>;
}
