// The list filter syntax of the spec (§3.5): strings `p=v`, `p[not_eq]`, `p[like]`, `p[not_like]`
// (wildcards `%` and `?`); numbers and dates `[eq] [not_eq] [gt] [gte] [lt] [lte] [range]=a,b`
// (inclusive); one filter per parameter. Text compares case-insensitively, as the SQL Server
// collation behind the API does [INF].
import { EBoekhoudenApiError } from '../errors.js';
import { isCalendarDate } from './json.js';

export type FilterKind = 'string' | 'number' | 'date';

export interface FilterField<R> {
  parameter: string;
  kind: FilterKind;
  value(record: R): string | number | undefined;
}

type Operator = 'eq' | 'not_eq' | 'like' | 'not_like' | 'gt' | 'gte' | 'lt' | 'lte' | 'range';

const OPERATORS: Readonly<Record<FilterKind, readonly Operator[]>> = {
  string: ['eq', 'not_eq', 'like', 'not_like'],
  number: ['eq', 'not_eq', 'gt', 'gte', 'lt', 'lte', 'range'],
  date: ['eq', 'not_eq', 'gt', 'gte', 'lt', 'lte', 'range'],
};

const PARAMETER = /^([A-Za-z]\w*)(?:\[([a-z_]+)\])?$/;

/** A predicate for the filters in `query` on the given fields; other parameters are left alone. */
export function filterFromQuery<R>(query: URLSearchParams, fields: readonly FilterField<R>[]): (record: R) => boolean {
  const byName = new Map(fields.map((field) => [field.parameter, field]));
  const seen = new Set<string>();
  const tests: ((record: R) => boolean)[] = [];
  for (const [key, raw] of query) {
    const match = PARAMETER.exec(key);
    const field = match ? byName.get(match[1] as string) : undefined;
    if (!match || !field) continue;
    if (seen.has(field.parameter)) throw new EBoekhoudenApiError('ERR_002', { propertyName: field.parameter, message: 'Only one filter per parameter.' });
    seen.add(field.parameter);
    const operator = (match[2] ?? 'eq') as Operator;
    if (!OPERATORS[field.kind].includes(operator)) throw new EBoekhoudenApiError('ERR_002', { propertyName: key });
    tests.push(compile(field, operator, raw, key));
  }
  return (record) => tests.every((test) => test(record));
}

function compile<R>(field: FilterField<R>, operator: Operator, raw: string, key: string): (record: R) => boolean {
  if (field.kind === 'string') {
    const wanted = raw.toLowerCase();
    const pattern = operator === 'like' || operator === 'not_like' ? likePattern(wanted) : null;
    return (record) => {
      const actual = String(field.value(record) ?? '').toLowerCase();
      switch (operator) {
        case 'eq':
          return actual === wanted;
        case 'not_eq':
          return actual !== wanted;
        case 'like':
          return (pattern as RegExp).test(actual);
        default:
          return !(pattern as RegExp).test(actual);
      }
    };
  }
  const parse = field.kind === 'number' ? parseNumber : parseDate;
  if (operator === 'range') {
    const bounds = raw.split(',');
    if (bounds.length !== 2) throw new EBoekhoudenApiError('ERR_002', { propertyName: key });
    const [low, high] = bounds.map((bound) => parse(bound.trim(), key)) as [number | string, number | string];
    return (record) => {
      const actual = field.value(record);
      return actual !== undefined && actual >= low && actual <= high;
    };
  }
  const wanted = parse(raw.trim(), key);
  return (record) => {
    const actual = field.value(record);
    if (actual === undefined) return operator === 'not_eq';
    switch (operator) {
      case 'eq':
        return actual === wanted;
      case 'not_eq':
        return actual !== wanted;
      case 'gt':
        return actual > wanted;
      case 'gte':
        return actual >= wanted;
      case 'lt':
        return actual < wanted;
      default:
        return actual <= wanted;
    }
  };
}

function parseNumber(raw: string, key: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new EBoekhoudenApiError('ERR_002', { propertyName: key });
  return Number(raw);
}

/** Dates compare as `YYYY-MM-DD` strings, which sort like the days they name. */
function parseDate(raw: string, key: string): string {
  if (!isCalendarDate(raw)) throw new EBoekhoudenApiError('ERR_002', { propertyName: key });
  return raw;
}

/** `%` = any run of characters, `?` = one character; everything else literal. */
function likePattern(value: string): RegExp {
  const body = [...value].map((char) => (char === '%' ? '.*' : char === '?' ? '.' : char.replace(/[.*+^${}()|[\]\\/]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}
