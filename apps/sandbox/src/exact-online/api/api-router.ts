// /api/v1: `current/Me`, and `{division}/{service}/{Entity}[(key)]` dispatched to the endpoint
// table. Paths are case-sensitive like Exact's (🟡 §8.17).
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { parseQueryOptions } from '../odata/query-options.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import { ExactErrors } from '../wire/errors.js';
import type { EndpointContext, EndpointHandlers } from './endpoint.js';
import { bankEntriesEndpoint, bankEntryLinesEndpoint } from './endpoints/bank-entries.js';
import { communicationNotesEndpoint } from './endpoints/communication-notes.js';
import { documentAttachmentsEndpoint, documentsEndpoint } from './endpoints/documents.js';
import { readEndpoints } from './endpoints/read-endpoints.js';
import { sendDivisions, sendMe } from './endpoints/system.js';
import { webhookSubscriptionsEndpoint } from './endpoints/webhook-subscriptions.js';
import { accountForOutcome, enforceRateLimits, exactErrorHandler, exactFaults, identifyCaller, refuseWhileBlocked, requireCaller } from './pipeline.js';
import { requestState } from './request-state.js';

const RESOURCE_PATH = /^\/([A-Za-z]+(?:\/[A-Za-z]+)*)(?:\(([^)]*)\))?\/?$/;

export function createApiRouter(runtime: ExactOnlineRuntime): Router {
  const endpoints: Record<string, EndpointHandlers> = {
    ...readEndpoints(),
    'activities/CommunicationNotes': communicationNotesEndpoint(),
    'documents/Documents': documentsEndpoint(),
    'documents/DocumentAttachments': documentAttachmentsEndpoint(),
    'financialtransaction/BankEntries': bankEntriesEndpoint(),
    'financialtransaction/BankEntryLines': bankEntryLinesEndpoint(),
    'webhooks/WebhookSubscriptions': webhookSubscriptionsEndpoint(),
  };
  const router = Router({ caseSensitive: true });
  const guarded = [identifyCaller(runtime), accountForOutcome(runtime), exactFaults(runtime), requireCaller(runtime)];

  router.get('/current/Me', ...guarded, (req, res) => sendMe(runtime, req, res));
  router.use(
    '/:division',
    parseTarget(),
    ...guarded,
    refuseWhileBlocked(runtime),
    enforceRateLimits(runtime),
    (req: Request, res: Response) => dispatch(runtime, endpoints, req, res),
  );
  router.use(exactErrorHandler(runtime));
  return router;
}

/** Division number and endpoint first: the error budget and rate limits are counted per both. */
function parseTarget(): RequestHandler {
  return (req, res, next) => {
    const division = req.params.division;
    if (typeof division !== 'string' || !/^\d{1,9}$/.test(division)) return next(ExactErrors.notFound(String(division)));
    const state = requestState(res);
    state.division = Number(division);
    const match = RESOURCE_PATH.exec(safeDecode(req.path));
    if (match !== null) {
      state.endpoint = match[1] as string;
      state.key = match[2] ?? null;
    }
    next();
  };
}

function dispatch(runtime: ExactOnlineRuntime, endpoints: Record<string, EndpointHandlers>, req: Request, res: Response): void {
  const state = requestState(res);
  const caller = state.caller;
  const division = state.division;
  const endpoint = state.endpoint;
  if (caller === null || division === null) throw ExactErrors.unauthorized();
  if (endpoint === null) throw ExactErrors.notFound(req.path.split('/').filter(Boolean).at(-1) ?? '');

  if ((endpoint === 'system/Divisions' || endpoint === 'system/AllDivisions') && req.method === 'GET' && state.key === null) {
    sendDivisions(runtime, req, res, endpoint, division);
    return;
  }
  const handlers = endpoints[endpoint];
  if (handlers === undefined) throw ExactErrors.notFound(endpoint.split('/').at(-1) ?? endpoint);
  const store = runtime.state.division(division);
  // Division scoping (§1.2): only the divisions chosen on the consent screen.
  if (store === undefined || !caller.grant.divisions.has(division)) throw ExactErrors.divisionOutOfScope();

  const ctx: EndpointContext = {
    runtime,
    req,
    res,
    store,
    caller,
    env: runtime.divisionEnv(store),
    endpoint,
    query: parseQueryOptions(req.originalUrl),
    collectionUri: `${runtime.apiBase()}/${division}/${endpoint}`,
  };
  const key = state.key;
  const handler = pickHandler(handlers, req.method, key);
  if (handler === undefined) throw ExactErrors.methodNotAllowed();
  handler(ctx);
}

function pickHandler(handlers: EndpointHandlers, method: string, key: string | null): ((ctx: EndpointContext) => void) | undefined {
  const withKey = <T>(fn: ((ctx: EndpointContext, key: string) => T) | undefined) => (fn === undefined || key === null ? undefined : (ctx: EndpointContext) => fn(ctx, key));
  switch (method) {
    case 'GET':
      return key === null ? handlers.list : withKey(handlers.get);
    case 'POST':
      return key === null ? handlers.create : undefined;
    case 'PUT':
      return withKey(handlers.update);
    case 'DELETE':
      return withKey(handlers.remove);
    default:
      return undefined;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
