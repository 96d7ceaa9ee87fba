// Runs the built hub (`dist/apps/hub/src/main.js`) as a real child process, as operators do.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const HUB_ENTRY = join(process.cwd(), 'dist/apps/hub/src/main.js');

export interface HubRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runHub(args: string[], environment: Record<string, string>): Promise<HubRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HUB_ENTRY, ...args], { env: { PATH: process.env.PATH ?? '', ...environment } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export function startHub(args: string[], environment: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [HUB_ENTRY, ...args], { env: { PATH: process.env.PATH ?? '', ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** SIGTERM, and SIGKILL if it has not exited within the grace period: a test never leaves a hub behind. */
export async function stopHub(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

// One free-port helper for tests and benchmarks.
export { freePort } from '../../bench/common/exact-connect.js';

export async function waitForHealthy(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl}/health did not answer 200 within ${timeoutMs} ms`);
}
