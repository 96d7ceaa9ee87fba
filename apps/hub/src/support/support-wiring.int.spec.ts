import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testConfig } from '../../../../test/support/test-config.js';
import { createHubHttpApp } from '../app/create-hub-app.js';
import { seedAdministration } from '../database/testing/seed.js';
import { TenantService } from '../tenants/tenant.service.js';
import { seedQuarantined } from './testing/support-seeds.js';

// The support API inside the real hub (HubModule, the hub's connector resolver), not a test module.
const config = testConfig({ REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? 'dh_test'}_support_wiring` });
let app: INestApplication;

beforeAll(async () => {
  app = await createHubHttpApp(config, { api: true, worker: false });
  await app.init();
});

afterAll(async () => {
  await app.close();
});

it('serves the support API from the hub, with the hub’s connector resolver behind record replay', async () => {
  const dataSource = app.get(DataSource);
  const firm = await app.get(TenantService).createWithAdminKey('Wiring firm');
  const admin = await seedAdministration(dataSource, { tenantId: firm.tenantId });
  const auth = { Authorization: `Bearer ${firm.apiKey}` };
  const http = () => request(app.getHttpServer());

  const sync = await http().post(`/api/v1/administrations/${admin.administrationId}/sync`).set(auth).send({}).expect(202);
  const runs = await http().get('/api/v1/sync-runs').query({ administrationId: admin.administrationId }).set(auth).expect(200);
  expect(runs.body.items.map((run: { id: string }) => run.id)).toEqual([sync.body.runId]);

  // A connection that needs a reconnect: the hub's resolver refuses with an auth error, which the API turns into a 409.
  await dataSource.query(`UPDATE connections SET status = 'needs_reconnect' WHERE id = $1`, [admin.connectionId]);
  const id = await seedQuarantined(dataSource, admin, { externalId: 'D-1' });
  const replay = await http().post(`/api/v1/quarantine/${id}/replay`).set(auth).send({ dryRun: true }).expect(409);
  expect(replay.body.message).toMatch(/^The connection needs reconnect: /);

  const docs = await http().get('/api/docs/openapi.json').expect(200);
  expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/sync-runs/replay', '/api/v1/quarantine/{id}/replay', '/api/v1/administrations/{id}/sync']));
});
