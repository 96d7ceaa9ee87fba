import { ConnectorError } from '@hub/connectors';
import { connectionErrorOf } from './connection-error.js';

const at = new Date('2026-03-01T10:00:00.000Z');

describe('connectionErrorOf', () => {
  it('keeps a ConnectorError’s class, message and platform status', () => {
    const error = new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: 'exact-online token refresh failed: Old refresh token used.', platformStatus: 401 });
    expect(connectionErrorOf('token_refresh', error, at)).toEqual({
      class: 'auth',
      message: 'exact-online token refresh failed: Old refresh token used.',
      stage: 'token_refresh',
      at: '2026-03-01T10:00:00.000Z',
      platformStatus: 401,
    });
  });

  it('keeps nothing of any other error’s message, which may carry anything', () => {
    const stored = connectionErrorOf('webhook_subscriptions', new Error('refresh_token=Gcp7!secret'), at);
    expect(stored).toEqual({ class: 'internal', message: 'unexpected error (see the hub logs)', stage: 'webhook_subscriptions', at: '2026-03-01T10:00:00.000Z' });
  });
});
