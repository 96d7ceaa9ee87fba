import nock from 'nock';
import request from 'supertest';
import { startSandbox, type RunningSandbox } from '../../sandbox.js';
import { FAKE_FACTORIES } from '../testing/fake-platform.js';


const TODAY = '2026-06-15';
let sandbox: RunningSandbox;
let api: ReturnType<typeof request>;

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 7,
    today: TODAY,
    factories: FAKE_FACTORIES,
    platforms: {
      'exact-online': { administrations: [{ invoices: 30 }, { invoices: 10, name: 'Tweede B.V.' }] },
      snelstart: { administrations: [{ invoices: 20 }] },
      'e-boekhouden': { administrations: [{ invoices: 5 }] },
    },
  });
  api = request(sandbox.url);
}, 30_000);

afterAll(async () => {
  await sandbox.close();
  // Jest reuses a worker for several files but each file loads its own nock, which patches the shared
  // `net` module again; a patch left over from an earlier file loops loopback connections. Undo ours.
  nock.restore();
});

/** An invoice the fake holds as open, for payment tests. */
function openInvoice(platform: 'exact-online' | 'snelstart', key = 'adm-1') {
  const invoice = sandbox.runtime.fixtures(platform).find((administration) => administration.key === key)?.invoices.find((candidate) => candidate.openCents > 100);
  if (!invoice) throw new Error('fixture has no open invoice');
  return invoice;
}

