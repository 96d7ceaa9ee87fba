import { isConnectorError } from '@hub/connectors';

/** What went wrong last on a connection, as stored in `connections.last_error` and shown by the API. */
export interface ConnectionError {
  /** The connector error class (`auth`, `transient`, …), or `internal` for anything else. */
  class: string;
  message: string;
  /** Which step failed, e.g. `token_refresh` or `webhook_subscriptions`. */
  stage: string;
  at: string;
  platformStatus?: number;
}

/**
 * The stored form of a failure. A ConnectorError's message is safe by construction (no tokens,
 * no keys); any other error may carry anything, so only a fixed text is kept.
 */
export function connectionErrorOf(stage: string, error: unknown, at: Date = new Date()): ConnectionError {
  if (isConnectorError(error)) {
    const stored: ConnectionError = { class: error.errorClass, message: error.message, stage, at: at.toISOString() };
    if (error.platformStatus !== undefined) stored.platformStatus = error.platformStatus;
    return stored;
  }
  return { class: 'internal', message: 'unexpected error (see the hub logs)', stage, at: at.toISOString() };
}
