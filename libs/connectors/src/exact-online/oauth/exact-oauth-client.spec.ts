import nock from 'nock';
import { FakeTime } from '../../http/testing/fake-time.js';
import { ORIGIN, rejectionOf } from '../testing/exact-test-kit.js';
import { createExactOAuthClient, type ExactOAuthClient } from './exact-oauth-client.js';
import { refreshWindow } from './token-set.js';

const CLIENT_ID = 'b81cc4de-d192-400e-bcb4-09254394c52a';
const CLIENT_SECRET = 'app-client-secret-0123456789';
const REDIRECT_URI = 'https://hub.example.nl/connect/exact-online/callback';
const OLD_REFRESH = 'Gcp7!IAAAAOldRefreshToken0123456789';
const NEW_REFRESH = 'Gcp7!IAAAANewRefreshToken9876543210';
const ACCESS = 'AAEAAAccessTokenFromExact0123456789';

/** §1.4: what Exact answers, `expires_in` as a string. */
const TOKEN_BODY = { access_token: ACCESS, token_type: 'bearer', expires_in: '600', refresh_token: NEW_REFRESH };

function client(time = new FakeTime()): ExactOAuthClient {
  return createExactOAuthClient({ baseUrl: ORIGIN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI, clock: time });
}

/** The token request's form, decoded, whatever shape nock hands the body in. */
function formOf(body: unknown): Record<string, string> {
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
  return body as Record<string, string>;
}

function tokenEndpoint(seen?: (form: Record<string, string>) => void): nock.Interceptor {
  return nock(ORIGIN, { badheaders: ['authorization'] }).post('/api/oauth2/token', (body: unknown) => {
    seen?.(formOf(body));
    return true;
  });
}

afterEach(() => {
  nock.cleanAll();
});

describe('authorizationUrl', () => {
  it('asks for a code at /api/oauth2/auth with client id, redirect URI and state, without scope or PKCE (§1.2)', () => {
    const url = new URL(client().authorizationUrl('state-3f9c'));

    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/api/oauth2/auth`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', state: 'state-3f9c' });
  });

  it('adds force_login=1 on request', () => {
    expect(new URL(client().authorizationUrl('s', { forceLogin: true })).searchParams.get('force_login')).toBe('1');
  });
});

describe('exchangeCode', () => {
  it('posts the code with the client secret in the form body and returns the token set (expires_in "600")', async () => {
    const time = new FakeTime();
    let form: Record<string, string> = {};
    const scope = tokenEndpoint((seen) => (form = seen))
      .matchHeader('content-type', /application\/x-www-form-urlencoded/)
      .reply(200, TOKEN_BODY);

    // §1.2: a code handed over URL-encoded is decoded before the exchange.
    const tokens = await client(time).exchangeCode('XTzM%21IAAAACbCode');

    expect(scope.isDone()).toBe(true);
    expect(form).toEqual({
      grant_type: 'authorization_code',
      code: 'XTzM!IAAAACbCode',
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(tokens).toEqual({ accessToken: ACCESS, refreshToken: NEW_REFRESH, expiresAt: time.now() + 600_000, obtainedAt: time.now() });
  });

  it('maps a reused or expired code (400 invalid_grant) to auth', async () => {
    tokenEndpoint().reply(400, { error: 'invalid_grant' });

    const error = await rejectionOf(client().exchangeCode('XTzM!IAAAUsedCode'));

    expect(error.errorClass).toBe('auth');
    expect(error.platformStatus).toBe(400);
  });
});

describe('refresh', () => {
  it('spends the refresh token for a rotated set', async () => {
    let form: Record<string, string> = {};
    tokenEndpoint((seen) => (form = seen)).reply(200, TOKEN_BODY);

    const tokens = await client().refresh(OLD_REFRESH);

    expect(form).toEqual({ grant_type: 'refresh_token', refresh_token: OLD_REFRESH, client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(tokens.refreshToken).toBe(NEW_REFRESH);
  });

  it('maps "Old refresh token used." (401 unauthorized_client, PQ#644) to auth: the connection needs new consent', async () => {
    tokenEndpoint().reply(401, { error: 'unauthorized_client', error_description: 'Old refresh token used.' });

    const error = await rejectionOf(client().refresh(OLD_REFRESH));

    expect(error.errorClass).toBe('auth');
    expect(error.message).toContain('Old refresh token used.');
    expect(error.retryable).toBe(false);
  });

  it('maps "Access Token not expired" to transient, retryable once the 570 s have passed', async () => {
    const time = new FakeTime();
    const obtainedAt = time.now() - 200_000;
    tokenEndpoint().reply(401, { error: 'invalid_request', error_description: 'Access Token not expired' });

    const error = await rejectionOf(client(time).refresh(OLD_REFRESH, obtainedAt));

    expect(error.errorClass).toBe('transient');
    expect(error.retryAt).toBe(obtainedAt + 570_000);
  });

  it('recognises "Access Token not expired" in a plain-text answer too (the KB calls it the reason)', async () => {
    tokenEndpoint().reply(401, 'Access Token not expired', { 'Content-Type': 'text/plain' });

    const error = await rejectionOf(client().refresh(OLD_REFRESH, 1_000));

    expect(error.errorClass).toBe('transient');
    expect(error.retryAt).toBe(571_000);
  });

  it('maps an expired refresh token (400, WS#23) to auth', async () => {
    tokenEndpoint().reply(400, { error: 'invalid_request', error_description: 'The refresh token expired at 10/11/2025 9:18:20 PM and it is now 11/20/2025 8:00:00 AM.' });

    expect((await rejectionOf(client().refresh(OLD_REFRESH))).errorClass).toBe('auth');
  });

  it('maps 5xx and network failures to transient', async () => {
    tokenEndpoint().reply(503, '<html>Service Unavailable</html>', { 'Content-Type': 'text/html' });
    expect((await rejectionOf(client().refresh(OLD_REFRESH))).errorClass).toBe('transient');

    tokenEndpoint().replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect((await rejectionOf(client().refresh(OLD_REFRESH))).errorClass).toBe('transient');
  });

  it('never puts a token or the secret into the error', async () => {
    tokenEndpoint().reply(401, { error: 'unauthorized_client', error_description: 'Old refresh token used.' });

    const error = await rejectionOf(client().refresh(OLD_REFRESH));
    const everything = JSON.stringify({ ...error.toJSON(), stack: error.stack, cause: String(error.cause) });

    for (const secret of [OLD_REFRESH, CLIENT_SECRET]) expect(everything).not.toContain(secret);
  });

  it('refuses a token answer without a refresh token as a platform bug', async () => {
    tokenEndpoint().reply(200, { access_token: ACCESS, token_type: 'bearer', expires_in: '600' });

    const error = await rejectionOf(client().refresh(OLD_REFRESH));

    expect(error.errorClass).toBe('platform_bug');
    expect(error.message).not.toContain(ACCESS);
  });
});

describe('refreshWindow', () => {
  it('opens 570 s after the tokens arrived and is due 30 s before expiry (§1.5)', () => {
    expect(refreshWindow({ obtainedAt: 1_000_000, expiresAt: 1_600_000 })).toEqual({ notBefore: 1_570_000, dueAt: 1_570_000 });
  });

  it('never puts the due moment before the 570 s rule, even when the request took a while', () => {
    // Requested at 1,000,000, arrived 2 s later: expiresAt counts from the request.
    expect(refreshWindow({ obtainedAt: 1_002_000, expiresAt: 1_600_000 })).toEqual({ notBefore: 1_572_000, dueAt: 1_572_000 });
  });
});
