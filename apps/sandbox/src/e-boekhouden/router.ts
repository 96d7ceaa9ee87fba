// The e-Boekhouden REST stand-in, mounted at /e-boekhouden (so `/e-boekhouden/v1/...` plays
// `https://api.e-boekhouden.nl/v1/...`) behind the sandbox's body parsers. Order matters: faults
// first (they count every call), then the session endpoint, then everything that needs a session.
import { Router } from 'express';
import { authenticate } from './auth/authenticate.js';
import { createFaultMiddleware } from '../core/faults/index.js';
import { PLATFORM, type EBoekhoudenDeps } from './deps.js';
import { EBoekhoudenApiError } from './errors.js';
import { createTraceIds, errorHandler, sendInjectedError, sendRateLimited, type TraceIds } from './http/error-responses.js';
import { invoiceRoutes } from './routes/invoice-routes.js';
import { ledgerRoutes } from './routes/ledger-routes.js';
import { mutationRoutes } from './routes/mutation-routes.js';
import { outstandingRoutes } from './routes/outstanding-routes.js';
import { relationRoutes } from './routes/relation-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

/** `traceIds` is shared with the sandbox's malformed-body answer, so trace ids never repeat. */
export function createEBoekhoudenRouter(deps: EBoekhoudenDeps, traceIds: TraceIds = createTraceIds()): Router {
  const router = Router();
  router.use(
    createFaultMiddleware(deps.context, PLATFORM, {
      renderRateLimited: (res) => sendRateLimited(res, traceIds),
      renderError: (res, status) => sendInjectedError(res, status, traceIds),
    }),
  );
  router.use('/v1/session', sessionRoutes(deps));

  const api = Router();
  api.use(authenticate(deps));
  api.use('/mutation/invoice/outstanding', outstandingRoutes(deps));
  api.use('/mutation', mutationRoutes(deps));
  api.use('/relation', relationRoutes(deps));
  api.use('/invoice', invoiceRoutes(deps));
  api.use('/ledger', ledgerRoutes(deps));
  // Accountant-only (EP_001, §1.3); every token here belongs to a single administration.
  api.get('/administration', () => {
    throw new EBoekhoudenApiError('EP_001');
  });
  router.use('/v1', api);

  router.use(() => {
    throw new EBoekhoudenApiError('ROUTE_NOT_FOUND');
  });
  router.use(errorHandler(traceIds));
  return router;
}
