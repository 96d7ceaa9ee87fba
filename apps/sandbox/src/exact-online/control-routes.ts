// Exact Online's own control routes, mounted by the core at /_sandbox/exact-online: the switches
// of options.ts, and the webhook deliveries for e2e tests that run the sandbox as another process
// (in-process tests can call `flushExactOnlineWebhooks` instead).
import { Router } from 'express';
import { optionsRoutes } from '../core/control/options-routes.js';
import { parseExactOnlineOptionPatch } from './options-schema.js';
import type { ExactOnlineRuntime } from './runtime.js';

export function createExactOnlineControlRouter(runtime: ExactOnlineRuntime): Router {
  const router = Router();
  router.use(
    optionsRoutes({
      current: () => runtime.options,
      parse: parseExactOnlineOptionPatch,
      configure: (patch) => runtime.configure(patch),
    }),
  );
  // Waits for every delivery in flight (retries included), then lists them all.
  router.post('/webhooks/flush', async (_req, res) => {
    await runtime.webhooks.flush();
    res.json(runtime.webhooks.deliveries());
  });
  router.get('/webhooks/deliveries', (_req, res) => {
    res.json(runtime.webhooks.deliveries());
  });
  return router;
}
