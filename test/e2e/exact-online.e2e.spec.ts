// End to end against the in-process sandbox: the hub listens on a real port (so the sandbox can
// deliver webhooks to it), a tenant connects Exact Online like a browser would, both divisions
// become administrations, the initial sync matches Exact's open items to the cent, and payments,
// edits and deletions made in Exact arrive through webhooks and reconciliation.
import type { INestApplication } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { DataSource } from 'typeorm';
import type { ExactOnlineSandbox } from '../../apps/sandbox/src/exact-online/index.js';
import type { GeneratedInvoice } from '../../apps/sandbox/src/core/contracts.js';
import { startSandbox, type RunningSandbox } from '../../apps/sandbox/src/sandbox.js';
import { createHubHttpApp } from '../../apps/hub/src/app/create-hub-app.js';
import { AdministrationSyncService } from '../../apps/hub/src/sync/administration-sync.service.js';
import { TenantService } from '../../apps/hub/src/tenants/tenant.service.js';
import { freePort } from '../support/hub-process.js';
import { testConfig } from '../support/test-config.js';

const BIG = { key: 'adm-1', invoices: 5_000 };
const SMALL = { key: 'adm-2', invoices: 60 };
/** The hub delays a webhook-triggered sync by 5 s to coalesce bursts; allow for that plus a pull on a slow machine. */
const WEBHOOK_DEADLINE_MS = 45_000;

let sandbox: RunningSandbox;
let exact: ExactOnlineSandbox;
let config: LoadedConfig;
let app: INestApplication | undefined;
let hubUrl: string;
let dataSource: DataSource;
let sync: AdministrationSyncService;
let tenantId: string;
let apiKey: string;
/** Administration key in the sandbox (adm-1) → the hub's administration id. */
const administrationIds = new Map<string, string>();

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seed: 20260615,
    today: '2026-06-15',
    platforms: { 'exact-online': { administrations: [{ invoices: BIG.invoices }, { invoices: SMALL.invoices, name: 'Klein B.V.' }] } },
  });
  exact = sandbox.platforms['exact-online'] as ExactOnlineSandbox;
  const demo = exact.demoCredentials();
  const port = await freePort();
  hubUrl = `http://127.0.0.1:${port}`;
  config = testConfig({
    HUB_PUBLIC_URL: hubUrl,
    EXACT_ONLINE_BASE_URL: demo.baseUrl,
    EXACT_ONLINE_CLIENT_ID: demo.clientId,
    EXACT_ONLINE_CLIENT_SECRET: demo.clientSecret,
    EXACT_ONLINE_WEBHOOK_SECRET: demo.webhookSecret,
  });
  app = await createHubHttpApp(config, { api: true, worker: true });
  await app.listen(port, '127.0.0.1');
  dataSource = app.get(DataSource);
  sync = app.get(AdministrationSyncService);
  ({ tenantId, apiKey } = await app.get(TenantService).createWithAdminKey('E2E Exact firm'));
}, 60_000);

afterAll(async () => {
  // Deliveries still in flight must not hit a closed hub after the test ends.
  await exact?.flushWebhooks();
  await app?.close();
  await sandbox?.close();
}, 30_000);

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${hubUrl}${path}`, {
    ...init,
    redirect: 'manual',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
}

/** Sum of stored open amounts of the administration's live invoices, in cents. */
async function storedOpenCents(administrationId: string): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT COALESCE(sum(open_cents), 0)::text AS total, count(*)::int AS count FROM invoices WHERE administration_id = $1 AND removed_at IS NULL`,
    [administrationId],
  );
  return Number(row.total);
}

interface StoredInvoice {
  number: string;
  open_cents: string;
  due_date: string;
  description: string | null;
  removed_at: Date | null;
}

