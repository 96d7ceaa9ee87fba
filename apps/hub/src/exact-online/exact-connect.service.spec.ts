import { ServiceUnavailableException } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { randomBytes } from 'node:crypto';
import { ExactCallbackService } from './exact-callback.service.js';
import { ExactConnectService } from './exact-connect.service.js';
import { ExactOnlineApp, ExactOnlineNotConfiguredError } from './exact-online-app.js';
import type { NewAuthorization, OAuthStateStore } from './oauth-state.store.js';

const baseEnvironment = {
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  REDIS_URL: 'redis://127.0.0.1:1',
  HUB_PUBLIC_URL: 'https://hub.example.nl/',
  HUB_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
};

/** Records what would be stored; no database. */
class RecordingStates {
  readonly created: NewAuthorization[] = [];
  async create(authorization: NewAuthorization): Promise<string> {
    this.created.push(authorization);
    return 'S'.repeat(43);
  }
}

function service(environment: Record<string, string>): { connect: ExactConnectService; states: RecordingStates; app: ExactOnlineApp } {
  const app = new ExactOnlineApp(loadConfig({ ...baseEnvironment, ...environment }));
  const states = new RecordingStates();
  return { connect: new ExactConnectService(app, states as unknown as OAuthStateStore), states, app };
}

const principal = { tenantId: 't-1', apiKeyId: 'k-1', role: 'accountant' as const };

describe('ExactConnectService.start', () => {
  it('answers 503 naming the missing settings when the app registration is incomplete, and stores no state', async () => {
    const incomplete: Record<string, string>[] = [{}, { EXACT_ONLINE_CLIENT_ID: 'client' }, { EXACT_ONLINE_CLIENT_SECRET: 'secret' }];
    for (const environment of incomplete) {
      const { connect, states } = service(environment);
      const error = await connect.start(principal, {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceUnavailableException);
      expect((error as Error).message).toMatch(/EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET/);
      expect(states.created).toEqual([]);
    }
  });

  it('binds the state to the caller and the region host, with the redirect URI under HUB_PUBLIC_URL', async () => {
    const { connect, states } = service({ EXACT_ONLINE_CLIENT_ID: 'client-1', EXACT_ONLINE_CLIENT_SECRET: 'secret-1' });
    const { authorizationUrl } = await connect.start(principal, { region: 'uk', redirectAfter: 'https://console.example.nl/x' });
    expect(states.created).toEqual([
      { tenantId: 't-1', apiKeyId: 'k-1', platform: 'exact-online', baseUrl: 'https://start.exactonline.co.uk', redirectAfter: 'https://console.example.nl/x' },
    ]);
    const url = new URL(authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://start.exactonline.co.uk/api/oauth2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-1',
      redirect_uri: 'https://hub.example.nl/oauth/exact-online/callback',
      response_type: 'code',
      state: 'S'.repeat(43),
    });
  });
});

describe('ExactOnlineApp', () => {
  it('builds the webhook callback from HUB_PUBLIC_URL and refuses to build clients without a registration', () => {
    const { app } = service({});
    expect(app.webhookCallbackUrl).toBe('https://hub.example.nl/webhooks/exact-online');
    expect(app.configured).toBe(false);
    expect(() => app.oauthClient('https://start.exactonline.nl')).toThrow(ExactOnlineNotConfiguredError);
  });
});

describe('ExactCallbackService without a registration', () => {
  it('shows a 503 page before touching the state', async () => {
    const { app } = service({});
    const untouchable = new Proxy({}, { get: () => { throw new Error('must not be used'); } });
    const callback = new ExactCallbackService(app, untouchable as OAuthStateStore, untouchable as never, untouchable as never, untouchable as never);
    const outcome = await callback.complete({ code: 'c', state: 's', error: null });
    expect(outcome).toMatchObject({ kind: 'page', page: { status: 503 } });
  });
});
