// What the routes of the stand-in share. `options` is the live switch set: flipping a switch
// changes the next request's behaviour.
import type { SandboxContext } from '../core/contracts.js';
import type { SessionRegistry } from './auth/sessions.js';
import type { EBoekhoudenSandboxOptions } from './options.js';
import type { EBoekhoudenStore } from './store/store.js';

export const PLATFORM = 'e-boekhouden';
export const PATH_PREFIX = '/e-boekhouden';

export interface EBoekhoudenDeps {
  readonly context: SandboxContext;
  readonly store: EBoekhoudenStore;
  readonly sessions: SessionRegistry;
  readonly options: EBoekhoudenSandboxOptions;
}
