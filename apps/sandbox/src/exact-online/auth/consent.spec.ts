import request from 'supertest';
import { DEMO_APP } from '../options.js';
import { apiGet, closeHarnesses, createHarness, REDIRECT_URI, type Harness } from '../testing/harness.js';

const AUTH = '/exact-online/api/oauth2/auth';
const TOKEN = '/exact-online/api/oauth2/token';

function authorizeQuery(extra: Record<string, string> = {}): Record<string, string> {
  return { client_id: DEMO_APP.clientId, redirect_uri: REDIRECT_URI, response_type: 'code', state: 'st-123', ...extra };
}

function exchange(harness: Harness, code: string, extra: Record<string, string> = {}): request.Test {
  return request(harness.app)
    .post(TOKEN)
    .type('form')
    .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, ...extra });
}

afterEach(closeHarnesses);

describe('Exact Online consent (GET/POST /api/oauth2/auth)', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await createHarness({ administrations: [{ invoices: 5 }, { invoices: 5 }] });
  });

  it('shows a consent page listing the user\'s divisions with Approve and Deny', async () => {
    const response = await request(harness.app).get(AUTH).query(authorizeQuery());

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    for (const administration of harness.administrations) {
      expect(response.text).toContain(`value="${harness.sandbox.divisionCode(administration.key)}" checked`);
      expect(response.text).toContain(administration.name.replace(/&/g, '&amp;'));
    }
    expect(response.text).toContain('name="decision" value="approve"');
    expect(response.text).toContain('name="decision" value="deny"');
    expect(response.text).toContain('<form method="post" action="auth">');
  });

  it('redirects an approval posted from the page with a code and the state, scoped to the ticked divisions', async () => {
    const [first, second] = harness.administrations.map((a) => harness.sandbox.divisionCode(a.key));
    const response = await request(harness.app)
      .post(AUTH)
      .type('form')
      .send({ ...authorizeQuery(), user: 'demo@debtor-hub.test', divisions: String(first), decision: 'approve' });

    expect(response.status).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('st-123');
    const code = location.searchParams.get('code') ?? '';
    expect(code).toMatch(/^.{4}!IAAAA/);
    // The `!` of Exact's codes travels URL-encoded (§1.2).
    expect(String(response.headers.location)).toContain('%21IAAAA');

    const token = await exchange(harness, code);
    const inScope = await apiGet(harness, token.body.access_token, `/api/v1/${first}/crm/Accounts?$top=1`);
    const outOfScope = await apiGet(harness, token.body.access_token, `/api/v1/${second}/crm/Accounts?$top=1`);
    expect(inScope.status).toBe(200);
    expect(outOfScope.status).toBe(403);
  });

  it('redirects a denial with error=access_denied and the state, without a code', async () => {
    const response = await request(harness.app).post(AUTH).type('form').send({ ...authorizeQuery(), decision: 'deny' });

    const location = new URL(String(response.headers.location));
    expect(response.status).toBe(302);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('st-123');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('approves or denies straight away for scripts with sandbox_auto', async () => {
    const approved = await request(harness.app).get(AUTH).query(authorizeQuery({ sandbox_auto: 'approve' }));
    const denied = await request(harness.app).get(AUTH).query(authorizeQuery({ sandbox_auto: 'deny' }));

    expect(approved.status).toBe(302);
    expect(new URL(String(approved.headers.location)).searchParams.get('code')).toBeTruthy();
    expect(denied.status).toBe(302);
    expect(new URL(String(denied.headers.location)).searchParams.get('error')).toBe('access_denied');
  });

  it('shows an error page and does not redirect for an unknown client_id', async () => {
    const response = await request(harness.app).get(AUTH).query(authorizeQuery({ client_id: '00000000-0000-0000-0000-000000000001', sandbox_auto: 'approve' }));

    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.text).toContain('client_id is onbekend');
  });

  it('shows an error page and does not redirect for a redirect_uri the app did not register', async () => {
    const response = await request(harness.app).get(AUTH).query(authorizeQuery({ redirect_uri: 'https://evil.example.com/cb', sandbox_auto: 'approve' }));

    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });

  it('accepts only the registered redirect URIs when the app lists them', async () => {
    const strict = await createHarness({ options: { apps: [{ ...DEMO_APP, redirectUris: ['https://hub.example.com/exact/callback'] }] } });

    const loopback = await request(strict.app).get(AUTH).query(authorizeQuery({ sandbox_auto: 'approve' }));
    const registered = await request(strict.app).get(AUTH).query(authorizeQuery({ redirect_uri: 'https://hub.example.com/exact/callback', sandbox_auto: 'approve' }));

    expect(loopback.status).toBe(400);
    expect(registered.status).toBe(302);
  });
});

describe('Exact Online code exchange (POST /api/oauth2/token)', () => {
  let harness: Harness;
  let code: string;

  beforeEach(async () => {
    harness = await createHarness();
    const consent = await request(harness.app).get(AUTH).query(authorizeQuery({ sandbox_auto: 'approve' }));
    code = new URL(String(consent.headers.location)).searchParams.get('code') ?? '';
  });

  it('answers exactly like Exact: bearer, expires_in as the string "600", a refresh token', async () => {
    const response = await exchange(harness, code);

    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(['access_token', 'token_type', 'expires_in', 'refresh_token']);
    expect(response.body.token_type).toBe('bearer');
    expect(response.body.expires_in).toBe('600');
    expect(response.body.refresh_token).toMatch(/^.{4}!IAAAA/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('accepts a code only once', async () => {
    const first = await exchange(harness, code);
    const second = await exchange(harness, code);

    expect(first.status).toBe(200);
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ error: 'invalid_grant' });
  });

  it('lets a code expire after 3 minutes', async () => {
    harness.context.clock.advance(181_000);

    const response = await exchange(harness, code);

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const response = await exchange(harness, code, { redirect_uri: 'http://127.0.0.1:5173/other' });

    expect(response.status).toBe(400);
  });

  it('refuses a wrong client secret with 401 invalid_client', async () => {
    const response = await exchange(harness, code, { client_secret: 'wrong' });

    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'invalid_client' });
  });

  it('takes form-encoded bodies only', async () => {
    const response = await request(harness.app)
      .post(TOKEN)
      .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request' });
  });

  it('reads client credentials from the form, not from HTTP Basic, unless switched on', async () => {
    const basic = `Basic ${Buffer.from(`${DEMO_APP.clientId}:${DEMO_APP.clientSecret}`).toString('base64')}`;
    const strict = await request(harness.app).post(TOKEN).type('form').set('Authorization', basic).send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    expect(strict.status).toBe(401);

    const lenient = await createHarness({ options: { acceptHttpBasicClientAuth: true } });
    const consent = await request(lenient.app).get(AUTH).query(authorizeQuery({ sandbox_auto: 'approve' }));
    const lenientCode = new URL(String(consent.headers.location)).searchParams.get('code') ?? '';
    const accepted = await request(lenient.app).post(TOKEN).type('form').set('Authorization', basic).send({ grant_type: 'authorization_code', code: lenientCode, redirect_uri: REDIRECT_URI });
    expect(accepted.status).toBe(200);
  });

  it('refuses unknown grant types', async () => {
    const response = await request(harness.app)
      .post(TOKEN)
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'unsupported_grant_type' });
  });
});
