// Assembles the e-Boekhouden.nl REST stand-in: store, sessions, router, control operations and
// the live switches of options.ts.
import type { GeneratedAdministration, PlatformSandbox, SandboxContext, SandboxDate } from '../core/contracts.js';
import { SessionRegistry } from './auth/sessions.js';
import { createEBoekhoudenControl } from './control.js';
import { eBoekhoudenControlRouter } from './control-routes.js';
import { PATH_PREFIX, PLATFORM, type EBoekhoudenDeps } from './deps.js';
import { createTraceIds } from './http/error-responses.js';
import { renderEBoekhoudenMalformedBody } from './http/malformed-body.js';
import { resolveOptions, type EBoekhoudenSandboxOptions } from './options.js';
import { createEBoekhoudenRouter } from './router.js';
import { createIdSequences } from './store/ids.js';
import { seedAdministration } from './store/seed.js';
import { EBoekhoudenStore } from './store/store.js';

/** A `source` that passes the API's pattern (§1.2): letters, digits, `_` and spaces, 1–10 long. */
export const DEMO_SOURCE = 'dunhub';

export interface EBoekhoudenSandbox extends PlatformSandbox {
  /** The live switches; change them with `configure`. */
  readonly options: Readonly<EBoekhoudenSandboxOptions>;
  configure(patch: Partial<EBoekhoudenSandboxOptions>): Readonly<EBoekhoudenSandboxOptions>;
  /** Gives an administration's API token an end date (null: none); past it, sessions get API_SESSION_004. */
  setApiTokenEndDate(administrationKey: string, endDate: SandboxDate | null): void;
}

export function createEBoekhoudenSandboxWith(context: SandboxContext, overrides: Partial<EBoekhoudenSandboxOptions> = {}): EBoekhoudenSandbox {
  const options = resolveOptions(overrides);
  const store = new EBoekhoudenStore();
  const sessions = new SessionRegistry(context.clock, context.random, {
    lifetimeSeconds: () => options.sessionLifetimeSeconds,
    sliding: () => options.slidingSessions,
  });
  const deps: EBoekhoudenDeps = { context, store, sessions, options };
  const traceIds = createTraceIds();

  const sandbox: EBoekhoudenSandbox = {
    platform: PLATFORM,
    pathPrefix: PATH_PREFIX,
    control: createEBoekhoudenControl(store, context.clock, options),
    options,
    router: () => createEBoekhoudenRouter(deps, traceIds),
    controlRouter: () => eBoekhoudenControlRouter(sandbox),
    renderMalformedBody: (res) => renderEBoekhoudenMalformedBody(res, traceIds),
    seed(administrations: GeneratedAdministration[]): void {
      const ids = createIdSequences();
      sessions.clear();
      store.replaceAll(administrations.map((generated) => seedAdministration(generated, ids, { invoiceModuleShare: options.invoiceModuleShare })));
    },
    demoCredentials(): Record<string, string> {
      const administrations = store.administrations();
      const credentials: Record<string, string> = { apiUrl: `${context.baseUrl()}${PATH_PREFIX}`, source: DEMO_SOURCE };
      if (administrations[0]) credentials['apiToken'] = administrations[0].apiToken;
      for (const administration of administrations) credentials[`apiToken.${administration.key}`] = administration.apiToken;
      return credentials;
    },
    configure(patch) {
      return Object.assign(options, resolveOptions({ ...options, ...patch }));
    },
    setApiTokenEndDate(administrationKey, endDate) {
      store.get(administrationKey).apiTokenEndDate = endDate;
    },
  };
  return sandbox;
}
