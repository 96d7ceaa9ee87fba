import { ConnectorError, type AccessTokenSource, type ExactTokenSet } from '@hub/connectors';

/**
 * The tokens of a consent that was just given, before they are stored: good for the few setup
 * calls (current/Me, system/Divisions). There is nothing to renew: a refusal of a token this
 * fresh means the grant itself is not usable.
 */
export function freshTokenSource(tokens: ExactTokenSet): AccessTokenSource {
  const grant = { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
  return {
    current: async () => grant,
    renewAfterRejection: async () => {
      throw new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'exact-online refused the access token it has just issued' });
    },
  };
}
