// SnelStart's own control routes, mounted by the core at /_sandbox/snelstart: the switches of
// options.ts, and what a user does with the koppelsleutel in SnelStart Web (regenerate, delete),
// with the activation webhook calls that caused, for e2e tests running the sandbox as a process.
import { Router, type Request } from 'express';
import { optionsRoutes } from '../core/control/options-routes.js';
import type { ActivationControl } from './activation/activation-control.js';
import { parseSnelStartOptionPatch } from './options-schema.js';
import type { SnelStartSandboxOptions } from './options.js';

export interface SnelStartControlTarget {
  readonly options: Readonly<SnelStartSandboxOptions>;
  configure(patch: Partial<SnelStartSandboxOptions>): void;
  readonly activation: ActivationControl;
}

export function snelStartControlRouter(sandbox: SnelStartControlTarget): Router {
  const router = Router();
  router.use(optionsRoutes({ current: () => sandbox.options, parse: parseSnelStartOptionPatch, configure: (patch) => sandbox.configure(patch) }));

  const connectionKey = '/administrations/:key/connection-key';
  // Unknown administrations are the store's 404; deleting a key that is already gone is a 409.
  router.post(`${connectionKey}/regenerate`, async (req, res) => {
    res.json(await sandbox.activation.regenerate(keyOf(req)));
  });
  router.delete(connectionKey, async (req, res) => {
    res.json(await sandbox.activation.remove(keyOf(req)));
  });
  router.get('/activation/deliveries', (_req, res) => {
    res.json(sandbox.activation.deliveries());
  });
  return router;
}

function keyOf(req: Request): string {
  const key = req.params.key;
  return typeof key === 'string' ? key : '';
}
