// The koppelsleutel webhook (notes §1.4 step 3, §5): SnelStart POSTs
// `{"KoppelSleutel": …, "ActionType": "Create"|"Regenerate"|"Delete", "ReferenceKey": …}` as JSON to
// the URL the partner registered. Any 2xx is success; anything else is not retried. No signature
// header is documented (❓), so none is sent.
import type { SandboxContext } from '../../core/contracts.js';

export type ActivationAction = 'Create' | 'Regenerate' | 'Delete';

export interface ActivationPayload {
  KoppelSleutel: string;
  ActionType: ActivationAction;
  ReferenceKey: string;
}

export interface WebhookDelivery {
  administrationKey: string;
  url: string;
  payload: ActivationPayload;
  /** HTTP status of the partner's answer; null when it never answered. */
  status: number | null;
  delivered: boolean;
  error: string | null;
  at: string;
}

const TIMEOUT_MS = 10_000;

export async function deliverActivation(
  context: SandboxContext,
  url: string,
  administrationKey: string,
  payload: ActivationPayload,
): Promise<WebhookDelivery> {
  const at = context.clock.now().toISOString();
  const base = { administrationKey, url, payload, at };
  if (context.faults('snelstart').webhookOutage) return { ...base, status: null, delivered: false, error: 'webhook outage (sandbox fault)' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { ...base, status: response.status, delivered: response.ok, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ...base, status: null, delivered: false, error: error instanceof Error ? error.message : String(error) };
  }
}