describe('GET /_sandbox and POST /_sandbox/reset', () => {
  it('gives an overview of seed, clock and administrations', async () => {
    const response = await api.get('/_sandbox').expect(200);
    expect(response.body).toMatchObject({ seed: 7, clock: { today: TODAY } });
    expect(response.body.platforms['exact-online'].administrations).toEqual([
      expect.objectContaining({ key: 'adm-1', invoices: 30 }),
      expect.objectContaining({ key: 'adm-2', invoices: 10, name: 'Tweede B.V.' }),
    ]);
    expect(response.body.platforms.snelstart.pathPrefix).toBe('/snelstart');
  });

  it('regenerates data, moves the clock and clears faults, stats and write-backs', async () => {
    await api.put('/_sandbox/snelstart/faults').send({ burst429: 5 }).expect(200);
    await api.post('/snelstart/administrations/adm-1/notes').send({ text: 'herinnering' }).expect(429);
    const before = sandbox.runtime.fixtures('snelstart')[0]?.debtors[0]?.name;

    const response = await api
      .post('/_sandbox/reset')
      .send({ seed: 8, today: '2026-07-01', platforms: { snelstart: { administrations: [{ invoices: 12, debtors: 3 }, { invoices: 4 }] } } })
      .expect(200);

    expect(response.body).toMatchObject({ seed: 8, clock: { today: '2026-07-01' } });
    expect(response.body.platforms.snelstart.administrations).toEqual([
      expect.objectContaining({ key: 'adm-1', invoices: 12, debtors: 3 }),
      expect.objectContaining({ key: 'adm-2', invoices: 4 }),
    ]);
    // Platforms not named keep their layout.
    expect(response.body.platforms['exact-online'].administrations).toHaveLength(2);
    expect(sandbox.runtime.fixtures('snelstart')[0]?.debtors[0]?.name).not.toBe(before);
    expect(sandbox.context.faults('snelstart').burst429).toBe(0);
    expect(sandbox.context.stats('snelstart').calls).toBe(0);
    expect(sandbox.context.writeBacks()).toEqual([]);

    await api.post('/_sandbox/reset').send({ seed: 7, today: TODAY, platforms: { snelstart: { administrations: [{ invoices: 20 }] } } }).expect(200);
  });

  it('replays the same data for the same seed', async () => {
    const first = sandbox.runtime.fixtures('e-boekhouden');
    await api.post('/_sandbox/reset').expect(200);
    expect(sandbox.runtime.fixtures('e-boekhouden')).toEqual(first);
  });

  it.each([
    [{ seed: 'abc' }, 'seed'],
    [{ seed: -1 }, 'seed'],
    [{ today: '2026-02-30' }, 'today'],
    [{ platforms: { sage: {} } }, 'platforms.sage'],
    [{ platforms: { snelstart: { administrations: [] } } }, 'platforms.snelstart.administrations'],
    [{ platforms: { snelstart: { administrations: [{ invoices: -3 }] } } }, 'platforms.snelstart.administrations[0].invoices'],
    [{ platforms: { snelstart: { administrations: [{ invoices: 3, color: 'red' }] } } }, 'platforms.snelstart.administrations[0].color'],
    [{ platforms: 'all' }, 'platforms'],
    [{ sed: 3 }, 'sed'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await api.post('/_sandbox/reset').send(body).expect(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', field });
    expect(typeof response.body.message).toBe('string');
  });

  it('answers unparsable JSON with a 400, not a crash', async () => {
    const response = await api.post('/_sandbox/reset').set('Content-Type', 'application/json').send('{"seed": ').expect(400);
    expect(response.body.error).toBe('invalid_body');
    await api.get('/_sandbox').expect(200);
  });
});

describe('clock', () => {
  afterEach(async () => {
    await api.post('/_sandbox/clock/set').send({ instant: TODAY }).expect(200);
  });

  it('reads, advances by days/seconds/ms and sets the sandbox clock', async () => {
    expect((await api.get('/_sandbox/clock').expect(200)).body).toEqual({
      now: `${TODAY}T09:00:00.000Z`,
      today: TODAY,
      nowMs: Date.parse(`${TODAY}T09:00:00Z`),
    });
    expect((await api.post('/_sandbox/clock/advance').send({ days: 2 }).expect(200)).body.today).toBe('2026-06-17');
    expect((await api.post('/_sandbox/clock/advance').send({ seconds: 90 }).expect(200)).body.now).toBe('2026-06-17T09:01:30.000Z');
    expect((await api.post('/_sandbox/clock/advance').send({ ms: 500 }).expect(200)).body.now).toBe('2026-06-17T09:01:30.500Z');
    expect((await api.post('/_sandbox/clock/set').send({ instant: '2027-01-01T12:00:00Z' }).expect(200)).body.today).toBe('2027-01-01');
    expect(sandbox.context.clock.today()).toBe('2027-01-01');
  });

  it.each([
    ['/_sandbox/clock/advance', { days: 1, ms: 3 }],
    ['/_sandbox/clock/advance', {}],
    ['/_sandbox/clock/advance', { days: -1 }],
    ['/_sandbox/clock/advance', { days: 'tomorrow' }],
    ['/_sandbox/clock/set', { instant: 'yesterday' }],
    ['/_sandbox/clock/set', { instant: 12 }],
    ['/_sandbox/clock/set', []],
  ])('refuses %s %j', async (path, body) => {
    await api.post(path).send(body).expect(400);
    expect(sandbox.context.clock.today()).toBe(TODAY);
  });
});

describe('per-platform control', () => {
  it('books a payment on the platform and the open items follow', async () => {
    const invoice = openInvoice('exact-online');
    const before = (await api.get('/_sandbox/exact-online/administrations/adm-1/open-items').expect(200)).body;
    const payment = await api
      .post('/_sandbox/exact-online/administrations/adm-1/payments')
      .send({ invoiceNumber: invoice.number, amountCents: 100, date: TODAY })
      .expect(201);
    expect(payment.body).toMatchObject({ invoiceKey: invoice.key, amountCents: 100, date: TODAY });
    const after = (await api.get('/_sandbox/exact-online/administrations/adm-1/open-items').expect(200)).body;
    expect(after.totalOpenCents).toBe(before.totalOpenCents - 100);
  });

  it('answers 404 for an unknown platform, administration or invoice', async () => {
    const unknownPlatform = await api.post('/_sandbox/sage/administrations/adm-1/payments').send({ invoiceNumber: 'x', amountCents: 1 }).expect(404);
    expect(unknownPlatform.body.message).toMatch(/Unknown platform "sage"/);
    const unknownAdministration = await api.get('/_sandbox/snelstart/administrations/adm-9/open-items').expect(404);
    expect(unknownAdministration.body.message).toMatch(/adm-9.*known: adm-1/);
    await api.post('/_sandbox/snelstart/administrations/adm-1/payments').send({ invoiceNumber: '1999-00001', amountCents: 1 }).expect(404);
    await api.delete('/_sandbox/snelstart/administrations/adm-1/invoices/1999-00001').expect(404);
    await api.delete('/_sandbox/snelstart/administrations/adm-1/debtors/99999').expect(404);
  });

  it('passes on what the platform refuses (422) and conflicts (409)', async () => {
    const invoice = openInvoice('snelstart');
    const refused = await api
      .post('/_sandbox/snelstart/administrations/adm-1/payments')
      .send({ invoiceNumber: invoice.number, amountCents: invoice.openCents + 1 })
      .expect(422);
    expect(refused.body).toEqual({ error: 'unprocessable', message: expect.stringMatching(/exceeds/) });
    const existing = { number: invoice.number, debtorKey: invoice.debtorKey, issueDate: TODAY, dueDate: TODAY, totalCents: 1_000 };
    await api.post('/_sandbox/snelstart/administrations/adm-1/invoices').send(existing).expect(409);
  });

  it.each([
    [{ amountCents: 100 }, 'invoiceNumber'],
    [{ invoiceNumber: '2026-00001', amountCents: 0 }, 'amountCents'],
    [{ invoiceNumber: '2026-00001', amountCents: 12.5 }, 'amountCents'],
    [{ invoiceNumber: '2026-00001', amountCents: '100' }, 'amountCents'],
    [{ invoiceNumber: '2026-00001', amountCents: 100, date: '15-06-2026' }, 'date'],
  ])('validates a payment %j', async (body, field) => {
    const response = await api.post('/_sandbox/snelstart/administrations/adm-1/payments').send(body).expect(400);
    expect(response.body.field).toBe(field);
  });

  it('adds, changes and deletes an invoice', async () => {
    const base = '/_sandbox/e-boekhouden/administrations/adm-1/invoices';
    const debtorKey = sandbox.runtime.fixtures('e-boekhouden')[0]?.debtors[0]?.key;
    const created = await api.post(base).send({ number: 'TEST-1', debtorKey, issueDate: TODAY, dueDate: '2026-07-15', totalCents: 12_100 }).expect(201);
    expect(created.body).toMatchObject({ number: 'TEST-1', totalCents: 12_100, vatCents: 2_100, openCents: 12_100, isCreditNote: false, currency: 'EUR' });

    await api.patch(`${base}/TEST-1`).send({ dueDate: '2026-08-01', description: 'Aangepast' }).expect(204);
    await api.patch(`${base}/TEST-1`).send({}).expect(400);
    await api.patch(`${base}/TEST-1`).send({ totalCents: 'veel' }).expect(400);
    await api.delete(`${base}/TEST-1`).expect(204);
    await api.delete(`${base}/TEST-1`).expect(404);
  });

  it.each([
    [{ debtorKey: 'D00001', issueDate: TODAY, dueDate: TODAY, totalCents: 100 }, 'number'],
    [{ number: 'X', debtorKey: 'D00001', issueDate: TODAY, dueDate: '2026-06-01', totalCents: 100 }, 'dueDate'],
    [{ number: 'X', debtorKey: 'D00001', issueDate: TODAY, dueDate: TODAY, totalCents: 100, openCents: 200 }, 'openCents'],
    [{ number: 'X', debtorKey: 'D00001', issueDate: TODAY, dueDate: TODAY, totalCents: 100, currency: 'USD' }, 'currency'],
    [{ number: 'X', debtorKey: 'D00001', issueDate: TODAY, dueDate: TODAY, totalCents: 100, colour: 'red' }, 'colour'],
  ])('validates a new invoice %j', async (body, field) => {
    const response = await api.post('/_sandbox/e-boekhouden/administrations/adm-1/invoices').send(body).expect(400);
    expect(response.body.field).toBe(field);
  });

  it('changes and deletes a debtor, validating the patch', async () => {
    const base = '/_sandbox/exact-online/administrations/adm-2/debtors';
    const code = sandbox.runtime.fixtures('exact-online')[1]?.debtors[0]?.code ?? '';
    await api.patch(`${base}/${code}`).send({ email: 'not-an-address' }).expect(400, { error: 'invalid_request', message: 'email must be an e-mail address.', field: 'email' });
    await api.patch(`${base}/${code}`).send({ language: 'de' }).expect(400);
    await api.patch(`${base}/${code}`).send({ email: 'nieuw@example.nl', language: 'en' }).expect(204);
    await api.delete(`${base}/${code}`).expect(204);
    await api.delete(`${base}/${code}`).expect(404);
  });

  it('sets, validates and clears faults per platform', async () => {
    const set = await api.put('/_sandbox/snelstart/faults').send({ errorRate: 0.5, errorStatus: 503, revoked: true }).expect(200);
    expect(set.body).toMatchObject({ errorRate: 0.5, errorStatus: 503, revoked: true, burst429: 0 });
    expect((await api.get('/_sandbox/snelstart/faults').expect(200)).body.revoked).toBe(true);
    expect(sandbox.context.faults('exact-online').revoked).toBe(false);

    const bad = await api.put('/_sandbox/snelstart/faults').send({ errorRate: 2 }).expect(400);
    expect(bad.body).toMatchObject({ field: 'errorRate', message: expect.stringMatching(/errorRate/) });
    expect(sandbox.context.faults('snelstart').errorRate).toBe(0.5);

    const cleared = await api.delete('/_sandbox/snelstart/faults').expect(200);
    expect(cleared.body).toMatchObject({ errorRate: 0, revoked: false });
  });

  it('applies a 429 burst to the platform API and counts it in the stats', async () => {
    await api.put('/_sandbox/exact-online/faults').send({ burst429: 2 }).expect(200);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.get('/exact-online/administrations/adm-1/invoices')).status);
    expect(statuses).toEqual([429, 429, 200]);
    const stats = (await api.get('/_sandbox/exact-online/stats').expect(200)).body;
    expect(stats).toMatchObject({ rateLimited429: 2 });
    expect(stats.calls).toBeGreaterThanOrEqual(3);
  });

  it('lists the write-backs a platform received, filterable by administration', async () => {
    await api.post('/snelstart/administrations/adm-1/notes').send({ text: 'Eerste herinnering' }).expect(201);
    const all = (await api.get('/_sandbox/snelstart/write-backs').expect(200)).body;
    expect(all).toContainEqual({
      platform: 'snelstart',
      administrationKey: 'adm-1',
      kind: 'memo',
      method: 'POST',
      path: '/snelstart/administrations/adm-1/notes',
      body: { text: 'Eerste herinnering' },
      at: sandbox.context.clock.now().toISOString(),
    });
    expect((await api.get('/_sandbox/snelstart/write-backs?administration=adm-2').expect(200)).body).toEqual([]);
    expect((await api.get('/_sandbox/exact-online/write-backs').expect(200)).body).toEqual([]);
  });

  it('lists every platform demo credentials', async () => {
    const response = await api.get('/_sandbox/credentials').expect(200);
    expect(Object.keys(response.body).sort()).toEqual(['e-boekhouden', 'exact-online', 'snelstart']);
    expect(response.body.snelstart).toEqual({ clientId: 'snelstart-client', secret: 'snelstart-secret' });
  });

  it('answers unknown control routes with a JSON 404', async () => {
    const response = await api.post('/_sandbox/frobnicate').expect(404);
    expect(response.body).toMatchObject({ error: 'not_found' });
  });
});
