// Starts the sandbox: one express app on one port, the three platform stand-ins under their path
// prefixes, the control API at /_sandbox, an index at /, and JSON 404s. Used by `npm run sandbox`
// (main.ts) and in-process by tests, benchmarks and the demo.
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandboxContext, type SandboxContextAdmin } from './core/context.js';
import type { PlatformSandbox, PlatformSandboxFactory, SandboxDate, SandboxPlatform } from './core/contracts.js';
import { createControlRouter, CONTROL_PREFIX } from './core/control/index.js';
import { bodyParsers } from './core/http/body.js';
import { indexPage } from './core/http/index-page.js';
import { jsonErrorHandler, jsonNotFound } from './core/http/json-errors.js';
import { useMalformedBodyRenderers } from './core/http/malformed-body.js';
import type { SandboxLayout } from './core/layout.js';
import { createSandboxRuntime, type SandboxRuntime } from './core/runtime.js';

export const DEFAULT_SEED = 42;

export interface StartSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  seed?: number;
  /** The sandbox's "today": the clock starts at 09:00 UTC that day. Defaults to the real time. */
  today?: SandboxDate;
  /** Administrations per platform; platforms not named get the default layout. */
  platforms?: SandboxLayout;
  /** One factory per platform; defaults to the three real stand-ins (tests pass fakes). */
  factories?: readonly PlatformSandboxFactory[];
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly url: string;
  readonly context: SandboxContextAdmin;
  readonly platforms: Readonly<Record<SandboxPlatform, PlatformSandbox>>;
  /** Reset, layout and the data each platform was seeded with, as the control API sees them. */
  readonly runtime: SandboxRuntime;
  close(): Promise<void>;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? DEFAULT_SEED;
  const context = createSandboxContext({ seed, ...(options.today ? { now: options.today } : {}) });
  // Loaded lazily so the core can be started with fakes before (or without) the platform modules.
  const factories = options.factories ?? (await import('./platforms.js')).PLATFORM_FACTORIES;
  const runtime = createSandboxRuntime(context, factories);
  runtime.reset(options.platforms ? { layout: options.platforms } : {});

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // platforms set their own caching headers where the real API does
  app.use(bodyParsers());
  useMalformedBodyRenderers(app, Object.values(runtime.platforms));
  app.get('/', indexPage(() => context.baseUrl()));
  app.use(CONTROL_PREFIX, createControlRouter(runtime));
  for (const platform of Object.values(runtime.platforms)) app.use(platform.pathPrefix, platform.router());
  app.use(jsonNotFound());
  app.use(jsonErrorHandler());

  const server = await listen(app, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  context.setBaseUrl(url);

  return {
    url,
    context,
    platforms: runtime.platforms,
    runtime,
    close: () => closeServer(server),
  };
}

function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject); // e.g. EADDRINUSE
  });
}

/** A slow (latency-faulted) request may hold the server open this long before it is cut. */
const CLOSE_GRACE_MS = 2_000;

/** Stops accepting, drops idle keep-alive sockets at once and busy ones after a grace period. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
