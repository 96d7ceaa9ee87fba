// What a benchmark or an end-to-end test needs to point a hub at the sandbox's Exact Online and connect it like a
// browser would: a free port for HUB_PUBLIC_URL, the demo app's credentials with the division of
// each sandbox administration, and the OAuth connect flow with the sandbox's scripted consent.
import { createServer } from 'node:net';
import type { SandboxProcess } from './sandbox-process.js';

export interface ExactDemoCredentials {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
  /** Division code by sandbox administration key (`adm-1` → 1000001). */
  divisions: Map<string, number>;
}

/** A port free right now, so HUB_PUBLIC_URL (the OAuth redirect URI) can name it before the hub listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function exactDemoCredentials(sandbox: SandboxProcess): Promise<ExactDemoCredentials> {
  const credentials = (await sandbox.control<Record<string, Record<string, string>>>('GET', '/credentials'))['exact-online'];
  if (credentials === undefined) throw new Error('the sandbox gave no Exact Online credentials');
  // `divisions` reads "<code>=<administration key>,…".
  const divisions = new Map<string, number>();
  for (const pair of String(credentials.divisions).split(',')) {
    const [code, key] = pair.split('=');
    if (code !== undefined && key !== undefined) divisions.set(key, Number(code));
  }
  return {
    baseUrl: String(credentials.baseUrl),
    clientId: String(credentials.clientId),
    clientSecret: String(credentials.clientSecret),
    webhookSecret: String(credentials.webhookSecret),
    divisions,
  };
}

/** POST /api/v1/connections/exact-online, consent approved by the sandbox's switch, then the hub's callback page. */
export async function connectExact(hubUrl: string, apiKey: string): Promise<void> {
  const started = await fetch(`${hubUrl}/api/v1/connections/exact-online`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (started.status !== 201) throw new Error(`connect start answered ${started.status}: ${await started.text()}`);
  const { authorizationUrl } = (await started.json()) as { authorizationUrl: string };
  const consent = await fetch(`${authorizationUrl}&sandbox_auto=approve`, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || location === null) throw new Error(`consent answered ${consent.status}`);
  const landing = await fetch(new URL(location, authorizationUrl), { redirect: 'manual' });
  if (landing.status !== 200) throw new Error(`callback answered ${landing.status}: ${await landing.text()}`);
}
