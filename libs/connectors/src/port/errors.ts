// Every platform failure becomes one ConnectorError with a class the hub acts on
// (DESIGN.md "Connectors"): auth → needs reconnect; rate_limited → wait until the reset;
// transient → retry with backoff; invalid_request / platform_bug → fail with the platform's
// message; not_found → the record is gone. Messages never contain tokens or keys.
import type { Platform } from '@hub/mapping';

export const CONNECTOR_ERROR_CLASSES = ['auth', 'rate_limited', 'transient', 'invalid_request', 'not_found', 'platform_bug'] as const;
export type ConnectorErrorClass = (typeof CONNECTOR_ERROR_CLASSES)[number];

export interface ConnectorErrorDetails {
  platform: Platform;
  errorClass: ConnectorErrorClass;
  message: string;
  /** HTTP status the platform answered, when there was an answer. */
  platformStatus?: number;
  /** The platform's own error code (e.g. e-Boekhouden's codes), kept for support. */
  platformCode?: string;
  /** When a rate-limited call may be retried (epoch ms), from the platform's headers. */
  retryAt?: number;
  /** Which endpoint (path pattern, no ids or secrets) failed. */
  endpoint?: string;
  cause?: unknown;
}

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly platform: Platform;
  readonly errorClass: ConnectorErrorClass;
  readonly platformStatus?: number;
  readonly platformCode?: string;
  readonly retryAt?: number;
  readonly endpoint?: string;

  constructor(details: ConnectorErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.platform = details.platform;
    this.errorClass = details.errorClass;
    this.platformStatus = details.platformStatus;
    this.platformCode = details.platformCode;
    this.retryAt = details.retryAt;
    this.endpoint = details.endpoint;
  }

  /** Worth retrying the same call later without anyone changing anything. */
  get retryable(): boolean {
    return this.errorClass === 'transient' || this.errorClass === 'rate_limited';
  }

  toJSON(): Omit<ConnectorErrorDetails, 'cause'> {
    return {
      platform: this.platform,
      errorClass: this.errorClass,
      message: this.message,
      platformStatus: this.platformStatus,
      platformCode: this.platformCode,
      retryAt: this.retryAt,
      endpoint: this.endpoint,
    };
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
