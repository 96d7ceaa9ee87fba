// The sandbox as a child process (dist/apps/sandbox/src/main.js), so its generated data never
// counts in the hub's RSS, and the few control-API and Exact calls the benchmark makes itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SANDBOX_MAIN = fileURLToPath(new URL('../../apps/sandbox/src/main.js', import.meta.url));

export interface SandboxProcess {
  url: string;
  pid: number | undefined;
  /** A JSON call to the control API (`/_sandbox…`); a status other than 2xx throws. */
  control<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
  /** Stops the child: SIGTERM, then SIGKILL when it has not exited within 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startSandboxProcess(options: { port: number; seed: number; today: string }): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [SANDBOX_MAIN], {
    env: { ...process.env, SANDBOX_PORT: String(options.port), SANDBOX_HOST: '127.0.0.1', SANDBOX_SEED: String(options.seed), SANDBOX_TODAY: options.today },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should this process end without stop() (an uncaught throw, process.exit), take the child along.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const url = `http://127.0.0.1:${options.port}`;
  const sandbox: SandboxProcess = {
    url,
    pid: child.pid,
    async control<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}/_sandbox${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`sandbox ${method} /_sandbox${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
    stop: () => stopChild(child, exited),
  };
  try {
    await waitUntilAnswering(sandbox, child, exited);
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
  return sandbox;
}

async function waitUntilAnswering(sandbox: SandboxProcess, child: ChildProcess, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) throw new Error(`the sandbox process exited (code ${child.exitCode}, signal ${child.signalCode}) before it answered`);
    try {
      await sandbox.control('GET', '/');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the sandbox did not answer on ${sandbox.url} within 60 s`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Counts the rows each sync endpoint holds in each division by paging it from Timestamp 1 with
 * one grant of its own (the sandbox's scripted consent), selecting only Timestamp. Run after the
 * measured sync: its calls would otherwise count in the sandbox's figures. One entry per division,
 * in the order given.
 */
export async function countSyncRows(
  credentials: { baseUrl: string; clientId: string; clientSecret: string },
  divisions: readonly number[],
  endpoints: readonly string[],
): Promise<Record<string, number>[]> {
  const accessToken = await benchAccessToken(credentials);
  const counts: Record<string, number>[] = [];
  for (const division of divisions) {
    const rowsOf: Record<string, number> = {};
    for (const endpoint of endpoints) rowsOf[endpoint] = await countRows(credentials.baseUrl, accessToken, division, endpoint);
    counts.push(rowsOf);
  }
  return counts;
}

/** One token for the benchmark's own reads: Exact limits token calls per app and user (200 a day). */
async function benchAccessToken(credentials: { baseUrl: string; clientId: string; clientSecret: string }): Promise<string> {
  const redirectUri = 'http://127.0.0.1:9/bench-callback';
  const authorize = new URL(`${credentials.baseUrl}/api/oauth2/auth`);
  authorize.search = new URLSearchParams({ client_id: credentials.clientId, redirect_uri: redirectUri, response_type: 'code', state: 'bench', sandbox_auto: 'approve' }).toString();
  const consent = await fetch(authorize, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? redirectUri).searchParams.get('code');
  if (code === null) throw new Error(`row count: consent answered ${consent.status} without a code`);
  const token = await fetch(`${credentials.baseUrl}/api/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: credentials.clientId, client_secret: credentials.clientSecret }),
  });
  if (!token.ok) throw new Error(`row count: token endpoint answered ${token.status}: ${await token.text()}`);
  return ((await token.json()) as { access_token: string }).access_token;
}

async function countRows(baseUrl: string, accessToken: string, division: number, endpoint: string): Promise<number> {
  let next: string | null = `${baseUrl}/api/v1/${division}/${endpoint}?${new URLSearchParams({ $select: 'Timestamp', $filter: 'Timestamp gt 1' })}`;
  let rows = 0;
  while (next !== null) {
    const response: Response = await fetch(next, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
    // Under real rate limits (bench:sync-scale) these reads share the division's minute quota.
    if (response.status === 429 && (await waitForMinuteReset(response))) continue;
    if (!response.ok) throw new Error(`row count: ${endpoint} of division ${division} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { d: { results: unknown[]; __next?: string } };
    rows += body.d.results.length;
    next = body.d.__next ?? null;
  }
  return rows;
}

/** After a 429 for the minute quota: sleeps until its reset and says so; false for the daily one (hours away). */
async function waitForMinuteReset(response: Response): Promise<boolean> {
  const reset = Number(response.headers.get('x-ratelimit-minutely-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return false;
  await response.arrayBuffer();
  // The reset is on the sandbox clock, which a benchmark under real limits keeps on real time.
  await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(reset - Date.now(), 0), 61_000) + 500));
  return true;
}
