// Everything under /exact-online, the stand-in for https://start.exactonline.nl: OAuth at
// /api/oauth2, the REST API at /api/v1, attachment downloads at /docs.
import { Router } from 'express';
import { createApiRouter } from './api/api-router.js';
import { createAttachmentDownloadRouter } from './api/attachment-download.js';
import { registerAuthorizeRoutes } from './auth/authorize-routes.js';
import { registerTokenRoute } from './auth/token-route.js';
import type { ExactOnlineRuntime } from './runtime.js';

export function createExactOnlineRouter(runtime: ExactOnlineRuntime): Router {
  const router = Router({ caseSensitive: true });
  registerAuthorizeRoutes(router, runtime);
  registerTokenRoute(router, runtime);
  router.use('/api/v1', createApiRouter(runtime));
  router.use(createAttachmentDownloadRouter(runtime));
  return router;
}
