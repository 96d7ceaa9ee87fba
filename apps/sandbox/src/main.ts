// `npm run sandbox`: starts the sandbox on one port and prints where everything is.
// Environment: SANDBOX_PORT (default 4010), SANDBOX_HOST (default 127.0.0.1), SANDBOX_SEED
// (default 42), SANDBOX_TODAY (YYYY-MM-DD; default: the real date).
import { SANDBOX_PLATFORMS } from './core/context.js';
import { entryPointUrls, PLATFORM_TITLES } from './core/entry-points.js';
import { DEFAULT_SEED, startSandbox, type RunningSandbox } from './sandbox.js';

function integerFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function todayFromEnv(): string | undefined {
  const raw = process.env.SANDBOX_TODAY?.trim();
  if (!raw) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    throw new Error(`SANDBOX_TODAY must be a date as YYYY-MM-DD, got "${raw}"`);
  }
  return raw;
}

function describe(sandbox: RunningSandbox): string {
  const lines = [
    `debtor-hub sandbox listening on ${sandbox.url}  (seed ${sandbox.context.seed}, today ${sandbox.context.clock.today()})`,
    '',
    `  Index        ${sandbox.url}/`,
    `  Control API  ${sandbox.url}/_sandbox`,
  ];
  for (const platform of SANDBOX_PLATFORMS) {
    lines.push('', `  ${PLATFORM_TITLES[platform]}`);
    const credentials = Object.entries(sandbox.platforms[platform].demoCredentials());
    const width = Math.max(16, ...credentials.map(([name]) => name.length));
    for (const entry of entryPointUrls(sandbox.url, platform)) lines.push(`    ${entry.label.padEnd(width)} ${entry.url}`);
    const administrations = sandbox.runtime.fixtures(platform).map((administration) => `${administration.key} (${administration.invoices.length} invoices)`);
    lines.push(`    ${'Administrations'.padEnd(width)} ${administrations.join(', ')}`);
    for (const [name, value] of credentials) lines.push(`    ${name.padEnd(width)} ${value}`);
  }
  lines.push('', 'Press Ctrl+C to stop.');
  return lines.join('\n');
}

const today = todayFromEnv();
const sandbox = await startSandbox({
  port: integerFromEnv('SANDBOX_PORT', 4010, 0, 65_535),
  host: process.env.SANDBOX_HOST?.trim() || '127.0.0.1',
  seed: integerFromEnv('SANDBOX_SEED', DEFAULT_SEED, 0, 0xffff_ffff),
  ...(today ? { today } : {}),
});
console.log(describe(sandbox));

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received, stopping the sandbox…`);
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
