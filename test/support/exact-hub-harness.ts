// The hub against the sandbox (Exact Online, and SnelStart's settings too) for end-to-end tests: the sandbox
// in-process, the hub API in-process on a real port (so tests can read its DataSource), queue
// workers as real child processes (so tests can kill them), all on a scratch database and a
// Redis key prefix of their own, so the planner and sweeper see only these rows.
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, type LoadedConfig } from '@hub/config';
import { DataSource } from 'typeorm';
import { createHubHttpApp } from '../../apps/hub/src/app/create-hub-app.js';
import { runMigrations } from '../../apps/hub/src/database/migrate.js';
import { createScratchDatabaseBeside, type ScratchDatabase } from '../../apps/hub/src/database/testing/scratch-database.js';
import { SyncRunRequester } from '../../apps/hub/src/sync/sync-run-requester.js';
import { TenantService } from '../../apps/hub/src/tenants/tenant.service.js';
import type { ExactOnlineSandbox } from '../../apps/sandbox/src/exact-online/index.js';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../apps/sandbox/src/sandbox.js';
import { connectExact } from '../../bench/common/exact-connect.js';
import { freePort, startHub, stopHub, waitForHealthy } from './hub-process.js';

export interface ExactHubHarnessOptions {
  sandbox: StartSandboxOptions;
  /** Environment for the API and the workers beyond the defaults (e.g. SYNC_CONCURRENCY). */
  environment?: Record<string, string>;
  /** Admin connection for the scratch database; default DATABASE_URL's server. */
  databaseUrl?: string;
  redisUrl?: string;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it wrote, for a failing test's message. */
  output(): string;
}

export class ExactHubHarness {
  private readonly workers = new Set<ChildProcess>();

  private constructor(
    readonly sandbox: RunningSandbox,
    readonly exact: ExactOnlineSandbox,
    private readonly scratch: ScratchDatabase,
    readonly environment: Record<string, string>,
    readonly app: INestApplication,
    readonly hubUrl: string,
    readonly dataSource: DataSource,
  ) {}

