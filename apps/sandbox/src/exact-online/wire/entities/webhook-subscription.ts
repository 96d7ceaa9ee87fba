// webhooks/WebhookSubscriptions (§5.1): only CallbackURL and Topic are writable.
import type { WebhookSubscriptionRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type EntityDefinition } from '../entity.js';
import { wireDateFromMs } from '../values.js';

export const webhookSubscriptionEntity: EntityDefinition<WebhookSubscriptionRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Webhooks.WebhookSubscription',
  fields: [
    field.of('ID', 'Guid', (r) => r.id),
    field.of('CallbackURL', 'String', (r) => r.callbackUrl),
    field.of('ClientID', 'Guid', (r) => r.clientId),
    field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
    field.of('Creator', 'Guid', (r) => r.userId),
    field.of('CreatorFullName', 'String', (r) => r.creatorFullName),
    field.of('Description', 'String', (r) => r.description),
    field.of('Division', 'Int32', (r) => r.division),
    field.of('Topic', 'String', (r) => r.topic),
  ],
  uri: (r, env) => divisionUri(env, `webhooks/WebhookSubscriptions(guid'${r.id}')`),
});
