// SnelStart end to end against the sandbox: a pasted koppelsleutel becomes an administration,
// a worker process syncs it, and the totals equal SnelStart's to the cent. A payment booked in
// SnelStart does not touch the invoice's modifiedOn (the sandbox's default, notes §4.4), so an
// incremental sync cannot see it; one reconciliation does, and a deleted invoice drops out too.
import type { GeneratedInvoice } from '../../apps/sandbox/src/core/contracts.js';
import { ExactHubHarness, type WorkerProcess } from '../support/exact-hub-harness.js';

const KEY = 'adm-1';
let harness: ExactHubHarness;
let apiKey: string;
let administrationId: string;
let worker: WorkerProcess;

beforeAll(async () => {
  harness = await ExactHubHarness.start({
    sandbox: { seed: 20261122, today: '2026-06-15', platforms: { snelstart: { administrations: [{ invoices: 1_200, name: 'Bakkerij Jansen' }] } } },
  });
  ({ apiKey } = await harness.tenant('SnelStart e2e firm'));
  worker = harness.startWorker();
}, 120_000);

afterAll(async () => {
  await harness?.close();
}, 60_000);

const snelstart = () => harness.sandbox.platforms.snelstart;

async function storedOpenCents(): Promise<number> {
  const [row] = await harness.dataSource.query(
    `SELECT COALESCE(sum(open_cents), 0)::text AS open FROM invoices WHERE administration_id = $1 AND removed_at IS NULL`,
    [administrationId],
  );
  return Number(row.open);
}

async function storedInvoice(number: string): Promise<{ open_cents: string; status: string; removed_at: Date | null } | undefined> {
  const [row] = await harness.dataSource.query(
    `SELECT open_cents::text AS open_cents, status, removed_at FROM invoices WHERE administration_id = $1 AND number = $2`,
    [administrationId, number],
  );
  return row;
}

async function syncAndWait(mode: 'incremental' | 'full' | 'reconciliation'): Promise<Record<string, unknown>> {
  // Reconciliation is not a manual mode in the API (schedule only): ask the engine directly.
  const runId =
    mode === 'reconciliation'
      ? (await harness.requester().request({ tenantId: await tenantOf(), administrationId, mode, trigger: 'manual' })).runId
      : await harness.requestSync(apiKey, administrationId, mode);
  return harness.runFinished(runId);
}

async function tenantOf(): Promise<string> {
  const [row] = await harness.dataSource.query(`SELECT tenant_id FROM administrations WHERE id = $1`, [administrationId]);
  return String(row.tenant_id);
}

function openInvoices(): GeneratedInvoice[] {
  const administration = harness.sandbox.runtime.fixtures('snelstart').find((candidate) => candidate.key === KEY);
  if (administration === undefined) throw new Error('no SnelStart fixtures');
  return administration.invoices.filter((invoice) => !invoice.isCreditNote && invoice.openCents > 0 && invoice.openCents === invoice.totalCents);
}

describe('SnelStart end to end (sandbox in-process, worker as a process)', () => {
  it('connects with a pasted koppelsleutel: one administration, named from company info', async () => {
    const key = snelstart().demoCredentials()[`connectionKey.${KEY}`];
    const response = await harness.api(apiKey, '/api/v1/connections/snelstart', { method: 'POST', body: JSON.stringify({ connectionKey: key }) });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { administration: { id: string; platform: string; externalId: string } };
    expect(body.administration).toMatchObject({ platform: 'snelstart', externalId: snelstart().demoCredentials()[`administratieIdentifier.${KEY}`] });
    administrationId = body.administration.id;
    // Only the syncs this test asks for.
    expect((await harness.api(apiKey, `/api/v1/administrations/${administrationId}`, { method: 'PATCH', body: JSON.stringify({ enabled: false }) })).status).toBe(200);
  }, 30_000);

  it('syncs everything, and the open total equals SnelStart’s to the cent', async () => {
    expect(await syncAndWait('full')).toMatchObject({ status: 'succeeded', error_class: null });
    const [counts] = await harness.dataSource.query(
      `SELECT (SELECT count(*)::int FROM invoices WHERE administration_id = $1 AND removed_at IS NULL) AS invoices,
              (SELECT count(*)::int FROM debtors WHERE administration_id = $1) AS debtors`,
      [administrationId],
    );
    expect(counts.invoices).toBe(1_200);
    expect(counts.debtors).toBeGreaterThan(0);
    expect(await storedOpenCents()).toBe(snelstart().control.openItems(KEY).totalOpenCents);
    // Ledger lines name their invoice by number; payments are synced after invoices, so they find them.
    const [payments] = await harness.dataSource.query(
      `SELECT count(*)::int AS payments, (SELECT count(*)::int FROM payment_allocations WHERE administration_id = $1) AS allocations FROM payments WHERE administration_id = $1`,
      [administrationId],
    );
    expect(payments.payments).toBeGreaterThan(0);
    expect(payments.allocations).toBeGreaterThan(0);
  }, 120_000);

  it('sees a payment that did not touch modifiedOn within one reconciliation, and drops a deleted invoice', async () => {
    const [paid, deleted] = openInvoices();
    if (paid === undefined || deleted === undefined) throw new Error('the fixtures hold too few open invoices');
    snelstart().control.registerPayment(KEY, paid.number, paid.openCents, '2026-06-15');
    snelstart().control.deleteInvoice(KEY, deleted.number);

    // The incremental sync filters on modifiedOn: it cannot see either change.
    expect(await syncAndWait('incremental')).toMatchObject({ status: 'succeeded' });
    expect(Number((await storedInvoice(paid.number))?.open_cents)).toBe(paid.openCents);

    expect(await syncAndWait('reconciliation')).toMatchObject({ status: 'succeeded' });
    expect(Number((await storedInvoice(paid.number))?.open_cents)).toBe(0);
    expect(Number((await storedInvoice(deleted.number))?.open_cents ?? 0)).toBe(0);
    expect(await storedOpenCents()).toBe(snelstart().control.openItems(KEY).totalOpenCents);
    expect(harness.sandbox.context.stats('snelstart').rateLimited429).toBe(0);
    expect(worker.child.exitCode).toBeNull();
  }, 120_000);
});
