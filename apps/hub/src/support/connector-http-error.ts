import { BadGatewayException, ConflictException, type HttpException, ServiceUnavailableException } from '@nestjs/common';
import type { ConnectorError } from '@hub/connectors';

/** When the platform gave no reset time: long enough for a transient fault or a rate window to pass. */
const DEFAULT_RETRY_AFTER_SECONDS = { transient: 30, rate_limited: 60 } as const;

export interface ConnectorErrorDetails {
  errorClass: string;
  platform: string;
  platformStatus?: number;
  retryAfterSeconds?: number;
}

/**
 * A platform failure while support replays a record, as an API error the caller can act on
 * (never a 500): reconnect (409), wait and retry (503 with a hint), or the platform refused (502).
 * ConnectorError messages carry no secrets (libs/connectors), so they are passed on.
 */
export function connectorHttpError(error: ConnectorError, now: number = Date.now()): HttpException {
  const details: ConnectorErrorDetails = { errorClass: error.errorClass, platform: error.platform };
  if (error.platformStatus !== undefined) details.platformStatus = error.platformStatus;
  switch (error.errorClass) {
    case 'auth':
      return new ConflictException({ message: `The connection needs reconnect: ${error.message}`, details });
    case 'rate_limited':
    case 'transient': {
      const retryAfterSeconds = retryAfter(error.retryAt, error.errorClass, now);
      return new ServiceUnavailableException({
        message: `${error.platform} is unavailable right now (${error.errorClass}): ${error.message}. Retry in ${retryAfterSeconds} s.`,
        details: { ...details, retryAfterSeconds },
      });
    }
    default:
      return new BadGatewayException({ message: `${error.platform} failed (${error.errorClass}): ${error.message}`, details });
  }
}

function retryAfter(retryAt: number | undefined, errorClass: keyof typeof DEFAULT_RETRY_AFTER_SECONDS, now: number): number {
  if (retryAt !== undefined && retryAt > now) return Math.max(1, Math.ceil((retryAt - now) / 1000));
  return DEFAULT_RETRY_AFTER_SECONDS[errorClass];
}
