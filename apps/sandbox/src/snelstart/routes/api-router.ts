// https://b2bapi.snelstart.nl/v2, in the order the real layers answer: the sandbox's fault
// injection (which also counts the call), APIM's subscription check and throttling, then the API's
// bearer check and the resources. Unknown operations are APIM's 404.
import { Router, type ErrorRequestHandler } from 'express';
import { createFaultMiddleware } from '../../core/faults/index.js';
import { bearerGuard, subscriptionKeyGuard } from '../auth/api-guard.js';
import { rateLimitMiddleware } from '../rate-limit/middleware.js';
import type { SnelStartState } from '../state.js';
import { sendAspNetMessage } from '../wire/errors.js';
import { companyInfoRoutes } from './company-info.js';
import { documentRoutes } from './documenten.js';
import { faultRenderers, sendUnknownOperation } from './fault-renderers.js';
import { grootboekmutatieRoutes } from './grootboekmutaties.js';
import { referenceRoutes } from './reference.js';
import { relatieRoutes } from './relaties.js';
import { verkoopboekingRoutes } from './verkoopboekingen.js';
import { verkoopfactuurRoutes } from './verkoopfacturen.js';

export function apiRouter(state: SnelStartState): Router {
  const router = Router();
  router.use(createFaultMiddleware(state.context, 'snelstart', faultRenderers(state)));
  router.use(subscriptionKeyGuard(state));
  router.use(rateLimitMiddleware(state));
  router.use(bearerGuard(state));
  router.use(companyInfoRoutes(state));
  router.use(relatieRoutes(state));
  router.use(verkoopfactuurRoutes(state));
  router.use(verkoopboekingRoutes(state));
  router.use(grootboekmutatieRoutes(state));
  router.use(documentRoutes(state));
  router.use(referenceRoutes(state));
  router.use((_req, res) => sendUnknownOperation(res));
  router.use(internalError(state));
  return router;
}

/** A bug in the stand-in surfaces as ASP.NET's generic 500, and is counted as an error. */
function internalError(state: SnelStartState): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    state.context.stats('snelstart').errors++;
    res.set('X-Sandbox-Error', (error instanceof Error ? error.message : String(error)).replace(/[^\x20-\x7e]/g, '?').slice(0, 200));
    sendAspNetMessage(res, 500, 'An error has occurred.', state.options.aspNetErrorKeys);
  };
}
