// The control API, mounted at /_sandbox: reset, clock, credentials, an overview, each platform's
// own control routes and the generic per-platform routes. Everything answers JSON, errors included.
import { Router } from 'express';
import type { SandboxPlatform } from '../contracts.js';
import { SANDBOX_PLATFORMS } from '../context.js';
import type { SandboxRuntime } from '../runtime.js';
import { parseReset } from './bodies.js';
import { clockRoutes, clockView } from './clock-routes.js';
import { controlErrorHandler } from './control-error.js';
import { platformRoutes } from './platform-routes.js';

export const CONTROL_PREFIX = '/_sandbox';

export function createControlRouter(runtime: SandboxRuntime): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json(overview(runtime));
  });
  router.post('/reset', (req, res) => {
    runtime.reset(parseReset(req.body));
    res.json(overview(runtime));
  });
  router.get('/credentials', (_req, res) => {
    res.json(perPlatform((platform) => runtime.platforms[platform].demoCredentials()));
  });
  router.use(clockRoutes(runtime.context.clock));
  // Each platform's own control routes first; what they do not match falls through to the generic ones.
  for (const platform of SANDBOX_PLATFORMS) {
    const own = runtime.platforms[platform].controlRouter?.();
    if (own) router.use(`/${platform}`, own);
  }
  router.use(platformRoutes(runtime));
  router.use((req, res) => {
    res.status(404).json({ error: 'not_found', message: `No control route for ${req.method} ${CONTROL_PREFIX}${req.path}.` });
  });
  router.use(controlErrorHandler());
  return router;
}

function overview(runtime: SandboxRuntime) {
  return {
    seed: runtime.context.seed,
    clock: clockView(runtime.context.clock),
    platforms: perPlatform((platform) => ({
      pathPrefix: runtime.platforms[platform].pathPrefix,
      administrations: runtime.fixtures(platform).map((administration) => ({
        key: administration.key,
        name: administration.name,
        debtors: administration.debtors.length,
        invoices: administration.invoices.length,
      })),
    })),
  };
}

function perPlatform<T>(make: (platform: SandboxPlatform) => T): Record<SandboxPlatform, T> {
  return Object.fromEntries(SANDBOX_PLATFORMS.map((platform) => [platform, make(platform)])) as Record<SandboxPlatform, T>;
}
