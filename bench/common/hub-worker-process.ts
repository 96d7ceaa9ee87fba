// A queue worker as operators run it: the built hub (`dist/apps/hub/src/main.js worker`) in a
// process of its own, with the V8 heap caps the hub runs with everywhere (README, Benchmarks).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, peakRssMb } from './proc-stats.js';

const HUB_MAIN = fileURLToPath(new URL('../../apps/hub/src/main.js', import.meta.url));
const HEAP_CAPS = ['--max-semi-space-size=8', '--max-old-space-size=256'];
/** Enough of a worker's output to explain a failure, without keeping a long run's logs in memory. */
const OUTPUT_TAIL_CHARS = 20_000;

export interface HubWorkerProcess {
  pid: number;
  /** The last OUTPUT_TAIL_CHARS of what it wrote (stdout and stderr). */
  output(): string;
  /** Its peak resident set (VmHWM) in MB while it runs, or null where /proc is not available. */
  peakRssMb(): number | null;
  /** CPU seconds it used so far, while it runs (null as above). */
  cpuSeconds(): number | null;
  /** SIGTERM (graceful shutdown: jobs in flight finish), SIGKILL after `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

/** `environment` is the whole environment (the hub reads its configuration from it), PATH added. */
export function startHubWorker(environment: Record<string, string>): HubWorkerProcess {
  const child = spawn(process.execPath, [...HEAP_CAPS, HUB_MAIN, 'worker'], {
    env: { PATH: process.env.PATH ?? '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the worker process did not start');
  const pid = child.pid;
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the benchmark end without stop() (an uncaught throw, process.exit), take the worker along.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return {
    pid,
    output: () => output,
    peakRssMb: () => (running(child) ? peakRssMb(pid) : null),
    cpuSeconds: () => (running(child) ? cpuSeconds(pid) : null),
    stop: (graceMs = 10_000) => stopChild(child, exited, graceMs),
  };
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function stopChild(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (!running(child)) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
