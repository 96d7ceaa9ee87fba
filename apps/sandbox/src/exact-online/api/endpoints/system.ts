// current/Me (no division in the URL, not counted against the limits, §1.6) and
// system/Divisions / system/AllDivisions, whose URL division Exact does not check (🟡 PQ#470).
import type { Request, Response } from 'express';
import { readCollection } from '../../odata/collection.js';
import { parseQueryOptions } from '../../odata/query-options.js';
import type { ExactOnlineRuntime } from '../../runtime.js';
import { divisionEntity, type DivisionView } from '../../wire/entities/division.js';
import { meEntity } from '../../wire/entities/me.js';
import { ExactErrors } from '../../wire/errors.js';
import { writePage } from '../endpoint.js';
import { requestState, type ApiCaller } from '../request-state.js';

export function sendMe(runtime: ExactOnlineRuntime, req: Request, res: Response): void {
  const caller = requireCallerOf(res);
  const user = runtime.state.users.get(caller.userId);
  if (user === undefined) throw ExactErrors.unauthorized();
  const now = runtime.context.clock.nowMs();
  const page = readCollection({
    entity: meEntity,
    source: { style: 'skip', rows: () => [{ user, currentDivision: currentDivisionOf(runtime, caller), nowMs: now, utcOffsetSeconds: Math.round((runtime.instant(now) - now) / 1000) }] },
    pageSize: 0,
    requiresSelect: false,
    query: parseQueryOptions(req.originalUrl),
    env: runtime.wireEnv(),
    collectionUri: `${runtime.apiBase()}/current/Me`,
  });
  runtime.json(res, 200, { d: { results: page.results } });
}

/** system/Divisions lists the divisions the consent covers; AllDivisions every division of the user (❓ §1.6). */
export function sendDivisions(runtime: ExactOnlineRuntime, req: Request, res: Response, resource: DivisionView['resource'], urlDivision: number): void {
  const caller = requireCallerOf(res);
  const current = currentDivisionOf(runtime, caller);
  const stores = runtime.state.divisionsOfUser(caller.userId).filter((store) => resource === 'system/AllDivisions' || caller.grant.divisions.has(store.code));
  const views: DivisionView[] = stores.map((store) => ({ info: store.info, urlDivision, current: store.code === current, resource }));
  const page = readCollection({
    entity: divisionEntity,
    source: { style: 'skip', rows: () => views },
    pageSize: runtime.options.pageSizes.standard,
    requiresSelect: false,
    query: parseQueryOptions(req.originalUrl),
    env: runtime.wireEnv(),
    collectionUri: `${runtime.apiBase()}/${urlDivision}/${resource}`,
  });
  writePage(runtime, res, page);
}

/**
 * The division the user "last opened in the UI" (§1.6): deliberately the last one the user
 * can open, not the first, so a client that relies on it instead of its stored division notices.
 */
function currentDivisionOf(runtime: ExactOnlineRuntime, caller: ApiCaller): number {
  const divisions = runtime.state.divisionsOfUser(caller.userId);
  return divisions.at(-1)?.code ?? [...caller.grant.divisions][0] ?? 0;
}

function requireCallerOf(res: Response): ApiCaller {
  const caller = requestState(res).caller;
  if (caller === null) throw ExactErrors.unauthorized();
  return caller;
}
