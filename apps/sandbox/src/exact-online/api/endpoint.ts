// What an endpoint handler gets and may implement. Handlers throw ExactApiError for refusals;
// the router renders them in Exact's envelope.
import type { Request, Response } from 'express';
import type { CollectionPage } from '../odata/collection.js';
import type { QueryOptions } from '../odata/query-options.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import type { DivisionStore } from '../store/division-store.js';
import type { DivisionWireEnv } from '../wire/entity.js';
import { ExactErrors } from '../wire/errors.js';
import type { ApiCaller } from './request-state.js';

export interface EndpointContext {
  runtime: ExactOnlineRuntime;
  req: Request;
  res: Response;
  store: DivisionStore;
  caller: ApiCaller;
  env: DivisionWireEnv;
  /** e.g. "crm/Accounts". */
  endpoint: string;
  query: QueryOptions;
  /** Absolute URI of the collection (base of `__metadata` and `__next`). */
  collectionUri: string;
}

export interface EndpointHandlers {
  list?(ctx: EndpointContext): void;
  get?(ctx: EndpointContext, key: string): void;
  create?(ctx: EndpointContext): void;
  update?(ctx: EndpointContext, key: string): void;
  remove?(ctx: EndpointContext, key: string): void;
}

/** `guid'3734121e-…'` → the lowercase GUID; anything else is a bad key (400). */
export function guidKey(literal: string): string {
  const match = /^guid'([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})'$/.exec(literal.trim());
  if (match === null) throw ExactErrors.badRequest(`Bad Request - Error in query syntax: invalid key '${literal}'.`);
  return (match[1] as string).toLowerCase();
}

/** `{"d": {…}}` for one entity, `{"d": {"results": […], "__next": …}}` for a page (§3.1). */
export function sendEntity(ctx: EndpointContext, status: number, entity: Record<string, unknown>): void {
  ctx.runtime.json(ctx.res, status, { d: entity });
}

export function sendPage(ctx: EndpointContext, page: CollectionPage): void {
  writePage(ctx.runtime, ctx.res, page);
}

export function writePage(runtime: ExactOnlineRuntime, res: Response, page: CollectionPage): void {
  const d: Record<string, unknown> = {};
  if (page.count !== null) d.__count = page.count;
  d.results = page.results;
  if (page.next !== null) d.__next = page.next;
  runtime.json(res, 200, { d });
}
