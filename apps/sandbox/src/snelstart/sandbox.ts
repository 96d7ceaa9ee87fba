// Assembles the SnelStart B2B API v2 stand-in (PlatformSandbox), mounted at /snelstart:
//   /snelstart/auth      plays https://auth.snelstart.nl        (hub config SNELSTART_AUTH_URL)
//   /snelstart/api/v2    plays https://b2bapi.snelstart.nl/v2   (hub config SNELSTART_API_URL)
//   /snelstart/web       plays https://web.snelstart.nl         (the activation flow, notes §1.4)
import { Router } from 'express';
import type { GeneratedAdministration, PlatformSandbox, SandboxContext } from '../core/contracts.js';
import { ActivationControl } from './activation/activation-control.js';
import { activationPath, activationRouter } from './activation/activation-routes.js';
import { CouplingRegistry, MAATWERK } from './auth/couplings.js';
import { TokenIssuer } from './auth/tokens.js';
import { tokenRouter } from './auth/token-route.js';
import { snelStartControl } from './control.js';
import { snelStartControlRouter } from './control-routes.js';
import { stableHex } from './ids.js';
import { resolveOptions, type SnelStartSandboxOptions } from './options.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { apiRouter } from './routes/api-router.js';
import { renderSnelStartMalformedBody } from './routes/malformed-body.js';
import { nowNaive, type SnelStartState } from './state.js';
import { seedAdministration } from './store/seed.js';
import { SnelStartStore } from './store/store.js';

export const SNELSTART_PATH_PREFIX = '/snelstart';

export interface SnelStartSandbox extends PlatformSandbox {
  /** The live switches (options.ts); change them with configure(). */
  readonly options: Readonly<SnelStartSandboxOptions>;
  configure(patch: Partial<SnelStartSandboxOptions>): void;
  /** Coupling lifecycle for the control side: `regenerate(key)`, `remove(key)`, `deliveries()`. */
  readonly activation: ActivationControl;
}

export function createSnelStartSandboxWith(context: SandboxContext, overrides: Partial<SnelStartSandboxOptions> = {}): SnelStartSandbox {
  const state: SnelStartState = {
    context,
    options: resolveOptions(overrides),
    store: new SnelStartStore(),
    couplings: new CouplingRegistry(),
    tokens: new TokenIssuer(context.clock),
    limiter: new RateLimiter(),
    // One partner subscription for the whole sandbox, as the hub has one SNELSTART_SUBSCRIPTION_KEY.
    subscriptionKeys: [stableHex(32, 'snelstart', 'subscription', 'primary'), stableHex(32, 'snelstart', 'subscription', 'secondary')],
  };
  const activation = new ActivationControl(state);

  const sandbox: SnelStartSandbox = {
    platform: 'snelstart',
    pathPrefix: SNELSTART_PATH_PREFIX,
    control: snelStartControl(state),
    options: state.options,
    activation,
    configure(patch) {
      Object.assign(state.options, patch);
    },
    router() {
      const router = Router();
      router.use('/auth', tokenRouter(state));
      router.use('/api/v2', apiRouter(state));
      router.use(activationRouter(state, activation));
      return router;
    },
    controlRouter: () => snelStartControlRouter(sandbox),
    renderMalformedBody: (res, req) => renderSnelStartMalformedBody(state, res, req),
    seed(administrations: GeneratedAdministration[]) {
      const now = nowNaive(state);
      const seeded = administrations.map((generated) => seedAdministration(generated, { now, customFieldDefinitions: state.options.customFieldDefinitions }));
      state.store.replace(seeded);
      state.couplings.reset(seeded.map((administration) => administration.key));
      state.tokens.reset();
      state.limiter.reset();
      activation.reset();
    },
    demoCredentials() {
      const base = `${context.baseUrl()}${SNELSTART_PATH_PREFIX}`;
      const credentials: Record<string, string> = {
        authUrl: `${base}/auth`,
        apiUrl: `${base}/api/v2`,
        subscriptionKey: state.subscriptionKeys[0],
        subscriptionKeySecondary: state.subscriptionKeys[1],
        activationUrl: `${base}${activationPath(state)}`,
        activationWebhookUrl: state.options.activationWebhookUrl,
      };
      for (const administration of state.store.list()) {
        const coupling = state.couplings.current(administration.key, MAATWERK);
        if (coupling) credentials[`connectionKey.${administration.key}`] = coupling.koppelsleutel;
        credentials[`administratieIdentifier.${administration.key}`] = administration.id;
      }
      return credentials;
    },
  };
  return sandbox;
}
