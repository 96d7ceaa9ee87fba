import request from 'supertest';
import { apiGet, connect, closeHarnesses, createHarness, type Harness, type Tokens } from '../testing/harness.js';

afterAll(closeHarnesses);

describe('Exact Online wire format', () => {
  let harness: Harness;
  let tokens: Tokens;

  beforeAll(async () => {
    harness = await createHarness({ administrations: [{ invoices: 25 }, { invoices: 10 }] });
    tokens = await connect(harness);
  });

  it('wraps a collection in d.results, keeps __metadata and pads Code, Country and Language', async () => {
    const response = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;charset=utf-8');
    const first = response.body.d.results[0];
    expect(first.__metadata).toEqual({
      uri: `http://127.0.0.1:4010/exact-online/api/v1/${harness.division}/crm/Accounts(guid'${first.ID}')`,
      type: 'Exact.Web.Api.Models.Account',
    });
    expect(first.Code).toHaveLength(18);
    expect(first.Code).toMatch(/^ +\d+$/);
    expect(first.Country).toBe('NL ');
    expect(first.Language).toMatch(/^(NL|EN) {8}$/);
    expect(first.BankAccounts).toEqual({ __deferred: { uri: `${first.__metadata.uri}/BankAccounts` } });
    expect(first.ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('escapes forward slashes in the raw text like Exact (\\/Date(ms)\\/)', async () => {
    const response = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$select=Created`);

    expect(response.text).toMatch(/"Created":"\\\/Date\(\d+\)\\\/"/);
    expect(response.text).toContain('http:\\/\\/127.0.0.1:4010\\/exact-online');
    expect(response.body.d.results[0].Created).toMatch(/^\/Date\(\d+\)\/$/);
  });

  it('writes instants as local wall-clock time and date-only values as midnight', async () => {
    const response = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/sync/Cashflow/PaymentTerms?$select=Created,DueDate&$filter=Timestamp gt 1`);
    const row = response.body.d.results[0];
    const dueMs = Number(/\((\d+)\)/.exec(row.DueDate)?.[1]);

    expect(dueMs % 86_400_000).toBe(0);
    // Seeded invoices are booked at 09:00 UTC; in Amsterdam that is 10:00 or 11:00 on the wall clock.
    const createdMs = Number(/\((\d+)\)/.exec(row.Created)?.[1]);
    expect([10, 11]).toContain(new Date(createdMs).getUTCHours());
  });

  it('returns a single entity by key as d without results', async () => {
    const list = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts?$select=ID`);
    const id = list.body.d.results[0].ID as string;

    const single = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/Accounts(guid'${id}')`);

    expect(single.status).toBe(200);
    expect(single.body.d.ID).toBe(id);
    expect(single.body.d.results).toBeUndefined();
  });

  it('answers current/Me with the user, a CurrentDivision and Int64 Legislation as a string', async () => {
    const response = await apiGet(harness, tokens.accessToken, '/api/v1/current/Me');

    const me = response.body.d.results[0];
    expect(me.UserName).toBe('demo@debtor-hub.test');
    expect(me.Legislation).toBe('1');
    expect(harness.administrations.map((a) => harness.sandbox.divisionCode(a.key))).toContain(me.CurrentDivision);
    expect(me.ServerUtcOffset).toBe(3600);
    expect(response.headers['x-ratelimit-minutely-remaining']).toBeUndefined();
  });

  it('lists the consented divisions with numeric Code and string Hid', async () => {
    const response = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/system/Divisions`);

    const codes = response.body.d.results.map((d: { Code: number }) => d.Code);
    expect(codes).toEqual(harness.administrations.map((a) => harness.sandbox.divisionCode(a.key)));
    expect(response.body.d.results[0].Hid).toBe('1');
    expect(response.body.d.results[0].Country).toBe('NL ');
  });

  it('answers an unknown endpoint with 404 in the error envelope, paths being case-sensitive', async () => {
    const response = await apiGet(harness, tokens.accessToken, `/api/v1/${harness.division}/crm/accounts`);

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: '', message: { lang: '', value: "Resource not found for the segment 'accounts'." } } });
  });

  it('refuses a division outside the consent with 403 and Exact\'s message', async () => {
    const response = await apiGet(harness, tokens.accessToken, '/api/v1/999999/crm/Accounts');

    expect(response.status).toBe(403);
    expect(response.body.error.message.value).toBe('Forbidden - User division is not within division scope');
  });

  it('refuses calls without a valid bearer token with 401', async () => {
    const response = await request(harness.app).get(`/exact-online/api/v1/${harness.division}/crm/Accounts`);

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body.error.message.value).toBe('Unauthorized');
  });
});
