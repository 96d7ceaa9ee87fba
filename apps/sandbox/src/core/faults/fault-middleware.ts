// Fault injection in front of a platform's API routes: real latency, a burst of 429s and random
// errors, counting every call. What the 429 and error bodies look like is the platform's business,
// so it passes its own renderers; malformed records and revoked credentials are applied by the
// platform modules themselves (they know their shapes), reading `context.faults(platform)`.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { SandboxContext, SandboxPlatform } from '../contracts.js';

export interface FaultRenderers {
  /** Answer a rate-limited call the way the platform does (status 429, its headers and body). */
  renderRateLimited(res: Response): void;
  /** Answer an injected failure with the platform's own error body for this status. */
  renderError(res: Response, status: number): void;
}

export interface FaultMiddlewareOptions extends Partial<FaultRenderers> {
  /** Real (wall-clock) waiting; replaceable in tests. Deliberately not the sandbox clock. */
  sleep?: (ms: number) => Promise<void>;
}

export function createFaultMiddleware(
  context: SandboxContext,
  platform: SandboxPlatform,
  options: FaultMiddlewareOptions = {},
): RequestHandler {
  const renderRateLimited = options.renderRateLimited ?? defaultRateLimited;
  const renderError = options.renderError ?? defaultError;
  const sleep = options.sleep ?? realSleep;

  return async (_req: Request, res: Response, next: NextFunction): Promise<void> => {
    const faults = context.faults(platform);
    const stats = context.stats(platform);
    stats.calls++;

    const delayMs = latency(context, faults.latencyMinMs, faults.latencyMaxMs);
    if (delayMs > 0) await sleep(delayMs);

    if (faults.burst429 > 0) {
      faults.burst429--;
      stats.rateLimited429++;
      renderRateLimited(res);
      return;
    }
    if (faults.errorRate > 0 && context.random.chance(faults.errorRate)) {
      stats.errors++;
      renderError(res, faults.errorStatus);
      return;
    }
    next();
  };
}

/** Whether to corrupt this record of a list response (platforms call it once per record). */
export function shouldMalform(context: SandboxContext, platform: SandboxPlatform): boolean {
  const rate = context.faults(platform).malformedRate;
  return rate > 0 && context.random.chance(rate);
}

function latency(context: SandboxContext, minMs: number, maxMs: number): number {
  if (maxMs <= 0) return 0;
  const low = Math.max(0, Math.min(minMs, maxMs));
  return Math.round(low + context.random.next() * (maxMs - low));
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function defaultRateLimited(res: Response): void {
  res.status(429).set('Retry-After', '1').json({ error: 'rate_limited', message: 'Too many requests (sandbox fault: burst429).' });
}

function defaultError(res: Response, status: number): void {
  res.status(status).json({ error: 'injected_fault', message: `Sandbox fault: errorRate answered ${status}.` });
}
