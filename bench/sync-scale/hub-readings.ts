// What the benchmark reads back from the hub: its run rows and stored totals (the scratch
// database), and each administration's freshness as a user sees it (the public API).
import type { DataSource } from 'typeorm';
import type { FinishedRun } from './run-stats.js';

const FINISHED = ['succeeded', 'partial', 'failed'];

interface RunRow {
  id: string;
  administration_id: string;
  trigger: string;
  status: string;
  attempt: number;
  api_calls: number;
  fetched: number;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  error_class: string | null;
  error_message: string | null;
}

/** Every run of the tenant: the requested ones and any the schedule added. */
export async function tenantRuns(dataSource: DataSource, tenantId: string): Promise<RunRow[]> {
  return dataSource.query(
    `SELECT id, administration_id, trigger, status, attempt, api_calls, fetched, queued_at, started_at, finished_at, error_class, error_message
       FROM sync_runs WHERE tenant_id = $1`,
    [tenantId],
  );
}

/**
 * Polls until every run in `runIds` has finished (succeeded, partial or failed; a run waiting
 * for another attempt is still `queued`), calling `progress` when the count of finished runs grows.
 */
export async function waitForRuns(
  dataSource: DataSource,
  tenantId: string,
  runIds: readonly string[],
  timeoutMs: number,
  progress: (finished: number) => void,
): Promise<FinishedRun[]> {
  const wanted = new Set(runIds);
  const deadline = Date.now() + timeoutMs;
  let reported = 0;
  for (;;) {
    const rows = (await tenantRuns(dataSource, tenantId)).filter((row) => wanted.has(row.id));
    const finished = rows.filter((row) => FINISHED.includes(row.status) && row.finished_at !== null);
    if (finished.length > reported) progress((reported = finished.length));
    if (finished.length === wanted.size) return finished.map(finishedRun);
    if (Date.now() > deadline) {
      const waiting = rows.filter((row) => !FINISHED.includes(row.status)).map((row) => `${row.id} ${row.status} attempt ${row.attempt}${row.error_class ? ` (${row.error_class}: ${row.error_message})` : ''}`);
      throw new Error(`${wanted.size - finished.length} of ${wanted.size} runs not finished within ${timeoutMs / 1000} s:\n  ${waiting.slice(0, 10).join('\n  ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function finishedRun(row: RunRow): FinishedRun {
  return {
    id: row.id,
    administrationId: row.administration_id,
    trigger: row.trigger,
    status: row.status,
    attempt: Number(row.attempt),
    apiCalls: Number(row.api_calls),
    fetched: Number(row.fetched),
    queuedAt: row.queued_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at ?? new Date(Number.NaN),
    errorClass: row.error_class,
    errorMessage: row.error_message,
  };
}

/** Sum of open_cents over live invoices, per administration id. */
export async function storedOpenCents(dataSource: DataSource, tenantId: string): Promise<Map<string, number>> {
  const rows: { administration_id: string; open: string }[] = await dataSource.query(
    `SELECT administration_id, COALESCE(sum(open_cents), 0)::text AS open FROM invoices
      WHERE tenant_id = $1 AND removed_at IS NULL GROUP BY administration_id`,
    [tenantId],
  );
  return new Map(rows.map((row) => [row.administration_id, Number(row.open)]));
}

export interface Freshness {
  administrationId: string;
  /** `freshness.oldest` of GET /api/v1/administrations/:id: the stalest resource; null = a resource never synced. */
  oldest: string | null;
}

export async function freshnessOf(hubUrl: string, apiKey: string, administrationIds: readonly string[]): Promise<Freshness[]> {
  const readings: Freshness[] = [];
  for (const administrationId of administrationIds) {
    const response = await fetch(`${hubUrl}/api/v1/administrations/${administrationId}`, { headers: { Authorization: `Bearer ${apiKey}` } });
    if (response.status !== 200) throw new Error(`GET administration ${administrationId} answered ${response.status}: ${await response.text()}`);
    const view = (await response.json()) as { freshness: { oldest: string | null } };
    readings.push({ administrationId, oldest: view.freshness.oldest });
  }
  return readings;
}

/** POST /api/v1/administrations/:id/sync (incremental) → the run id (a run already waiting is joined). */
export async function requestSync(hubUrl: string, apiKey: string, administrationId: string): Promise<string> {
  const response = await fetch(`${hubUrl}/api/v1/administrations/${administrationId}/sync`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode: 'incremental' }),
  });
  if (response.status !== 202) throw new Error(`manual sync of ${administrationId} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { runId: string }).runId;
}
