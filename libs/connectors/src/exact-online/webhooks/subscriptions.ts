// webhooks/WebhookSubscriptions (§5.1): one subscription per topic per app per division, and an
// app sees only its own. Ensuring is idempotent: list, keep what matches, point a subscription
// with another callback URL at ours (a second one for the topic would be refused), create the rest.
import { ConnectorError } from '../../port/errors.js';
import { type ExactApi, textField } from '../http/exact-api.js';
import { guidLiteral } from '../http/odata.js';
import { selectOf } from '../http/select-fields.js';

export interface WebhookSubscriptionsResult {
  created: string[];
  /** Existed with another callback URL; now pointing at ours. */
  updated: string[];
  unchanged: string[];
}

const ENDPOINT = 'webhooks/WebhookSubscriptions';

export async function ensureWebhookSubscriptions(api: ExactApi, topics: readonly string[], callbackUrl: string, signal?: AbortSignal): Promise<WebhookSubscriptionsResult> {
  const wanted = [...new Set(topics)];
  // Checked here: a refused POST is a 400, and 400s count toward the hourly error budget (§2).
  for (const topic of wanted) if (!/^[A-Za-z]+$/.test(topic)) throw invalid(`"${topic}" is not a webhook topic`);
  if (!isAcceptableCallback(callbackUrl)) throw invalid('the callback URL must be https (§5.1)');

  const existing = await api.all({ endpoint: ENDPOINT, query: { $select: selectOf(['ID', 'Topic', 'CallbackURL']) }, signal });
  const result: WebhookSubscriptionsResult = { created: [], updated: [], unchanged: [] };
  for (const topic of wanted) {
    const ofTopic = existing.filter((row) => textField(row, 'Topic') === topic);
    if (ofTopic.some((row) => textField(row, 'CallbackURL') === callbackUrl)) {
      result.unchanged.push(topic);
      continue;
    }
    const id = ofTopic.map((row) => textField(row, 'ID')).find((value) => value !== null);
    if (id === undefined) {
      await api.create(ENDPOINT, { Topic: topic, CallbackURL: callbackUrl }, signal);
      result.created.push(topic);
    } else {
      await api.update(ENDPOINT, `${ENDPOINT}(${guidLiteral(id, 'subscription ID')})`, { CallbackURL: callbackUrl }, signal);
      result.updated.push(topic);
    }
  }
  return result;
}

/** https, or plain http to this machine (the local sandbox). */
function isAcceptableCallback(callbackUrl: string): boolean {
  if (!URL.canParse(callbackUrl)) return false;
  const url = new URL(callbackUrl);
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}

function invalid(reason: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online webhooks: ${reason}`, endpoint: ENDPOINT });
}
