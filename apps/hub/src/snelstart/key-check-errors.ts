import { BadGatewayException, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { isConnectorError } from '@hub/connectors';
import { SnelStartNotConfiguredError } from './snelstart-app.js';

/**
 * How a failed key test answers the caller. A refused key is the caller's problem (422); a
 * platform that is down or misbehaving is not (502/503), and nothing was stored either way. The
 * connector's messages never carry the key (README of libs/connectors/src/snelstart).
 */
export function throwKeyCheckFailure(error: unknown): never {
  throw keyCheckFailure(error);
}

function keyCheckFailure(error: unknown): unknown {
  if (error instanceof SnelStartNotConfiguredError) return new ServiceUnavailableException(error.message);
  if (!isConnectorError(error)) return error;
  switch (error.errorClass) {
    case 'auth':
      return new UnprocessableEntityException({
        message: 'SnelStart refused the connection key (koppelsleutel): check that it was copied whole and that the coupling is still active in SnelStart Web',
        details: { platformStatus: error.platformStatus ?? null, endpoint: error.endpoint ?? null },
      });
    case 'transient':
    case 'rate_limited':
      return new ServiceUnavailableException(`SnelStart is not available right now; try again later (${error.message})`);
    default:
      return new BadGatewayException(`SnelStart answered unexpectedly while the key was tested (${error.message})`);
  }
}
