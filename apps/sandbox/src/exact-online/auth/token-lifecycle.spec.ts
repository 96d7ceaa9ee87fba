import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_APP } from '../options.js';
import { apiGet, connect, closeHarnesses, createHarness, refresh, type Harness, type Tokens } from '../testing/harness.js';

const SECOND = 1000;

/** The HTTP reason phrase ("reason" in the KB text) is not on supertest's response type. */
function reasonPhraseOfRefresh(harness: Harness, refreshToken: string): Promise<string | undefined> {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret }).toString();
  const { port } = harness.app.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/exact-online/api/oauth2/token', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusMessage));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const DAY = 86_400_000;

afterEach(closeHarnesses);

describe('Exact Online token lifecycle (§1.5)', () => {
  let harness: Harness;
  let tokens: Tokens;

  beforeEach(async () => {
    harness = await createHarness();
    tokens = await connect(harness);
  });

  const accounts = (token: string) => apiGet(harness, token, `/api/v1/${harness.division}/crm/Accounts?$top=1`);

  it('expires an access token 600 s after it was issued', async () => {
    harness.context.clock.advance(599 * SECOND);
    expect((await accounts(tokens.accessToken)).status).toBe(200);

    harness.context.clock.advance(1 * SECOND);
    const expired = await accounts(tokens.accessToken);
    expect(expired.status).toBe(401);
    expect(expired.body.error.message.value).toBe('Unauthorized');
  });

  it('refuses a refresh before 570 s with 401 "Access Token not expired" and keeps the refresh token usable', async () => {
    harness.context.clock.advance(569 * SECOND);

    const early = await refresh(harness, tokens.refreshToken);

    expect(early.status).toBe(401);
    expect(early.body).toEqual({ error: 'invalid_request', error_description: 'Access Token not expired' });
    expect(await reasonPhraseOfRefresh(harness, tokens.refreshToken)).toBe('Access Token not expired');

    harness.context.clock.advance(1 * SECOND);
    const inTime = await refresh(harness, tokens.refreshToken);
    expect(inTime.status).toBe(200);
  });

  it('rotates the refresh token and answers reuse of the old one with "Old refresh token used."', async () => {
    harness.context.clock.advance(580 * SECOND);
    const rotated = await refresh(harness, tokens.refreshToken);
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(tokens.refreshToken);
    expect(rotated.body.access_token).not.toBe(tokens.accessToken);

    const reuse = await refresh(harness, tokens.refreshToken);

    expect(reuse.status).toBe(401);
    expect(reuse.body).toEqual({ error: 'unauthorized_client', error_description: 'Old refresh token used.' });
    expect(harness.context.stats('exact-online').refreshTokenReuse).toBe(1);
    // The winner's new token still works: reuse does not kill the connection.
    harness.context.clock.advance(580 * SECOND);
    expect((await refresh(harness, rotated.body.refresh_token)).status).toBe(200);
  });

  it('gives each new access token its own 600 s', async () => {
    harness.context.clock.advance(590 * SECOND);
    const rotated = await refresh(harness, tokens.refreshToken);
    harness.context.clock.advance(20 * SECOND);

    expect((await accounts(tokens.accessToken)).status).toBe(401);
    expect((await accounts(rotated.body.access_token)).status).toBe(200);
  });

  it('lets a refresh token die after 30 days unused, with Exact\'s text', async () => {
    harness.context.clock.advance(30 * DAY + SECOND);

    const response = await refresh(harness, tokens.refreshToken);

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.error_description).toMatch(/^The refresh token expired at \d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M and it is now \d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M\.$/);
    // .NET escapes the slashes of the dates in the raw JSON (WS#23).
    expect(response.text).toContain('\\/');
  });

  it('keeps a refresh token alive for 30 days after each use', async () => {
    harness.context.clock.advance(29 * DAY);
    const kept = await refresh(harness, tokens.refreshToken);
    harness.context.clock.advance(29 * DAY);

    expect(kept.status).toBe(200);
    expect((await refresh(harness, kept.body.refresh_token)).status).toBe(200);
  });

  it('refuses every API call and every token request while consent is revoked', async () => {
    harness.context.setFaults('exact-online', { revoked: true });
    harness.context.clock.advance(580 * SECOND);

    const call = await accounts(tokens.accessToken);
    const token = await refresh(harness, tokens.refreshToken);

    expect(call.status).toBe(401);
    expect(token.status).toBe(400);
    expect(token.body).toEqual({ error: 'invalid_grant' });
  });

  it('limits token requests to 200 per app per user per day when asked to', async () => {
    const limited = await createHarness({ options: { tokens: { tokenCallsPerDay: 2 } } });
    const connected = await connect(limited);
    limited.context.clock.advance(580 * SECOND);
    const second = await refresh(limited, connected.refreshToken);
    limited.context.clock.advance(580 * SECOND);

    const third = await refresh(limited, second.body.refresh_token);

    expect(second.status).toBe(200);
    expect(third.status).toBe(429);
  });
});