/** The hub's row for an Exact invoice number, whichever form ("2026-00123" or Exact's Int32 202600123) the mapper kept. */
async function storedInvoice(administrationId: string, number: string): Promise<StoredInvoice | undefined> {
  const rows: StoredInvoice[] = await dataSource.query(
    `SELECT number, open_cents::text AS open_cents, to_char(due_date, 'YYYY-MM-DD') AS due_date, description, removed_at
       FROM invoices WHERE administration_id = $1 AND kind = 'invoice' AND number IN ($2, $3)`,
    [administrationId, number, number.replace('-', '')],
  );
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0];
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes; the last failure explains a timeout. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = WEBHOOK_DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Open, not credited, not touched by another step: the fixture invoices a step may pay, change or delete. */
function openInvoices(administrationKey: string): GeneratedInvoice[] {
  const administration = sandbox.runtime.fixtures('exact-online').find((candidate) => candidate.key === administrationKey);
  if (administration === undefined) throw new Error(`no fixtures for ${administrationKey}`);
  return administration.invoices.filter((invoice) => !invoice.isCreditNote && invoice.openCents > 0 && invoice.openCents === invoice.totalCents);
}

async function finishedWebhookRuns(administrationId: string, since: Date): Promise<{ status: string; error_class: string | null }[]> {
  return dataSource.query(
    `SELECT status, error_class FROM sync_runs
      WHERE administration_id = $1 AND trigger = 'webhook' AND status IN ('succeeded', 'partial', 'failed') AND finished_at >= $2`,
    [administrationId, since],
  );
}

