// The SnelStart B2B API v2 stand-in. See sandbox.ts for the layout and options.ts for the
// switches that model what the platform notes leave unconfirmed.
import type { SandboxContext } from '../core/contracts.js';
import { createSnelStartSandboxWith, type SnelStartSandbox } from './sandbox.js';

export const createSnelStartSandbox = (context: SandboxContext): SnelStartSandbox => createSnelStartSandboxWith(context);

export { createSnelStartSandboxWith, SNELSTART_PATH_PREFIX, type SnelStartSandbox } from './sandbox.js';
export { deleteConnectionKey, isSnelStartSandbox, regenerateConnectionKey } from './connection-keys.js';
export type { ActivationControl, ActivationOutcome } from './activation/activation-control.js';
export type { ActivationPayload, WebhookDelivery } from './activation/webhook.js';
export {
  DEFAULT_SNELSTART_OPTIONS,
  SNELSTART_RATE_LIMIT_TIERS,
  SNELSTART_SCOPES,
  type CustomFieldDefinition,
  type SnelStartSandboxOptions,
} from './options.js';