  static async start(options: ExactHubHarnessOptions): Promise<ExactHubHarness> {
    const sandbox = await startSandbox({ port: 0, ...options.sandbox });
    const exact = sandbox.platforms['exact-online'] as ExactOnlineSandbox;
    const demo = exact.demoCredentials();
    const snelstart = sandbox.platforms.snelstart.demoCredentials();
    const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const scratch = await createScratchDatabaseBeside(databaseUrl, 'dh_e2e_sync');
    await runMigrations(scratch.url);
    const port = await freePort();
    const hubUrl = `http://127.0.0.1:${port}`;
    const environment: Record<string, string> = {
      DATABASE_URL: scratch.url,
      REDIS_URL: options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `dh_e2e_${process.pid}_${randomBytes(4).toString('hex')}`,
      HUB_PUBLIC_URL: hubUrl,
      HUB_ENCRYPTION_KEYS: `e2e-1:${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'warn',
      EXACT_ONLINE_BASE_URL: demo.baseUrl,
      EXACT_ONLINE_CLIENT_ID: demo.clientId,
      EXACT_ONLINE_CLIENT_SECRET: demo.clientSecret,
      EXACT_ONLINE_WEBHOOK_SECRET: demo.webhookSecret,
      SNELSTART_AUTH_URL: String(snelstart.authUrl),
      SNELSTART_API_URL: String(snelstart.apiUrl),
      SNELSTART_SUBSCRIPTION_KEY: String(snelstart.subscriptionKey),
      ...options.environment,
    };
    let app: INestApplication | undefined;
    try {
      const config: LoadedConfig = loadConfig({ ...environment, LOG_LEVEL: 'silent' });
      app = await createHubHttpApp(config, { api: true, worker: false });
      await app.listen(port, '127.0.0.1');
      return new ExactHubHarness(sandbox, exact, scratch, environment, app, hubUrl, app.get(DataSource));
    } catch (error) {
      await app?.close();
      await scratch.drop();
      await sandbox.close();
      throw error;
    }
  }

  /** A queue worker as its own process (`main.js worker`), with the harness environment. */
  startWorker(extra: Record<string, string> = {}): WorkerProcess {
    const child = startHub(['worker'], { ...this.environment, ...extra });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    this.workers.add(child);
    child.once('exit', () => this.workers.delete(child));
    return { child, output: () => output };
  }

  /** SIGKILL: no shutdown hooks, no lock released by the process itself. */
  async killWorker(worker: WorkerProcess): Promise<void> {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => worker.child.once('exit', () => resolve()));
    worker.child.kill('SIGKILL');
    await exited;
  }

  /** A new tenant with an admin key. */
  async tenant(name: string): Promise<{ tenantId: string; apiKey: string }> {
    return this.app.get(TenantService).createWithAdminKey(name);
  }

  api(apiKey: string, path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.hubUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
  }

  /**
   * Connects Exact Online like a browser (consent approved by the sandbox's switch) and returns
   * the administrations created, by sandbox administration key (`adm-1`, …).
   */
  async connectExact(apiKey: string): Promise<Map<string, string>> {
    await connectExact(this.hubUrl, apiKey);
    const listed = (await (await this.api(apiKey, '/api/v1/administrations?limit=500')).json()) as { items: { id: string; externalId: string }[] };
    const byKey = new Map<string, string>();
    for (const item of listed.items) {
      const key = this.sandbox.runtime.fixtures('exact-online').find((administration) => String(this.exact.divisionCode(administration.key)) === item.externalId)?.key;
      if (key !== undefined) byKey.set(key, item.id);
    }
    return byKey;
  }

  /** The engine's requester, for modes the API does not offer (reconciliation is scheduled only). */
  requester(): SyncRunRequester {
    return this.app.get(SyncRunRequester);
  }

  /** POST /api/v1/administrations/:id/sync → the run id. */
  async requestSync(apiKey: string, administrationId: string, mode: 'incremental' | 'full' = 'incremental'): Promise<string> {
    const response = await this.api(apiKey, `/api/v1/administrations/${administrationId}/sync`, { method: 'POST', body: JSON.stringify({ mode }) });
    if (response.status !== 202) throw new Error(`manual sync answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { runId: string }).runId;
  }

  async runRow(runId: string): Promise<Record<string, unknown>> {
    const [row] = await this.dataSource.query(`SELECT * FROM sync_runs WHERE id = $1`, [runId]);
    return row as Record<string, unknown>;
  }

  /** Polls until the run has finished (succeeded, partial or failed), or throws with `what` after the timeout. */
  async runFinished(runId: string, timeoutMs = 120_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await this.runRow(runId);
      if (row !== undefined && ['succeeded', 'partial', 'failed'].includes(String(row.status))) return row;
      if (Date.now() > deadline) throw new Error(`run ${runId} not finished within ${timeoutMs} ms: ${JSON.stringify(row)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The administration's canonical rows without surrogate ids and timestamps, in a stable order: what two syncs must agree on. */
  async canonicalSnapshot(administrationId: string): Promise<Record<string, unknown[]>> {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of ['debtors', 'invoices', 'payments']) {
      const rows: { row: unknown }[] = await this.dataSource.query(
        `SELECT to_jsonb(t) - 'id' - 'tenant_id' - 'administration_id' - 'created_at' - 'updated_at' - 'removed_at'
                || jsonb_build_object('removed', t.removed_at IS NOT NULL) AS row
           FROM ${table} t WHERE administration_id = $1 ORDER BY external_id`,
        [administrationId],
      );
      snapshot[table] = rows.map((entry) => entry.row);
    }
    return snapshot;
  }

  /** Forgets what the hub stored for the administration, so the next sync starts from nothing. */
  async forgetSyncedData(administrationId: string): Promise<void> {
    for (const table of ['payment_allocations', 'payments', 'invoices', 'debtors', 'sync_cursors', 'quarantined_records']) {
      await this.dataSource.query(`DELETE FROM ${table} WHERE administration_id = $1`, [administrationId]);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((child) => stopHub(child, 5_000)));
    await this.exact.flushWebhooks();
    await this.app.close();
    await this.scratch.drop();
    await this.sandbox.close();
  }
}

export { waitForHealthy };
