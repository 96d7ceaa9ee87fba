// pull('debtors'): `/relaties` by ModifiedOn (§4.3, §4.6). Customers only (the mapper skips
// suppliers and the own company); `nonactief` relaties come as inactive debtors (§4.6 soft delete).
// `/landen` is read once first, unless the mapping settings already name the countries.
import { snelstart } from '@hub/mapping';
import type { PulledPage, PullRequest } from '../../port/records.js';
import { pullModified } from './modified-pull.js';
import type { PullContext } from './pull-context.js';
import { readCountryCodes } from './reference-lists.js';

export async function* pullDebtors(context: PullContext, request: PullRequest<'debtors'>): AsyncGenerator<PulledPage<'debtors'>> {
  const before = context.api.apiCalls;
  const source = await withCountries(context);
  let landenCalls = context.api.apiCalls - before;
  for await (const page of pullModified(context, request, { resource: 'debtors', endpoint: 'relaties', map: (rows) => snelstart.relatiesToDebtors(rows, source) })) {
    // The `/landen` call is counted on the first page.
    yield { ...page, apiCalls: page.apiCalls + landenCalls };
    landenCalls = 0;
  }
}

export async function withCountries(context: PullContext): Promise<snelstart.SourceContext> {
  if (context.source.countryCodeByLandId !== undefined) return context.source;
  return { ...context.source, countryCodeByLandId: await readCountryCodes(context.api, context.signal) };
}
