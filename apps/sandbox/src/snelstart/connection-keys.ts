// Control-side triggers of the koppelsleutel lifecycle (notes §1.4, §5), for the core's control
// API which holds platforms as plain PlatformSandbox: a user regenerating or deleting the coupling
// in SnelStart Web. Both call the partner's webhook when the key came from the activation flow.
import { SandboxControlError, type PlatformSandbox } from '../core/contracts.js';
import type { ActivationOutcome } from './activation/activation-control.js';
import type { SnelStartSandbox } from './sandbox.js';

export function isSnelStartSandbox(platform: PlatformSandbox): platform is SnelStartSandbox {
  return platform.platform === 'snelstart' && 'activation' in platform;
}

/** `Regenerate`: a new koppelsleutel; the old one and its tokens stop working. */
export function regenerateConnectionKey(platform: PlatformSandbox, administrationKey: string): Promise<ActivationOutcome> {
  return snelStart(platform).activation.regenerate(administrationKey);
}

/** `Delete`: the koppelsleutel is revoked; the webhook reports the revoked key. */
export function deleteConnectionKey(platform: PlatformSandbox, administrationKey: string): Promise<ActivationOutcome> {
  return snelStart(platform).activation.remove(administrationKey);
}

function snelStart(platform: PlatformSandbox): SnelStartSandbox {
  if (!isSnelStartSandbox(platform)) throw new SandboxControlError(400, `Connection keys exist only on SnelStart, not on ${platform.platform}.`);
  return platform;
}
