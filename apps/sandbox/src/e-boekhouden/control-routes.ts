// e-Boekhouden's own control routes, mounted by the core at /_sandbox/e-boekhouden: the switches
// of options.ts. `invoiceModuleShare` shapes seeding, so it shows from the next reset on.
import type { Router } from 'express';
import { optionsRoutes } from '../core/control/options-routes.js';
import { parseEBoekhoudenOptionPatch } from './options-schema.js';
import type { EBoekhoudenSandboxOptions } from './options.js';

export interface EBoekhoudenControlTarget {
  readonly options: Readonly<EBoekhoudenSandboxOptions>;
  configure(patch: Partial<EBoekhoudenSandboxOptions>): unknown;
}

export function eBoekhoudenControlRouter(sandbox: EBoekhoudenControlTarget): Router {
  return optionsRoutes({ current: () => sandbox.options, parse: parseEBoekhoudenOptionPatch, configure: (patch) => sandbox.configure(patch) });
}
