import { isConnectorError } from '@hub/connectors';
import type { RunErrorDetails } from './sync-request.js';

/** Error classes beyond the connector's: anything that is not a ConnectorError is ours. */
export const INTERNAL_ERROR_CLASS = 'internal';

/** The error columns of a failed run: the connector's classification, or `internal`. */
export function describeRunError(error: unknown): RunErrorDetails {
  if (isConnectorError(error)) {
    return { errorClass: error.errorClass, message: error.message, platformStatus: error.platformStatus ?? null, retryAt: error.retryAt ?? null };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { errorClass: INTERNAL_ERROR_CLASS, message, platformStatus: null, retryAt: null };
}
