import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { testConfig } from '../../../../test/support/test-config.js';
import { createHubHttpApp } from '../app/create-hub-app.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { TenantService } from '../tenants/tenant.service.js';
import { QUEUES } from './queue-names.js';

describe('the queue dashboard at /admin/queues', () => {
  let app: INestApplication;
  const keys = { admin: '', support: '', accountant: '' };

  beforeAll(async () => {
    app = await createHubHttpApp(testConfig(), { api: true, worker: false });
    await app.init();
    const firm = await app.get(TenantService).createWithAdminKey('Firm with a support desk');
    keys.admin = firm.apiKey;
    keys.support = (await app.get(ApiKeyService).create(firm.tenantId, 'night support', 'support')).apiKey;
    keys.accountant = (await app.get(ApiKeyService).create(firm.tenantId, 'bookkeeper', 'accountant')).apiKey;
  });

  afterAll(async () => {
    await app.close();
  });

  const http = () => request(app.getHttpServer());
  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

  it('refuses requests without a valid API key with 401, in the API error shape', async () => {
    const missing = await http().get('/admin/queues').expect(401);
    expect(missing.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Bearer') });
    const unknown = await http().get('/admin/queues').set(bearer(`dhk_abcdefghijkl_${'x'.repeat(43)}`)).expect(401);
    expect(unknown.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await http().get('/admin/queues/api/queues').set('Authorization', 'Basic abc').expect(401);
    await http().get('/admin/queues/static/favicon-32x32.png').expect(401);
  });

  it('refuses the accountant role with 403', async () => {
    const refused = await http().get('/admin/queues').set(bearer(keys.accountant)).expect(403);
    expect(refused.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.stringContaining('accountant') });
    await http().get('/admin/queues/api/queues').set(bearer(keys.accountant)).expect(403);
  });

  it.each(['support', 'admin'] as const)('serves the page and its assets to the %s role', async (role) => {
    const page = await http().get('/admin/queues').set(bearer(keys[role])).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    const script = /<script[^>]+src="(static\/js\/main[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await http().get(`/admin/queues/${script}`).set(bearer(keys[role])).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.text.length).toBeGreaterThan(1000);
  });

  it('shows every queue of the hub, read-only', async () => {
    const response = await http().get('/admin/queues/api/queues').set(bearer(keys.support)).expect(200);
    const queues = response.body.queues as { name: string; readOnlyMode: boolean }[];
    expect(queues.map((queue) => queue.name).sort()).toEqual(Object.values(QUEUES).sort());
    expect(queues.every((queue) => queue.readOnlyMode)).toBe(true);
    await http().put(`/admin/queues/api/queues/${QUEUES.sync}/pause`).set(bearer(keys.admin)).expect(405);
  });
});
