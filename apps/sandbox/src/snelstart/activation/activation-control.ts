// The partner-side coupling lifecycle (notes §1.4): a user approves the app for an administratie
// (Create), or later renews (Regenerate: new key, old one revoked) or removes it (Delete: key
// revoked) in SnelStart Web. Each step tells the partner through the webhook. The control API
// exposes regenerate/remove; the activation page calls activate.
import { SandboxControlError } from '../../core/contracts.js';
import type { SnelStartState } from '../state.js';
import { MAATWERK, type Coupling } from '../auth/couplings.js';
import { deliverActivation, type ActivationAction, type WebhookDelivery } from './webhook.js';

export interface ActivationOutcome {
  administrationKey: string;
  action: ActivationAction;
  koppelsleutel: string;
  /** Null when no webhook was due: a hand-made (maatwerk) key has none. */
  delivery: WebhookDelivery | null;
}

export class ActivationControl {
  private log: WebhookDelivery[] = [];

  constructor(private readonly state: SnelStartState) {}

  /** Every webhook call made since the last seed, oldest first. */
  deliveries(): readonly WebhookDelivery[] {
    return [...this.log];
  }

  reset(): void {
    this.log = [];
  }

  async activate(administrationKey: string, referenceKey: string): Promise<ActivationOutcome> {
    this.state.store.byKey(administrationKey);
    const coupling = this.state.couplings.issue(administrationKey, this.state.options.appShortName, referenceKey);
    return this.notify(coupling, 'Create');
  }

  /** A new key for the app's coupling (or, without one, the maatwerk key); the old key stops working. */
  async regenerate(administrationKey: string): Promise<ActivationOutcome> {
    this.state.store.byKey(administrationKey);
    const app = this.coupledApp(administrationKey);
    const previous = this.state.couplings.current(administrationKey, app);
    const coupling = this.state.couplings.issue(administrationKey, app, previous?.referenceKey ?? null);
    return this.notify(coupling, 'Regenerate');
  }

  /** Revokes the app's coupling (or the maatwerk key) and reports the revoked key. */
  async remove(administrationKey: string): Promise<ActivationOutcome> {
    this.state.store.byKey(administrationKey);
    const revoked = this.state.couplings.revoke(administrationKey, this.coupledApp(administrationKey));
    if (!revoked) throw new SandboxControlError(409, `Administratie ${administrationKey} has no active koppelsleutel; nothing to delete`);
    return this.notify(revoked, 'Delete');
  }

  private coupledApp(administrationKey: string): string {
    const app = this.state.options.appShortName;
    return this.state.couplings.current(administrationKey, app) ? app : MAATWERK;
  }

  private async notify(coupling: Coupling, action: ActivationAction): Promise<ActivationOutcome> {
    const outcome = { administrationKey: coupling.administrationKey, action, koppelsleutel: coupling.koppelsleutel };
    if (coupling.referenceKey === null) return { ...outcome, delivery: null };
    const delivery = await deliverActivation(this.state.context, this.state.options.activationWebhookUrl, coupling.administrationKey, {
      KoppelSleutel: coupling.koppelsleutel,
      ActionType: action,
      ReferenceKey: coupling.referenceKey,
    });
    this.log.push(delivery);
    return { ...outcome, delivery };
  }
}
