import request from 'supertest';
import { administration } from '../testing/fixture.js';
import { API, createHarness, TOKEN_PATH } from '../testing/harness.js';
import { INVALID_CLIENTKEY } from './token-route.js';

describe('SnelStart token endpoint (auth.snelstart.nl/b2b/token)', () => {
  it('grants a bearer token for a koppelsleutel sent form-encoded in the body, valid 3599 s, without a refresh token', async () => {
    const h = createHarness();
    const response = await request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'clientkey', clientkey: h.connectionKey() });

    expect(response.status).toBe(200);
    expect(Object.keys(response.body as object).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(response.body).toMatchObject({ token_type: 'bearer', expires_in: 3599 });
    const claims = JSON.parse(Buffer.from(String(response.body.access_token).split('.')[1] ?? '', 'base64url').toString()) as { scopes: string[]; sub: string };
    expect(claims.scopes).toContain('orders:read');
    expect(claims.sub).toBe(h.sandbox.demoCredentials()['administratieIdentifier.adm-1']);
  });

  it('needs no subscription key and counts the call', async () => {
    const h = createHarness();
    await h.token();
    expect(h.context.stats('snelstart').calls).toBe(1);
  });

  it('accepts the password grant SnelStart\'s .NET client derives from the koppelsleutel', async () => {
    const h = createHarness();
    const [username, password] = Buffer.from(h.connectionKey(), 'base64').toString().split(':');
    const response = await request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'password', username, password });
    expect(response.status).toBe(200);
  });

  it('refuses an unknown koppelsleutel with the OWIN error body', async () => {
    const h = createHarness();
    const response = await request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'clientkey', clientkey: 'bm9wZTpub3Bl' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: INVALID_CLIENTKEY });
  });

  it('ignores credentials in the query string: they must be in the body', async () => {
    const h = createHarness();
    const response = await request(h.app).post(`${TOKEN_PATH}?grant_type=clientkey&clientkey=${encodeURIComponent(h.connectionKey())}`).type('form').send('');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'unsupported_grant_type' });
  });

  it('refuses every koppelsleutel while the revoked fault is on', async () => {
    const h = createHarness();
    const token = await h.token();
    h.context.setFaults('snelstart', { revoked: true });

    const grant = await request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'clientkey', clientkey: h.connectionKey() });
    const call = await h.get('/companyInfo', token);

    expect(grant.status).toBe(400);
    expect(grant.body).toEqual({ error: INVALID_CLIENTKEY });
    expect(call.status).toBe(401);
    expect(call.body).toEqual({ message: 'Authorization has been denied for this request.' });
  });
});

describe('SnelStart API credentials', () => {
  it('serves a call carrying both the bearer token and the subscription key', async () => {
    const h = createHarness();
    const response = await h.get('/companyInfo', await h.token());
    expect(response.status).toBe(200);
  });

  it('answers a missing subscription key with the APIM gateway body', async () => {
    const h = createHarness();
    const response = await request(h.app).get(`${API}/companyInfo`).set('Authorization', `Bearer ${await h.token()}`);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      statusCode: 401,
      message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    });
  });

  it('answers an unknown subscription key with the APIM "invalid subscription key" body', async () => {
    const h = createHarness();
    const response = await request(h.app)
      .get(`${API}/companyInfo`)
      .set('Ocp-Apim-Subscription-Key', '0123456789abcdef0123456789abcdef')
      .set('Authorization', `Bearer ${await h.token()}`);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      statusCode: 401,
      message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
    });
  });

  it('accepts the subscription key as the subscription-key query parameter and the secondary key', async () => {
    const h = createHarness();
    const token = await h.token();
    const secondary = h.sandbox.demoCredentials().subscriptionKeySecondary ?? '';
    const byQuery = await request(h.app).get(`${API}/companyInfo?subscription-key=${h.subscriptionKey}`).set('Authorization', `Bearer ${token}`);
    const bySecondary = await request(h.app).get(`${API}/companyInfo`).set('Ocp-Apim-Subscription-Key', secondary).set('Authorization', `Bearer ${token}`);
    expect([byQuery.status, bySecondary.status]).toEqual([200, 200]);
  });

  it('refuses a missing bearer token with ASP.NET\'s 401 body', async () => {
    const h = createHarness();
    const response = await request(h.app).get(`${API}/companyInfo`).set('Ocp-Apim-Subscription-Key', h.subscriptionKey);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body).toEqual({ message: 'Authorization has been denied for this request.' });
  });

  it('expires a token 3599 seconds after it was issued, on the sandbox clock', async () => {
    const h = createHarness();
    const token = await h.token();

    h.context.clock.advance(3598_000);
    expect((await h.get('/companyInfo', token)).status).toBe(200);

    h.context.clock.advance(1_000);
    const expired = await h.get('/companyInfo', token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ message: 'Authorization has been denied for this request.' });
    expect((await h.get('/companyInfo', await h.token())).status).toBe(200);
  });

  it('binds a token to its administratie: companyInfo names the administratie of the key', async () => {
    const h = createHarness([administration({ key: 'adm-1', name: 'Eerste B.V.' }), administration({ key: 'adm-2', name: 'Tweede B.V.' })]);
    const response = await h.get('/companyInfo', await h.token('adm-2'));
    expect(response.body).toMatchObject({
      administratieIdentifier: h.sandbox.demoCredentials()['administratieIdentifier.adm-2'],
      administratieNaam: 'Tweede B.V.',
    });
  });

  it('answers 403 for an operation outside the coupling\'s scopes (verkoopfacturen needs orders:read)', async () => {
    const h = createHarness(undefined, { grantedScopes: ['settings:read', 'relaties:read', 'boekhouden:read'] });
    const token = await h.token();
    expect((await h.get('/relaties', token)).status).toBe(200);
    expect((await h.get('/verkoopfacturen', token)).status).toBe(403);
  });
});
