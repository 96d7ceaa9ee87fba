// The Exact Online stand-in (apps/sandbox issue): `createExactOnlineSandbox` implements the
// core's PlatformSandbox contract; `flushExactOnlineWebhooks` lets the core or a test await the
// webhook deliveries still in flight (they never block the control call that caused them).
// `configure` changes the switches at runtime, as PUT /_sandbox/exact-online/options does.
import type { PlatformSandbox, PlatformSandboxFactory, SandboxContext } from '../core/contracts.js';
import { createExactOnlineControl } from './control.js';
import { createExactOnlineControlRouter } from './control-routes.js';
import { renderExactOnlineMalformedBody } from './malformed-body.js';
import { resolveExactOnlineOptions, type ExactOnlineSandboxOptions, type ExactOnlineSandboxOptionsInput } from './options.js';
import { parseExactOnlineOptionPatch } from './options-schema.js';
import { createExactOnlineRouter } from './router.js';
import { createExactOnlineRuntime, EXACT_ONLINE_PREFIX, type ExactOnlineRuntime } from './runtime.js';
import type { WebhookDelivery } from './webhooks/dispatcher.js';

export interface ExactOnlineSandbox extends PlatformSandbox {
  /** Resolves when every webhook delivery started so far (retries included) has finished. */
  flushWebhooks(): Promise<void>;
  /** The deliveries made (most recent last), with their exact bodies and outcomes. */
  webhookDeliveries(): WebhookDelivery[];
  /** Division code the administration is served under (`/api/v1/{division}/…`). */
  divisionCode(administrationKey: string): number;
  /** The live switches (options.ts); change them with configure(). */
  readonly options: Readonly<ExactOnlineSandboxOptions>;
  /** Validates and applies a patch (groups merge); a bad one throws a 400 SandboxControlError and changes nothing. */
  configure(patch: ExactOnlineSandboxOptionsInput): Readonly<ExactOnlineSandboxOptions>;
  readonly runtime: ExactOnlineRuntime;
}

const sandboxes = new WeakMap<PlatformSandbox, ExactOnlineSandbox>();

export function createExactOnlineSandboxWith(options: ExactOnlineSandboxOptionsInput = {}): PlatformSandboxFactory {
  return (context: SandboxContext) => buildSandbox(context, options);
}

export const createExactOnlineSandbox: PlatformSandboxFactory = (context) => buildSandbox(context, {});

/** For the core: await pending Exact Online webhook deliveries (no-op for other platforms). */
export async function flushExactOnlineWebhooks(sandbox: PlatformSandbox): Promise<void> {
  await sandboxes.get(sandbox)?.flushWebhooks();
}

function buildSandbox(context: SandboxContext, input: ExactOnlineSandboxOptionsInput): ExactOnlineSandbox {
  const options = resolveExactOnlineOptions(input);
  const runtime = createExactOnlineRuntime(context, options);
  const control = createExactOnlineControl(runtime);
  let router: ReturnType<typeof createExactOnlineRouter> | null = null;
  const sandbox: ExactOnlineSandbox = {
    platform: 'exact-online',
    pathPrefix: EXACT_ONLINE_PREFIX,
    control,
    runtime,
    router: () => (router ??= createExactOnlineRouter(runtime)),
    controlRouter: () => createExactOnlineControlRouter(runtime),
    renderMalformedBody: (res, req) => renderExactOnlineMalformedBody(runtime, res, req),
    seed: (administrations) => runtime.state.seed(administrations),
    demoCredentials: () => demoCredentials(runtime),
    flushWebhooks: () => runtime.webhooks.flush(),
    webhookDeliveries: () => runtime.webhooks.deliveries(),
    divisionCode: (administrationKey) => runtime.state.divisionOfAdministration(administrationKey).code,
    options: runtime.options,
    configure(patch) {
      // Checked like the control API's PUT, so code and HTTP callers get the same refusals.
      runtime.configure(parseExactOnlineOptionPatch(patch));
      return runtime.options;
    },
  };
  sandboxes.set(sandbox, sandbox);
  return sandbox;
}

function demoCredentials(runtime: ExactOnlineRuntime): Record<string, string> {
  const app = runtime.options.apps[0];
  const user = runtime.options.users[0];
  const divisions = user === undefined ? [] : runtime.state.divisionsOfUser(runtime.state.userByName(user.userName)?.id ?? '');
  return {
    baseUrl: runtime.hostBase(),
    authorizeUrl: `${runtime.hostBase()}/api/oauth2/auth`,
    tokenUrl: `${runtime.hostBase()}/api/oauth2/token`,
    clientId: app?.clientId ?? '',
    clientSecret: app?.clientSecret ?? '',
    webhookSecret: app?.webhookSecret ?? '',
    redirectUris: app === undefined ? '' : app.redirectUris === 'loopback' ? 'any http://127.0.0.1 or http://localhost callback' : app.redirectUris.join(' '),
    userName: user?.userName ?? '',
    divisions: divisions.map((store) => `${store.code}=${store.info.administrationKey}`).join(','),
  };
}
