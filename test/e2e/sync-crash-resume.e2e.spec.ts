// A worker killed (SIGKILL, a real process kill) at 10 random points of a 20,000-invoice sync:
// each time another worker resumes the same run from its last committed page, and the final
// tables equal, row for row, those of an uninterrupted run of the same administration.
import { createSeededRandom } from '../../apps/sandbox/src/core/random.js';
import { ExactHubHarness, type WorkerProcess } from '../support/exact-hub-harness.js';

const INVOICES = 20_000;
const KILLS = 10;
const SEED = Number(process.env.CRASH_TEST_SEED ?? Date.now() % 1_000_000);

let harness: ExactHubHarness;
let apiKey: string;
let administrationId: string;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  harness = await ExactHubHarness.start({
    sandbox: { seed: 20261122, today: '2026-06-15', platforms: { 'exact-online': { administrations: [{ invoices: INVOICES, name: 'Groot B.V.' }] } } },
    // Limits relaxed on both sides: this test is about crashes, not pacing.
    environment: { SYNC_SCHEDULER: 'on', EXACT_ONLINE_MINUTELY_LIMIT: '100000', EXACT_ONLINE_DAILY_LIMIT: '10000000' },
  });
  harness.exact.configure({ rateLimits: { minutely: 100_000, daily: 10_000_000 } });
  ({ apiKey } = await harness.tenant('Crash test firm'));
  const administrations = await harness.connectExact(apiKey);
  administrationId = administrations.get('adm-1') ?? '';
  // Only the syncs this test asks for: the planner leaves a disabled administration alone.
  const patched = await harness.api(apiKey, `/api/v1/administrations/${administrationId}`, { method: 'PATCH', body: JSON.stringify({ enabled: false }) });
  expect(patched.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await harness?.close();
}, 60_000);

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (seed ${SEED})\n${worker?.output().slice(-4_000) ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`a sync whose worker is killed ${KILLS} times (seed ${SEED})`, () => {
  it('resumes every time and ends with exactly the tables of an uninterrupted run', async () => {
    worker = harness.startWorker();
    const reference = await harness.requestSync(apiKey, administrationId, 'full');
    expect(await harness.runFinished(reference)).toMatchObject({ status: 'succeeded', attempt: 1 });
    const uninterrupted = await harness.canonicalSnapshot(administrationId);
    expect(uninterrupted.invoices.filter((row) => !(row as { removed: boolean }).removed)).toHaveLength(INVOICES);

    await harness.forgetSyncedData(administrationId);
    const random = createSeededRandom(SEED);
    const runId = await harness.requestSync(apiKey, administrationId, 'full');
    const killedAt: { attempt: number; fetched: number }[] = [];
    for (let kill = 1; kill <= KILLS; kill += 1) {
      // Running as attempt `kill` (the first attempt, then each resume), then a random moment of work.
      const waitStart = Date.now();
      const running = await waitUntil(`attempt ${kill} running`, async () => {
        const row = await harness.runRow(runId);
        return row.status === 'running' && Number(row.attempt) === kill ? row : undefined;
      });
      process.stderr.write(`cycle ${kill}: resumed after ${Date.now() - waitStart} ms, fetched ${String(running.fetched)}\n`);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random.next() * 900)));
      await harness.killWorker(worker);
      const row = await harness.runRow(runId);
      // Killed mid-run: the row says running and nobody finishes it but a new worker.
      expect(row).toMatchObject({ status: 'running', attempt: kill });
      killedAt.push({ attempt: kill, fetched: Number(row.fetched) });
      expect(Number(row.fetched)).toBeGreaterThanOrEqual(Number(running.fetched));
      worker = harness.startWorker();
    }

    const finished = await harness.runFinished(runId);
    expect(finished).toMatchObject({ status: 'succeeded', attempt: KILLS + 1, error_class: null });
    expect(await harness.canonicalSnapshot(administrationId)).toEqual(uninterrupted);
    // Progress was kept across kills: pages committed before a kill were not fetched again.
    expect(killedAt.at(-1)?.fetched ?? 0).toBeGreaterThan(0);
    const [open] = await harness.dataSource.query(
      `SELECT COALESCE(sum(open_cents), 0)::text AS open FROM invoices WHERE administration_id = $1 AND removed_at IS NULL`,
      [administrationId],
    );
    expect(Number(open.open)).toBe(harness.exact.control.openItems('adm-1').totalOpenCents);
    expect(harness.sandbox.context.stats('exact-online').refreshTokenReuse).toBe(0);
  }, 300_000);
});
