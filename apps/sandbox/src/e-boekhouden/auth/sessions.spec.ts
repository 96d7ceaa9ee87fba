import request from 'supertest';
import type { EBoekhoudenErrorBody } from '../errors.js';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

describe('e-Boekhouden sessions (POST/DELETE /v1/session)', () => {
  let harness: Harness;

  beforeEach(() => {
    harness = createHarness();
  });

  const createSession = (body: unknown) => request(harness.app).post(`${V1}/session`).send(body as object);

  it('exchanges the API token for a session token with its lifetime in seconds', async () => {
    const response = await createSession({ accessToken: harness.apiToken, source: 'dunhub' }).expect(200);
    expect(Object.keys(response.body as object).sort()).toEqual(['expiresIn', 'token']);
    expect(response.body).toEqual({ token: expect.stringMatching(/^[0-9a-f]{48}$/), expiresIn: 3600 });
  });

  it.each([
    ['missing', { accessToken: 'x' }, 'API_SESSION_001'],
    ['empty', { accessToken: 'x', source: '' }, 'API_SESSION_001'],
    ['with a hyphen', { accessToken: 'x', source: 'pp-cli' }, 'API_SESSION_002'],
    ['longer than 10', { accessToken: 'x', source: 'dunhub_2026' }, 'API_SESSION_002'],
    ['with a dot', { accessToken: 'x', source: 'hub.nl' }, 'API_SESSION_002'],
  ])('refuses a source that is %s', async (_case, body, code) => {
    const response = await createSession(body).expect(400);
    expect(response.body).toMatchObject({ type: 'validation', status: 400, code, propertyName: 'source' });
  });

  it.each(['pp_cli', 'Dun hub', 'dünhub', 'a', '0123456789'])('accepts the source %p (\\w as .NET reads it, spaces, 1–10)', async (source) => {
    await createSession({ accessToken: harness.apiToken, source }).expect(200);
  });

  it('refuses a missing or empty access token with API_SESSION_003', async () => {
    for (const accessToken of [undefined, '']) {
      const response = await createSession({ accessToken, source: 'dunhub' }).expect(400);
      expect(response.body).toMatchObject({ code: 'API_SESSION_003', propertyName: 'accessToken' });
    }
  });

  it('refuses an API token past its end date with API_SESSION_004', async () => {
    harness.sandbox.setApiTokenEndDate('adm-1', '2026-03-15');
    const response = await createSession({ accessToken: harness.apiToken, source: 'dunhub' }).expect(400);
    expect(response.body).toMatchObject({ code: 'API_SESSION_004', title: 'Access token has expired.' });
    harness.sandbox.setApiTokenEndDate('adm-1', '2026-03-16');
    await createSession({ accessToken: harness.apiToken, source: 'dunhub' }).expect(200);
  });

  it('refuses an unknown API token with a 401 security error', async () => {
    const response = await createSession({ accessToken: 'not-a-token', source: 'dunhub' }).expect(401);
    const body = response.body as EBoekhoudenErrorBody;
    expect(body).toMatchObject({ type: 'security', status: 401, code: 'SECURITY_010', securityType: 0 });
    expect(body.traceId).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  });

  it('takes the raw session token in Authorization, without a Bearer prefix', async () => {
    const token = await openSession(harness);
    const page = await getJson<{ items: unknown[] }>(harness, token, '/relation?limit=1');
    expect(page.items).toHaveLength(1);
  });

  it('accepts a Bearer-prefixed token by default and refuses it with bearerPrefix "reject"', async () => {
    const token = await openSession(harness);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', `Bearer ${token}`).expect(200);
    harness.sandbox.configure({ bearerPrefix: 'reject' });
    const refused = await request(harness.app).get(`${V1}/relation`).set('Authorization', `Bearer ${token}`).expect(401);
    expect(refused.body).toMatchObject({ code: 'SECURITY_010' });
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
  });

  it('refuses calls without an Authorization header or with an unknown token', async () => {
    expect((await request(harness.app).get(`${V1}/relation`).expect(401)).body).toMatchObject({ code: 'SECURITY_010' });
    expect((await request(harness.app).get(`${V1}/relation`).set('Authorization', 'abc').expect(401)).body).toMatchObject({ code: 'SECURITY_010' });
  });

  it('expires a session after expiresIn seconds on the sandbox clock, and a new session works again', async () => {
    const token = await openSession(harness);
    harness.context.clock.advance(3599_000);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
    harness.context.clock.advance(1_000);
    const expired = await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(401);
    expect(expired.body).toMatchObject({ type: 'security', status: 401, code: 'SECURITY_010', title: 'Not authenticated. Check your Authorization header.' });

    const renewed = await openSession(harness);
    expect(renewed).not.toBe(token);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', renewed).expect(200);
  });

  it('does not extend a session on use unless slidingSessions is on', async () => {
    const fixed = await openSession(harness);
    harness.context.clock.advance(3000_000);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', fixed).expect(200);
    harness.context.clock.advance(1000_000);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', fixed).expect(401);

    harness.sandbox.configure({ slidingSessions: true });
    const sliding = await openSession(harness);
    harness.context.clock.advance(3000_000);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', sliding).expect(200);
    harness.context.clock.advance(1000_000);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', sliding).expect(200);
  });

  it('gives the session lifetime from sessionLifetimeSeconds', async () => {
    harness.sandbox.configure({ sessionLifetimeSeconds: 900 });
    const response = await createSession({ accessToken: harness.apiToken, source: 'dunhub' }).expect(200);
    expect((response.body as { expiresIn: number }).expiresIn).toBe(900);
  });

  it('ends a session with DELETE /v1/session (204), after which the token is refused', async () => {
    const token = await openSession(harness);
    const deleted = await request(harness.app).delete(`${V1}/session`).set('Authorization', token).expect(204);
    expect(deleted.text).toBe('');
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(401);
    await request(harness.app).delete(`${V1}/session`).set('Authorization', token).expect(401);
  });

  it('refuses new sessions and open sessions while the credentials are revoked', async () => {
    const token = await openSession(harness);
    harness.context.setFaults('e-boekhouden', { revoked: true });
    expect((await createSession({ accessToken: harness.apiToken, source: 'dunhub' }).expect(401)).body).toMatchObject({ code: 'SECURITY_010' });
    expect((await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(401)).body).toMatchObject({ code: 'SECURITY_010' });
    harness.context.resetFaults('e-boekhouden');
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
  });

  it('binds a session to the administration of its API token', async () => {
    const two = createHarness({ secondAdministration: true });
    const tokenOne = await openSession(two);
    const tokenTwo = await openSession(two, two.sandbox.demoCredentials()['apiToken.adm-2']);
    const codesOne = (await getJson<{ items: { code: string }[] }>(two, tokenOne, '/relation?limit=2000')).items.map((item) => item.code);
    const codesTwo = (await getJson<{ items: { code: string }[] }>(two, tokenTwo, '/relation?limit=2000')).items.map((item) => item.code);
    expect(codesOne).toHaveLength(12);
    expect(codesTwo).toHaveLength(4);
    const relationOfTwo = (await getJson<{ items: { id: number }[] }>(two, tokenTwo, '/relation?limit=1')).items[0];
    await request(two.app).get(`${V1}/relation/${String(relationOfTwo?.id)}`).set('Authorization', tokenOne).expect(404);
  });

  it('answers accountant-only endpoints with EP_001', async () => {
    const token = await openSession(harness);
    const response = await request(harness.app).get(`${V1}/administration`).set('Authorization', token).expect(403);
    expect(response.body).toMatchObject({ type: 'security', code: 'EP_001' });
  });
});
