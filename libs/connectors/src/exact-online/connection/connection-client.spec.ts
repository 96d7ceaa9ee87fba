import nock from 'nock';
import { envelope, kit, nangoResponse } from '../testing/exact-test-kit.js';
import { createExactConnectionClient, type ExactConnectionClient } from './connection-client.js';

// The 2026 recordings were made on the French host, division 124132 (fixtures README §2.2).
const FR = 'https://start.exactonline.fr';
const CALLBACK = 'https://hub.example.nl/webhooks/exact-online';

function client(): ExactConnectionClient {
  const { tokens, settings } = kit();
  return createExactConnectionClient({ ...settings, baseUrl: FR, tokens });
}

function me(): nock.Scope {
  return nock(FR).get('/api/v1/current/Me').query({ $select: 'UserID,FullName,Email,CurrentDivision' }).reply(200, nangoResponse('current-me.nango-2026.json', '/api/v1/current/Me') as object);
}

afterEach(() => {
  nock.cleanAll();
});

describe('createExactConnectionClient', () => {
  it('identifies the user from current/Me', async () => {
    me();

    expect(await client().getCurrentUser()).toEqual({ userId: 'cc20a11b-c137-48cc-8e55-09d4adbd4ac9', fullName: 'Example User', email: 'user@example.com', currentDivision: 124132 });
  });

  it('lists the divisions through the current division’s URL, trimmed, with DivisionMoveDate', async () => {
    me();
    const divisions = nock(FR)
      .get('/api/v1/124132/system/Divisions')
      .query({ $select: 'Code,Description,Status,Currency,Country,DivisionMoveDate' })
      .reply(200, nangoResponse('system-divisions.nango-2026.json', '/api/v1/124132/system/Divisions') as object);

    const result = await client().listDivisions();

    expect(divisions.isDone()).toBe(true);
    expect(result).toEqual([{ code: 124132, description: 'Nango', status: 'active', currency: 'EUR', country: 'FR', divisionMoveDate: null }]);
  });

  it('reads a DivisionMoveDate so the hub can resync after a move', async () => {
    nock(FR)
      .get('/api/v1/5/system/Divisions')
      .query(true)
      .reply(200, envelope([{ Code: 7, Description: 'Bakkerij', Status: 2, Currency: 'EUR', Country: 'NL ', DivisionMoveDate: '/Date(1767225600000)/' }]));

    expect(await client().listDivisions(5)).toEqual([{ code: 7, description: 'Bakkerij', status: 'archived', currency: 'EUR', country: 'NL', divisionMoveDate: '2026-01-01T00:00:00.000Z' }]);
  });

  it('ensures one subscription per topic: keeps, repoints and creates, and is idempotent', async () => {
    const existing = [
      { ID: '0c7a1c1e-1111-4a4a-9b9b-000000000001', Topic: 'Accounts', CallbackURL: CALLBACK },
      { ID: '0c7a1c1e-1111-4a4a-9b9b-000000000002', Topic: 'FinancialTransactions', CallbackURL: 'https://old.example.nl/hook' },
    ];
    nock(FR).get('/api/v1/124132/webhooks/WebhookSubscriptions').query({ $select: 'ID,Topic,CallbackURL' }).reply(200, envelope(existing));
    const repoint = nock(FR).put("/api/v1/124132/webhooks/WebhookSubscriptions(guid'0c7a1c1e-1111-4a4a-9b9b-000000000002')", { CallbackURL: CALLBACK }).reply(204);
    const create = nock(FR).post('/api/v1/124132/webhooks/WebhookSubscriptions', { Topic: 'Documents', CallbackURL: CALLBACK }).reply(201, { d: { ID: 'new' } });

    const result = await client().ensureWebhookSubscriptions('124132', ['Accounts', 'FinancialTransactions', 'Documents'], CALLBACK);

    expect(repoint.isDone() && create.isDone()).toBe(true);
    expect(result).toEqual({ created: ['Documents'], updated: ['FinancialTransactions'], unchanged: ['Accounts'] });

    const all = ['Accounts', 'FinancialTransactions', 'Documents'].map((Topic, index) => ({ ID: `0c7a1c1e-1111-4a4a-9b9b-00000000000${index}`, Topic, CallbackURL: CALLBACK }));
    nock(FR).get('/api/v1/124132/webhooks/WebhookSubscriptions').query(true).reply(200, envelope(all));
    expect(await client().ensureWebhookSubscriptions('124132', ['Accounts', 'FinancialTransactions', 'Documents'], CALLBACK)).toEqual({
      created: [],
      updated: [],
      unchanged: ['Accounts', 'FinancialTransactions', 'Documents'],
    });
  });

  it('refuses a plain-http callback before calling Exact', async () => {
    await expect(client().ensureWebhookSubscriptions('124132', ['Accounts'], 'http://hub.example.nl/hook')).rejects.toMatchObject({ errorClass: 'invalid_request' });
  });
});
