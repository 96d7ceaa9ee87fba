// `$filter`, `$top`, `$skip`, `$orderby`, `$select` on the OData list endpoints (notes §3.1).
// No paging metadata: the body is a bare array, and a client pages with `$skip` while pages are full.
import { compileFilter, compareValues, compileMember } from './compile.js';
import { isPrimitive, type StructuredType } from './edm.js';
import { ODataQueryError } from './errors.js';
import { parseFilter } from './parser.js';

export const MAX_TOP = 500;

export interface ListQuery {
  filter: string | null;
  orderBy: string | null;
  top: number;
  skip: number;
  /** camelCase wire keys to keep; null keeps all. */
  select: string[] | null;
}

export interface QueryBehaviour {
  topAboveMaximum: 'clamp' | 'error';
}

export type RawQuery = Record<string, unknown>;

/** Reads the system query options; throws ODataQueryError with ASP.NET's wording on bad values. */
export function readListQuery(query: RawQuery, type: StructuredType, behaviour: QueryBehaviour): ListQuery {
  const top = readCount(query, '$top');
  if (top !== null && top > MAX_TOP && behaviour.topAboveMaximum === 'error') {
    throw new ODataQueryError(`The limit of '${MAX_TOP}' for Top query has been exceeded. The value from the incoming request is '${top}'.`);
  }
  const select = single(query, '$select');
  return {
    filter: single(query, '$filter'),
    orderBy: single(query, '$orderby'),
    top: Math.min(top ?? MAX_TOP, MAX_TOP),
    skip: readCount(query, '$skip') ?? 0,
    select: select === null ? null : selectKeys(select, type),
  };
}

export function filterPredicate(filter: string | null, type: StructuredType): ((record: unknown) => boolean) | null {
  return filter === null || filter.trim() === '' ? null : compileFilter(parseFilter(filter), type);
}

/** `Naam desc, Relatiecode` → a comparator; nulls sort first ascending, as SQL Server does. */
export function orderComparator(orderBy: string | null, type: StructuredType): ((a: unknown, b: unknown) => number) | null {
  if (orderBy === null || orderBy.trim() === '') return null;
  const keys = orderBy.split(',').map((clause) => {
    const [path = '', direction = 'asc', ...rest] = clause.trim().split(/\s+/);
    if (rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) throw new ODataQueryError(`Syntax error in $orderby '${orderBy}'.`);
    const member = compileMember(null, path.split('/'), { root: type, variables: new Map() });
    if (!isPrimitive(member.type)) {
      throw new ODataQueryError(`The $orderby expression must evaluate to a single value of primitive type.`);
    }
    return { read: (record: unknown) => member.evaluate(record, null), sign: direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const key of keys) {
      const left = key.read(a);
      const right = key.read(b);
      const order = left === right ? 0 : left === null ? -1 : right === null ? 1 : compareValues(left, right);
      if (order !== 0) return order * key.sign;
    }
    return 0;
  };
}

function selectKeys(select: string, type: StructuredType): string[] | null {
  const names = select.split(',').map((name) => name.trim());
  if (names.includes('*')) return null;
  return names.map((name) => {
    if (!type.properties.has(name)) throw new ODataQueryError(`Could not find a property named '${name}' on type '${type.name}'.`);
    return name.charAt(0).toLowerCase() + name.slice(1);
  });
}

function single(query: RawQuery, name: string): string | null {
  const value = query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new ODataQueryError(`Query option '${name}' was specified more than once, but it must be specified at most once.`);
  return value;
}

function readCount(query: RawQuery, name: '$top' | '$skip'): number | null {
  const text = single(query, name);
  if (text === null) return null;
  if (!/^\d+$/.test(text.trim()) || Number(text) > 2_147_483_647) {
    throw new ODataQueryError(`Invalid value '${text}' for ${name} query option found. The ${name} query option requires a non-negative integer value.`);
  }
  return Number(text);
}
