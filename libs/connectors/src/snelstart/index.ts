// Public surface of the SnelStart connector (see README.md in this folder). Re-exported flat from
// @hub/connectors, so names carry "SnelStart".
export {
  SNELSTART_DEFAULT_RATE_LIMITS,
  SNELSTART_SUBSCRIPTION_KEY_HEADER,
  snelStartLimiterKey,
  type SnelStartHttpSettings,
  type SnelStartRateLimits,
} from './http/settings.js';
export { createSnelStartHttpClient, type SnelStartClientOverrides } from './http/snelstart-http-client.js';
export {
  parseSnelStartErrorBody,
  snelStartErrorClassifier,
  SNELSTART_NOT_FOUND_CODES,
  type SnelStartErrorBody,
  type SnelStartErrorShape,
} from './http/errors.js';
export { requestClientKeyToken, SNELSTART_TOKEN_ENDPOINT, type SnelStartToken } from './auth/token.js';
export {
  createSnelStartTokenSource,
  SNELSTART_TOKEN_RENEW_MARGIN_MS,
  type SnelStartTokenSource,
  type SnelStartTokenSourceOptions,
} from './auth/token-source.js';
export { SnelStartTokenSources } from './auth/token-sources.js';
export { COMPANY_INFO_ENDPOINT as SNELSTART_COMPANY_INFO_ENDPOINT, getSnelStartCompanyInfo, readCompanyInfo as readSnelStartCompanyInfo, type SnelStartCompanyInfo } from './connection/company-info.js';
export { checkSnelStartConnectionKey, type CheckConnectionKeyOptions as SnelStartConnectionKeyCheckOptions, type SnelStartConnectionCheck } from './connection/check-connection-key.js';
export { createSnelStartConnector, SNELSTART_DEFAULT_OVERLAP_MS, type SnelStartConnectorOptions } from './connector.js';
export { snelStartCapabilities } from './capabilities.js';
export { SnelStartApi, SNELSTART_PAGE_SIZE } from './http/snelstart-api.js';
export { modifiedOnCursorOf as snelStartCursorOf, type ModifiedOnCursor as SnelStartCursor } from './sync/cursor.js';
export { DEBTORS_LEDGER_FUNCTION as SNELSTART_DEBTORS_LEDGER_FUNCTION } from './sync/reference-lists.js';
export { OPEN_INVOICES_FILTER as SNELSTART_OPEN_INVOICES_FILTER } from './sync/reconciliation-pull.js';
export type { SnelStartPaymentSettings } from './sync/payment-pull.js';
export type { SnelStartWriteBackSettings } from './write-back/write-back.js';
export type { DroppedValuesListener as SnelStartDroppedValuesListener } from './sync/pull-context.js';
