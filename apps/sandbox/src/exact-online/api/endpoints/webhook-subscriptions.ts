// webhooks/WebhookSubscriptions (§5.1): CRUD, one subscription per topic per app per division;
// an app sees only its own subscriptions (🟡 INV 287). Writable: CallbackURL and Topic.
import type { PagingSource } from '../../odata/collection.js';
import type { WebhookSubscriptionRecord } from '../../store/records.js';
import { webhookSubscriptionEntity } from '../../wire/entities/webhook-subscription.js';
import { ExactErrors } from '../../wire/errors.js';
import { collectionEndpoint } from '../collection-endpoint.js';
import { guidKey, type EndpointContext, type EndpointHandlers } from '../endpoint.js';
import { JsonBody } from '../json-body.js';
import { respondCreated } from '../write-support.js';

/** Topics seen in public sources (§5.2); no complete official list exists. */
export const KNOWN_TOPICS: ReadonlySet<string> = new Set([
  'Accounts', 'BankAccounts', 'BankEntries', 'Contacts', 'CostTransactions', 'Documents', 'FinancialTransactions',
  'GeneralJournalEntries', 'GoodsDeliveries', 'Items', 'PurchaseOrders', 'Quotations', 'SalesInvoices', 'SalesOrders',
  'StockPositions', 'TimeTransactions',
]);

export function webhookSubscriptionsEndpoint(): EndpointHandlers {
  const read = (ctx: EndpointContext) =>
    collectionEndpoint({
      kind: 'standard',
      entity: webhookSubscriptionEntity,
      source: () => ownSubscriptions(ctx),
      find: (_store, id) => findOwn(ctx, id),
    });
  return {
    list: (ctx) => read(ctx).list?.(ctx),
    get: (ctx, key) => read(ctx).get?.(ctx, key),
    create(ctx) {
      const body = JsonBody.of(ctx.req);
      const topic = validTopic(body.string('Topic', true) as string);
      const callbackUrl = validCallback(ctx, body.string('CallbackURL', true) as string);
      assertTopicFree(ctx, topic, null);
      const app = ctx.runtime.apps.get(ctx.caller.clientId.toLowerCase());
      const subscription: WebhookSubscriptionRecord = {
        id: ctx.store.newGuid(),
        clientId: app?.clientId ?? ctx.caller.clientId,
        division: ctx.store.code,
        topic,
        callbackUrl,
        description: app?.name ?? '',
        userId: ctx.caller.userId,
        creatorFullName: ctx.runtime.state.fullNameOf(ctx.caller.userId) ?? '',
        createdMs: ctx.runtime.context.clock.nowMs(),
      };
      ctx.runtime.state.subscriptions.set(subscription.id, subscription);
      respondCreated(ctx, webhookSubscriptionEntity, subscription, body);
    },
    update(ctx, key) {
      const subscription = requireOwn(ctx, key);
      const body = JsonBody.of(ctx.req);
      const topic = body.has('Topic') ? validTopic(body.string('Topic', true) as string) : subscription.topic;
      const callbackUrl = body.has('CallbackURL') ? validCallback(ctx, body.string('CallbackURL', true) as string) : subscription.callbackUrl;
      assertTopicFree(ctx, topic, subscription.id);
      subscription.topic = topic;
      subscription.callbackUrl = callbackUrl;
      ctx.res.status(204).end();
    },
    remove(ctx, key) {
      const subscription = requireOwn(ctx, key);
      ctx.runtime.state.subscriptions.delete(subscription.id);
      ctx.res.status(204).end();
    },
  };
}

function ownSubscriptions(ctx: EndpointContext): PagingSource<WebhookSubscriptionRecord> {
  const own = [...ctx.runtime.state.subscriptions.values()]
    .filter((s) => s.division === ctx.store.code && s.clientId.toLowerCase() === ctx.caller.clientId.toLowerCase())
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { style: 'key', rows: (after) => own.filter((s) => after === null || s.id > after), tokenOf: (s) => s.id };
}

function findOwn(ctx: EndpointContext, id: string): WebhookSubscriptionRecord | undefined {
  const found = ctx.runtime.state.subscriptions.get(id);
  return found !== undefined && found.division === ctx.store.code && found.clientId.toLowerCase() === ctx.caller.clientId.toLowerCase() ? found : undefined;
}

function requireOwn(ctx: EndpointContext, key: string): WebhookSubscriptionRecord {
  const found = findOwn(ctx, guidKey(key));
  if (found === undefined) throw ExactErrors.notFound('WebhookSubscriptions');
  return found;
}

function validTopic(topic: string): string {
  if (!KNOWN_TOPICS.has(topic)) throw ExactErrors.badRequest(`Topic '${topic}' is not supported.`);
  return topic;
}

function validCallback(ctx: EndpointContext, callbackUrl: string): string {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch {
    throw ExactErrors.badRequest(`CallbackURL '${callbackUrl}' is not a valid URL.`);
  }
  const allowed = ctx.runtime.options.webhooks.requireHttps ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
  if (!allowed) throw ExactErrors.badRequest('CallbackURL must use HTTPS.');
  return callbackUrl;
}

/** "Only one subscription per topic per app per division" (🟡 §5.1). */
function assertTopicFree(ctx: EndpointContext, topic: string, exceptId: string | null): void {
  for (const s of ctx.runtime.state.subscriptions.values()) {
    if (s.id !== exceptId && s.division === ctx.store.code && s.topic === topic && s.clientId.toLowerCase() === ctx.caller.clientId.toLowerCase()) {
      throw ExactErrors.badRequest(`A webhook subscription for topic '${topic}' already exists for this app in division ${ctx.store.code}.`);
    }
  }
}