describe('Exact Online end to end (hub on a real port, sandbox in-process)', () => {
  it('connects through the browser flow: two divisions become two administrations', async () => {
    const started = await api('/api/v1/connections/exact-online', { method: 'POST', body: '{}' });
    expect(started.status).toBe(201);
    const { authorizationUrl } = (await started.json()) as { authorizationUrl: string };
    expect(authorizationUrl.startsWith(`${config.EXACT_ONLINE_BASE_URL}/api/oauth2/auth?`)).toBe(true);

    // The browser at Exact: the consent page, approved by the sandbox's script switch.
    const consent = await fetch(`${authorizationUrl}&sandbox_auto=approve`, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const callback = new URL(consent.headers.get('location') ?? '', authorizationUrl);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${hubUrl}/oauth/exact-online/callback`);
    expect(callback.searchParams.get('code')).toEqual(expect.any(String));

    // Back at the hub: without a return URL it answers a page naming what was connected.
    let landing = await fetch(callback, { redirect: 'manual' });
    for (let hops = 0; landing.status >= 300 && landing.status < 400 && hops < 5; hops += 1) {
      landing = await fetch(new URL(landing.headers.get('location') ?? '', callback), { redirect: 'manual' });
    }
    expect(landing.status).toBe(200);
    const page = await landing.text();

    const listed = await api('/api/v1/administrations');
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { items: { id: string; externalId: string; name: string; platform: string }[]; nextCursor: string | null };
    expect(body.nextCursor).toBeNull();
    expect(body.items).toHaveLength(2);
    for (const key of [BIG.key, SMALL.key]) {
      const division = String(exact.divisionCode(key));
      const administration = body.items.find((item) => item.externalId === division);
      expect(administration).toMatchObject({ platform: 'exact-online' });
      administrationIds.set(key, administration?.id ?? '');
      expect(page).toContain(administration?.name);
    }
    const [connection] = await dataSource.query(`SELECT status FROM connections WHERE tenant_id = $1`, [tenantId]);
    expect(connection.status).toBe('active');
  }, 30_000);

  it('initial sync of both administrations matches Exact’s open items to the cent', async () => {
    for (const { key, invoices } of [BIG, SMALL]) {
      const administrationId = administrationIds.get(key) ?? '';
      expect(administrationId).not.toBe('');
      const summary = await sync.run({ tenantId, administrationId, mode: 'full', trigger: 'manual', resources: ['debtors', 'invoices'] });
      expect(summary).toMatchObject({ status: 'succeeded', quarantined: 0, error: null });

      const [counts] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM invoices WHERE administration_id = $1 AND removed_at IS NULL) AS invoices,
                (SELECT count(*)::int FROM debtors WHERE administration_id = $1 AND removed_at IS NULL) AS debtors`,
        [administrationId],
      );
      expect(counts.invoices).toBe(invoices);
      expect(counts.debtors).toBeGreaterThan(0);
      expect(await storedOpenCents(administrationId)).toBe(exact.control.openItems(key).totalOpenCents);
    }
  }, 60_000);

  it('a payment and an edit in Exact arrive through the webhook-triggered sync', async () => {
    const administrationId = administrationIds.get(BIG.key) ?? '';
    const [paid, changed] = openInvoices(BIG.key);
    if (paid === undefined || changed === undefined) throw new Error('the fixtures hold too few open invoices');
    const partCents = Math.floor(paid.openCents / 2);
    const since = new Date();

    exact.control.registerPayment(BIG.key, paid.number, partCents);
    exact.control.changeInvoice(BIG.key, changed.number, { dueDate: '2026-09-30', description: 'Gewijzigd in Exact (e2e)' });
    await exact.flushWebhooks();
    const delivered = exact.webhookDeliveries().filter((delivery) => delivery.callbackUrl === `${hubUrl}/webhooks/exact-online`);
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.map((delivery) => delivery.outcome)).not.toContain('failed');

    await eventually('the payment and the edit stored', async () => {
      const payment = await storedInvoice(administrationId, paid.number);
      const edit = await storedInvoice(administrationId, changed.number);
      const done = Number(payment?.open_cents) === paid.openCents - partCents && edit?.due_date === '2026-09-30';
      return done ? true : undefined;
    });
    const runs = await eventually('a finished webhook-triggered run', async () => {
      const found = await finishedWebhookRuns(administrationId, since);
      return found.length > 0 ? found : undefined;
    });
    expect(runs.map((run) => run.status)).toContain('succeeded');

    const edit = await storedInvoice(administrationId, changed.number);
    expect(edit).toMatchObject({ due_date: '2026-09-30', description: 'Gewijzigd in Exact (e2e)', removed_at: null });
    expect(Number(edit?.open_cents)).toBe(changed.openCents);
    expect(await storedOpenCents(administrationId)).toBe(exact.control.openItems(BIG.key).totalOpenCents);
  }, 60_000);

  it('a deleted invoice is gone after the webhook and a reconciliation run, and totals still match', async () => {
    const administrationId = administrationIds.get(BIG.key) ?? '';
    const candidates = openInvoices(BIG.key);
    const deleted = candidates[candidates.length - 1];
    if (deleted === undefined) throw new Error('no open invoice to delete');
    expect((await storedInvoice(administrationId, deleted.number))?.removed_at).toBeNull();
    const since = new Date();

    exact.control.deleteInvoice(BIG.key, deleted.number);
    await exact.flushWebhooks();
    // The FinancialTransactions Delete notification marks it removed at once.
    await eventually('the deletion stored', async () => {
      const row = await storedInvoice(administrationId, deleted.number);
      return row === undefined || row.removed_at !== null ? true : undefined;
    });
    // The incremental sync the notification queued must not bring it back (and must be done before reconciling).
    await eventually('the webhook-triggered run after the deletion', async () => {
      const found = await finishedWebhookRuns(administrationId, since);
      return found.length > 0 ? found : undefined;
    });
    expect((await storedInvoice(administrationId, deleted.number))?.removed_at ?? 'gone').not.toBeNull();

    const reconciliation = await sync.run({ tenantId, administrationId, mode: 'reconciliation', trigger: 'manual' });
    expect(reconciliation).toMatchObject({ status: 'succeeded', error: null });
    const row = await storedInvoice(administrationId, deleted.number);
    expect(row === undefined || row.removed_at !== null).toBe(true);
    expect(await storedOpenCents(administrationId)).toBe(exact.control.openItems(BIG.key).totalOpenCents);
    // The small administration was not touched by any of this.
    const small = administrationIds.get(SMALL.key) ?? '';
    expect(await storedOpenCents(small)).toBe(exact.control.openItems(SMALL.key).totalOpenCents);
  }, 60_000);

  it('stayed inside Exact’s limits: no 429 and no refresh-token reuse', () => {
    const stats = sandbox.context.stats('exact-online');
    expect(stats.calls).toBeGreaterThan(0);
    expect(stats.rateLimited429).toBe(0);
    expect(stats.refreshTokenReuse).toBe(0);
  });
});
