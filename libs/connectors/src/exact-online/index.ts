// Public surface of the Exact Online connector (see README.md in this folder). Re-exported flat
// from @hub/connectors, so names that another connector could also use carry "Exact".
export { createExactOnlineConnector, type ExactConnectorOptions } from './connector.js';
export { exactOnlineCapabilities } from './capabilities.js';
export { EXACT_DEFAULT_RATE_LIMITS, exactLimiterKey, type ExactHttpSettings, type ExactRateLimits } from './http/exact-http-client.js';
export { createExactOAuthClient, type ExactAuthorizationUrlOptions, type ExactOAuthClient, type ExactOAuthClientOptions } from './oauth/exact-oauth-client.js';
export {
  ACCESS_TOKEN_LIFETIME_MS as EXACT_ACCESS_TOKEN_LIFETIME_MS,
  EARLIEST_REFRESH_AFTER_MS as EXACT_EARLIEST_REFRESH_AFTER_MS,
  REFRESH_MARGIN_MS as EXACT_REFRESH_MARGIN_MS,
  refreshWindow,
  type ExactTokenSet,
  type RefreshWindow as ExactRefreshWindow,
} from './oauth/token-set.js';
export { createExactConnectionClient, type ExactConnectionClient, type ExactConnectionClientOptions } from './connection/connection-client.js';
export type { ExactCurrentUser } from './connection/current-user.js';
export type { ExactDivision, ExactDivisionStatus } from './connection/divisions.js';
export { verifyExactWebhook, type ExactWebhookVerification } from './webhooks/verify-webhook.js';
export {
  EXACT_WEBHOOK_TOPICS,
  parseExactWebhookContent,
  webhookChange as exactWebhookChange,
  type ExactWebhookAction,
  type ExactWebhookChange,
  type ExactWebhookContent,
  type ParsedWebhookContent as ParsedExactWebhookContent,
} from './webhooks/webhook-content.js';
export type { WebhookSubscriptionsResult as ExactWebhookSubscriptionsResult } from './webhooks/subscriptions.js';
export type { DebtorCursor as ExactDebtorCursor, InvoiceCursor as ExactInvoiceCursor } from './sync/cursors.js';
export type { DroppedValuesListener as ExactDroppedValuesListener } from './sync/pull-context.js';
export { DEFAULT_DOCUMENT_TYPE as EXACT_DEFAULT_DOCUMENT_TYPE, type ExactWriteBackSettings } from './write-back/write-back.js';
export type { ExactPaymentBooking } from './write-back/payment.js';
