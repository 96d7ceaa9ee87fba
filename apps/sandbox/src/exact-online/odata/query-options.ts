// OData v2 system query options as Exact accepts them (§3.2/§3.3). The raw parameter list is
// kept in request order so `__next` can repeat it verbatim with only $top/$skip/$skiptoken changed.
import { ExactErrors } from '../wire/errors.js';

export interface QueryOptions {
  /** Raw [name, value] pairs in request order (decoded). */
  params: Array<[string, string]>;
  select: string[] | null;
  filter: string | null;
  top: number | null;
  skip: number | null;
  skiptoken: string | null;
  expand: string[] | null;
  inlineCount: boolean;
}

const KNOWN_SYSTEM_OPTIONS = new Set(['$select', '$filter', '$top', '$skip', '$skiptoken', '$expand', '$inlinecount', '$orderby', '$format']);

/** Parses the query string of `originalUrl` (not express's parsed query: order and duplicates matter). */
export function parseQueryOptions(originalUrl: string): QueryOptions {
  const queryStart = originalUrl.indexOf('?');
  const search = new URLSearchParams(queryStart === -1 ? '' : originalUrl.slice(queryStart + 1));
  const params = [...search.entries()];
  const options: QueryOptions = { params, select: null, filter: null, top: null, skip: null, skiptoken: null, expand: null, inlineCount: false };
  for (const [name, value] of params) {
    if (name.startsWith('$') && !KNOWN_SYSTEM_OPTIONS.has(name)) {
      throw ExactErrors.badRequest(`The query parameter '${name}' begins with a system-reserved '$' character but is not recognized.`);
    }
    switch (name) {
      case '$select':
        options.select = splitList(value);
        break;
      case '$filter':
        options.filter = value;
        break;
      case '$top':
        options.top = nonNegativeInteger(name, value);
        break;
      case '$skip':
        options.skip = nonNegativeInteger(name, value);
        break;
      case '$skiptoken':
        options.skiptoken = value;
        break;
      case '$expand':
        options.expand = splitList(value);
        break;
      case '$inlinecount':
        if (value !== 'allpages' && value !== 'none') throw ExactErrors.badRequest(`Invalid value '${value}' for $inlinecount query option found. Valid values are 'allpages' and 'none'.`);
        options.inlineCount = value === 'allpages';
        break;
      default:
        break;
    }
  }
  return options;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function nonNegativeInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw ExactErrors.badRequest(`Invalid integer value '${value}' specified for the ${name} query option.`);
  return Number(value.trim());
}
