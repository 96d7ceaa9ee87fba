// The `Content` of an Exact notification (§5.3) and what it means for the hub. The payload is
// thin: it names a record, and the hub fetches (or pulls) the current state itself. Webhooks are
// a hint to act sooner; the sync endpoints stay the source of truth (§5.5).
import type { Resource } from '@hub/mapping';
import { isRecord } from '../http/exact-api.js';
import { isGuid } from '../http/odata.js';

export type ExactWebhookAction = 'Create' | 'Update' | 'Delete';

export interface ExactWebhookContent {
  topic: string;
  /** The app the subscription belongs to: compare with our client id. */
  clientId: string;
  division: number;
  action: ExactWebhookAction;
  /** The entity's key (GUID), lower-cased. */
  key: string;
  exactOnlineEndpoint: string | null;
  /** As sent: local time without an offset (e.g. `2020-01-06T16:26:08.587`). */
  eventCreatedOn: string | null;
}

export type ParsedWebhookContent = { ok: true; content: ExactWebhookContent } | { ok: false; reason: string };

const ACTIONS: readonly ExactWebhookAction[] = ['Create', 'Update', 'Delete'];

export function parseExactWebhookContent(raw: unknown): ParsedWebhookContent {
  if (!isRecord(raw)) return { ok: false, reason: 'Content is not an object' };
  const { Topic, ClientId, Division, Action, Key } = raw;
  if (typeof Topic !== 'string' || Topic.trim() === '') return { ok: false, reason: 'Content.Topic is missing' };
  if (typeof ClientId !== 'string' || !isGuid(ClientId)) return { ok: false, reason: 'Content.ClientId is not a GUID' };
  if (typeof Division !== 'number' || !Number.isSafeInteger(Division)) return { ok: false, reason: 'Content.Division is not a division code' };
  if (typeof Action !== 'string' || !ACTIONS.includes(Action as ExactWebhookAction)) return { ok: false, reason: 'Content.Action is not Create, Update or Delete' };
  if (typeof Key !== 'string' || !isGuid(Key)) return { ok: false, reason: 'Content.Key is not a GUID' };
  return {
    ok: true,
    content: {
      topic: Topic.trim(),
      clientId: ClientId.toLowerCase(),
      division: Division,
      action: Action as ExactWebhookAction,
      key: Key.toLowerCase(),
      exactOnlineEndpoint: typeof raw.ExactOnlineEndpoint === 'string' ? raw.ExactOnlineEndpoint : null,
      eventCreatedOn: typeof raw.EventCreatedOn === 'string' ? raw.EventCreatedOn : null,
    },
  };
}

/**
 * What the hub does with a notification:
 * - `record`: `Accounts` names a debtor: fetchOne('debtors', externalId), or mark it removed on Delete;
 * - `pull`: `FinancialTransactions` names a financial entry, which may be an invoice's sales entry
 *   (Delete: that invoice is gone, `removedExternalId`) or the cash entry of a payment, whose
 *   effect lands on the invoice's payment terms. Exact has no topic for payment terms (§5.2), so
 *   run an incremental pull of `resource`;
 * - `ignore`: topics the hub does not mirror.
 */
export type ExactWebhookChange =
  | { kind: 'record'; resource: 'debtors'; externalId: string; deleted: boolean }
  | { kind: 'pull'; resource: Resource; removedExternalId: string | null }
  | { kind: 'ignore'; topic: string };

export function webhookChange(content: ExactWebhookContent): ExactWebhookChange {
  switch (content.topic) {
    case 'Accounts':
      return { kind: 'record', resource: 'debtors', externalId: content.key, deleted: content.action === 'Delete' };
    case 'FinancialTransactions':
      return { kind: 'pull', resource: 'invoices', removedExternalId: content.action === 'Delete' ? content.key : null };
    default:
      return { kind: 'ignore', topic: content.topic };
  }
}

/** The topics the hub subscribes to (§5.2: seen in public sources; no official list). */
export const EXACT_WEBHOOK_TOPICS = ['Accounts', 'FinancialTransactions'] as const;
