// Everything the Exact Online routes and control share, built once per sandbox instance. Options
// can change at runtime (configure): everything reads them per request or holds the live objects.
import type { Response } from 'express';
import type { SandboxContext } from '../core/contracts.js';
import { OAuthStore } from './auth/oauth-store.js';
import { ErrorBudget } from './limits/error-budget.js';
import { RateLimiter } from './limits/rate-limiter.js';
import { applyExactOnlineOptions, type ExactOnlineAppRegistration, type ExactOnlineSandboxOptions, type ExactOnlineSandboxOptionsInput } from './options.js';
import { ExactOnlineState } from './state.js';
import type { DivisionStore } from './store/division-store.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';
import type { DivisionWireEnv, WireEnv } from './wire/entity.js';
import { sendExactJson } from './wire/json.js';
import { createInstantEncoder } from './wire/values.js';

export const EXACT_ONLINE_PREFIX = '/exact-online';

export interface ExactOnlineRuntime {
  readonly context: SandboxContext;
  readonly options: ExactOnlineSandboxOptions;
  readonly state: ExactOnlineState;
  readonly apps: ReadonlyMap<string, ExactOnlineAppRegistration>;
  readonly oauth: OAuthStore;
  readonly limiter: RateLimiter;
  readonly budget: ErrorBudget;
  readonly webhooks: WebhookDispatcher;
  /** `<sandbox base URL>/exact-online`: the stand-in's https://start.exactonline.nl. */
  hostBase(): string;
  apiBase(): string;
  instant(ms: number): number;
  wireEnv(): WireEnv;
  divisionEnv(store: DivisionStore): DivisionWireEnv;
  /** Sends JSON in Exact's formatting (slash escaping per the switch). */
  json(res: Response, status: number, body: unknown): void;
  /** Applies an (already validated) options patch from the next request on. */
  configure(patch: ExactOnlineSandboxOptionsInput): void;
}

export function createExactOnlineRuntime(context: SandboxContext, options: ExactOnlineSandboxOptions): ExactOnlineRuntime {
  const state = new ExactOnlineState(options);
  // Refilled in place on configure: the token route, consent page and dispatcher hold this map.
  const apps = new Map<string, ExactOnlineAppRegistration>();
  const registerApps = (): void => {
    apps.clear();
    for (const app of options.apps) apps.set(app.clientId.toLowerCase(), app);
  };
  registerApps();
  let encode = createInstantEncoder(options.instantEncoding, options.timeZone);
  const instant = (ms: number): number => encode(ms);
  const hostBase = (): string => `${context.baseUrl()}${EXACT_ONLINE_PREFIX}`;
  const apiBase = (): string => `${hostBase()}/api/v1`;
  const wireEnv = (): WireEnv => ({ hostBase: hostBase(), apiBase: apiBase(), instant, fullNameOf: (id) => state.fullNameOf(id) });

  return {
    context,
    options,
    state,
    apps,
    oauth: new OAuthStore(context.clock, context.random, options.tokens),
    limiter: new RateLimiter(context.clock, () => options.rateLimits, () => options.omitOtherQuotaHeadersWhenExhausted),
    budget: new ErrorBudget(context.clock, options.errorBudget),
    webhooks: new WebhookDispatcher({ context, state, apps, settings: options.webhooks, apiBase, instant }),
    hostBase,
    apiBase,
    instant,
    wireEnv,
    divisionEnv: (store) => ({ ...wireEnv(), store, termSign: options.paymentTermAmountSign === 'negative' ? -1 : 1 }),
    json: (res, status, body) => sendExactJson(res, status, body, options.escapeForwardSlashes),
    configure(patch) {
      applyExactOnlineOptions(options, patch);
      registerApps();
      state.setUsers(options.users);
      encode = createInstantEncoder(options.instantEncoding, options.timeZone);
    },
  };
}
