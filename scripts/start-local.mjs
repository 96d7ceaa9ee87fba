// `npm start`: run the hub (API and worker in one process) against this machine's PostgreSQL
// and Redis. First run: writes .env from .env.example with a fresh encryption key and creates
// the database. Migrations run when the hub starts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';

const ENV_FILE = '.env';

if (!existsSync(ENV_FILE)) {
  const key = `local-1:${randomBytes(32).toString('base64')}`;
  writeFileSync(ENV_FILE, readFileSync('.env.example', 'utf8').replace(/^HUB_ENCRYPTION_KEYS=$/m, `HUB_ENCRYPTION_KEYS=${key}`), { mode: 0o600 });
  console.log(`wrote ${ENV_FILE} (local settings and a new encryption key; keep it safe)`);
}

const settings = Object.fromEntries(
  readFileSync(ENV_FILE, 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

const databaseUrl = new URL(settings.DATABASE_URL);
const databaseName = decodeURIComponent(databaseUrl.pathname.slice(1));
const adminUrl = new URL(databaseUrl);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
if (rowCount === 0) {
  await admin.query(`CREATE DATABASE "${databaseName.replace(/"/g, '""')}"`);
  console.log(`created database ${databaseName}`);
}
await admin.end();

console.log(`starting the hub on ${settings.HUB_PUBLIC_URL} (API docs at /api/docs)`);
console.log('create a tenant and its admin key: npm run hub -- tenant create --name "Your firm"');
const hub = spawn(process.execPath, ['--max-semi-space-size=8', '--max-old-space-size=256', `--env-file=${ENV_FILE}`, 'dist/apps/hub/src/main.js', 'all'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => hub.kill(signal));
hub.on('exit', (code) => process.exit(code ?? 0));
