import request from 'supertest';
import { apiGet, closeHarnesses, connect, createHarness, type Harness, type Tokens } from '../testing/harness.js';

afterEach(closeHarnesses);

const MINUTE = 60_000;

describe('Exact Online rate limits (§2)', () => {
  let harness: Harness;
  let tokens: Tokens;

  beforeEach(async () => {
    harness = await createHarness();
    // 09:00:00 UTC on TODAY: the minute window starts now.
    tokens = await connect(harness);
  });

  const call = () => apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$top=1&$select=ID`);

  it('allows 60 calls a minute with headers, answers call 61 with 429 and only the minutely headers, and resets after the minute', async () => {
    const windowEnd = Math.floor(harness.context.clock.nowMs() / MINUTE) * MINUTE + MINUTE;
    const first = await call();
    expect(first.headers['x-ratelimit-minutely-limit']).toBe('60');
    expect(first.headers['x-ratelimit-minutely-remaining']).toBe('59');
    expect(first.headers['x-ratelimit-minutely-reset']).toBe(String(windowEnd));
    expect(first.headers['x-ratelimit-limit']).toBe('5000');
    expect(first.headers['x-ratelimit-remaining']).toBe('4999');

    for (let i = 2; i <= 59; i++) expect((await call()).status).toBe(200);
    const sixtieth = await call();
    expect(sixtieth.status).toBe(200);
    expect(sixtieth.headers['x-ratelimit-minutely-remaining']).toBe('0');

    const sixtyFirst = await call();
    expect(sixtyFirst.status).toBe(429);
    expect(sixtyFirst.text).toBe('');
    expect(sixtyFirst.headers['x-ratelimit-minutely-remaining']).toBe('0');
    expect(sixtyFirst.headers['x-ratelimit-minutely-reset']).toBe(String(windowEnd));
    expect(sixtyFirst.headers['x-ratelimit-limit']).toBeUndefined();
    expect(harness.context.stats('exact-online').rateLimited429).toBe(1);

    harness.context.clock.set(new Date(windowEnd));
    const afterReset = await call();
    expect(afterReset.status).toBe(200);
    expect(afterReset.headers['x-ratelimit-minutely-remaining']).toBe('59');
    expect(afterReset.headers['x-ratelimit-remaining']).toBe('4939');
  });

  it('counts per app per division: another division has its own quota', async () => {
    const twoDivisions = await createHarness({ administrations: [{ invoices: 5 }, { invoices: 5 }] });
    const connected = await connect(twoDivisions);
    const [first, second] = twoDivisions.administrations.map((a) => twoDivisions.sandbox.divisionCode(a.key));
    await apiGet(twoDivisions, connected.accessToken, `/api/v1/${first}/crm/Accounts?$top=1`);

    const other = await apiGet(twoDivisions, connected.accessToken, `/api/v1/${second}/crm/Accounts?$top=1`);

    expect(other.headers['x-ratelimit-minutely-remaining']).toBe('59');
  });

  it('does not count current/Me, which has no division (§1.6)', async () => {
    await apiGet(harness, tokens.accessToken, '/api/v1/current/Me');

    expect((await call()).headers['x-ratelimit-remaining']).toBe('4999');
  });

  it('enforces the daily limit until midnight UTC, sending only the daily headers on the refusal', async () => {
    const small = await createHarness({ options: { rateLimits: { minutely: 1000, daily: 3 } } });
    const connected = await connect(small);
    const dailyCall = () => apiGet(small, connected.accessToken, `/api/v1/${small.division}/crm/Accounts?$top=1`);
    for (let i = 0; i < 3; i++) expect((await dailyCall()).status).toBe(200);

    const refused = await dailyCall();

    const midnight = Date.parse('2026-03-03T00:00:00Z');
    expect(refused.status).toBe(429);
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    expect(refused.headers['x-ratelimit-reset']).toBe(String(midnight));
    expect(refused.headers['x-ratelimit-minutely-limit']).toBeUndefined();

    small.context.clock.set(new Date(midnight - 60_000));
    const lateEvening = await connect(small);
    const dailyCallWith = (token: string) => apiGet(small, token, `/api/v1/${small.division}/crm/Accounts?$top=1`);
    expect((await dailyCallWith(lateEvening.accessToken)).status).toBe(429);
    small.context.clock.set(new Date(midnight));
    const nextDay = await dailyCallWith(lateEvening.accessToken);
    expect(nextDay.status).toBe(200);
    expect(nextDay.headers['x-ratelimit-remaining']).toBe('2');
  });

  it('renders a burst429 fault as a real-looking 429 with rate-limit headers', async () => {
    harness.context.setFaults('exact-online', { burst429: 2 });

    const first = await call();
    const second = await call();
    const third = await call();

    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers['x-ratelimit-minutely-remaining']).toBe('0');
    expect(first.headers['x-ratelimit-minutely-reset']).toMatch(/^\d{13}$/);
    expect(harness.context.stats('exact-online').rateLimited429).toBe(2);
  });

  it('renders injected errors in Exact\'s error envelope', async () => {
    harness.context.setFaults('exact-online', { errorRate: 1, errorStatus: 503 });

    const response = await call();

    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: { code: '', message: { lang: '', value: 'An error has occurred.' } } });
    expect(harness.context.stats('exact-online').errors).toBe(1);
  });
});

describe('Exact Online error budget (§2)', () => {
  it('blocks an endpoint for an hour after more than 10 errors from one app in a division', async () => {
    const harness = await createHarness();
    const tokens = await connect(harness);
    const bad = () => apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts(guid'00000000-0000-0000-0000-000000000000')`);
    const good = () => apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$top=1`);
    for (let i = 0; i < 10; i++) expect((await bad()).status).toBe(404);
    expect((await good()).status).toBe(200);

    expect((await bad()).status).toBe(404); // the 11th error trips the block
    const blocked = await good();
    const otherEndpoint = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/cashflow/Receivables?$top=1`);

    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message.value).toMatch(/blocked/);
    expect(otherEndpoint.status).toBe(200);

    harness.context.clock.advance(59 * MINUTE);
    const stillTokens = await connect(harness);
    expect((await apiGet(harness, stillTokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$top=1`)).status).toBe(403);
    harness.context.clock.advance(MINUTE);
    expect((await apiGet(harness, stillTokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$top=1`)).status).toBe(200);
  });

  it('counts 401s from an expired token against the app (§8.2)', async () => {
    const harness = await createHarness({ options: { errorBudget: { maxErrors: 2 } } });
    const tokens = await connect(harness);
    harness.context.clock.advance(601_000);
    for (let i = 0; i < 3; i++) expect((await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts`)).status).toBe(401);

    const fresh = await connect(harness);

    expect((await apiGet(harness, fresh.accessToken, `/api/v1/${harness.division}/crm/Accounts`)).status).toBe(403);
  });

  it('can be switched off for benchmarks', async () => {
    const harness = await createHarness({ options: { errorBudget: { enabled: false } } });
    const tokens = await connect(harness);
    for (let i = 0; i < 12; i++) await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Nope`);

    expect((await request(harness.app).get(`/exact-online/api/v1/${harness.division}/crm/Accounts?$top=1`).set('Authorization', `Bearer ${tokens.accessToken}`)).status).toBe(200);
  });
});
