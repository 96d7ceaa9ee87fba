// Delivers webhook notifications (§5.3/§5.5) for changes in a division to every subscription of
// the matching topic. Deliveries are fire-and-forget with a short real-time retry, so a control
// call never waits on a callback; `flush()` lets tests and the core await what is in flight.
// Skipped entirely while `faults.webhookOutage` is on (Exact's webhooks "have had outages").
import type { SandboxContext } from '../../core/contracts.js';
import type { ExactOnlineAppRegistration, ExactOnlineSandboxOptions } from '../options.js';
import type { ExactOnlineState } from '../state.js';
import type { ChangeEvent } from '../store/changes.js';
import type { DivisionStore } from '../store/division-store.js';
import type { WebhookSubscriptionRecord } from '../store/records.js';
import { localIsoString } from '../wire/values.js';
import { webhookBody } from './signature.js';

export interface WebhookDelivery {
  subscriptionId: string;
  callbackUrl: string;
  topic: string;
  action: ChangeEvent['action'];
  key: string;
  body: string;
  outcome: 'pending' | 'delivered' | 'failed' | 'skipped';
  attempts: number;
  lastStatus: number | null;
}

export interface WebhookDispatcherDeps {
  context: SandboxContext;
  state: ExactOnlineState;
  apps: ReadonlyMap<string, ExactOnlineAppRegistration>;
  settings: ExactOnlineSandboxOptions['webhooks'];
  apiBase(): string;
  instant(ms: number): number;
}

const DELIVERY_LOG_LIMIT = 1_000;

export class WebhookDispatcher {
  private readonly inFlight = new Set<Promise<void>>();
  private log: WebhookDelivery[] = [];

  constructor(private readonly deps: WebhookDispatcherDeps) {}

  notify(store: DivisionStore, events: readonly ChangeEvent[]): void {
    if (events.length === 0) return;
    const subscriptions = [...this.deps.state.subscriptions.values()].filter((s) => s.division === store.code);
    for (const event of events) {
      for (const subscription of subscriptions) {
        if (subscription.topic !== event.topic) continue;
        const app = this.deps.apps.get(subscription.clientId.toLowerCase());
        if (app === undefined) continue;
        this.start(this.prepare(subscription, app, event));
      }
    }
  }

  /** Resolves once every delivery started so far (retries included) has finished. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  deliveries(): WebhookDelivery[] {
    return [...this.log];
  }

  private prepare(subscription: WebhookSubscriptionRecord, app: ExactOnlineAppRegistration, event: ChangeEvent): WebhookDelivery {
    const content = {
      Topic: event.topic,
      ClientId: subscription.clientId,
      Division: subscription.division,
      Action: event.action,
      Key: event.key,
      ExactOnlineEndpoint: endpointFor(this.deps.apiBase(), subscription.division, event),
      // Local time with milliseconds, no offset: "2020-01-06T16:26:08.587" (a public capture).
      EventCreatedOn: localIsoString(this.deps.instant(this.deps.context.clock.nowMs()), true),
    };
    const delivery: WebhookDelivery = {
      subscriptionId: subscription.id,
      callbackUrl: subscription.callbackUrl,
      topic: event.topic,
      action: event.action,
      key: event.key,
      body: webhookBody(JSON.stringify(content), app.webhookSecret),
      outcome: 'pending',
      attempts: 0,
      lastStatus: null,
    };
    this.log.push(delivery);
    if (this.log.length > DELIVERY_LOG_LIMIT) this.log = this.log.slice(-DELIVERY_LOG_LIMIT);
    return delivery;
  }

  private start(delivery: WebhookDelivery): void {
    const run = this.deliver(delivery).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private async deliver(delivery: WebhookDelivery): Promise<void> {
    const delays = [0, ...this.deps.settings.retryDelaysMs];
    for (const delay of delays) {
      if (delay > 0) await sleep(delay);
      if (this.deps.context.faults('exact-online').webhookOutage) {
        delivery.outcome = 'skipped';
        return;
      }
      delivery.attempts++;
      try {
        const response = await fetch(delivery.callbackUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body: delivery.body,
          signal: AbortSignal.timeout(this.deps.settings.timeoutMs),
        });
        delivery.lastStatus = response.status;
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          delivery.outcome = 'delivered';
          return;
        }
      } catch {
        delivery.lastStatus = null;
      }
    }
    delivery.outcome = 'failed';
  }
}

/** ❓ §5.3 gives the Accounts form; for FinancialTransactions the stand-in points at the entry's lines. */
function endpointFor(apiBase: string, division: number, event: ChangeEvent): string {
  switch (event.topic) {
    case 'Accounts':
      return `${apiBase}/${division}/crm/Accounts(guid'${event.key}')`;
    case 'Documents':
      return `${apiBase}/${division}/documents/Documents(guid'${event.key}')`;
    case 'FinancialTransactions':
      return `${apiBase}/${division}/financialtransaction/TransactionLines?$filter=EntryID%20eq%20guid'${event.key}'`;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
