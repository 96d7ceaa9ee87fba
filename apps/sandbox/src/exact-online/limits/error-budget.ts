// §2 error budget: "no more than 10 errors per API key, per user, per company, per endpoint, per
// hour"; 400, 401, 403 and 404 count; exceeding it blocks the key for that endpoint for an hour.
// Kept here per app, division and endpoint; all windows run on the sandbox clock.
import type { SandboxClock } from '../../core/contracts.js';
import type { ExactOnlineSandboxOptions } from '../options.js';

export const BUDGETED_STATUSES: ReadonlySet<number> = new Set([400, 401, 403, 404]);

export class ErrorBudget {
  private readonly errors = new Map<string, number[]>();
  private readonly blocks = new Map<string, number>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly rules: ExactOnlineSandboxOptions['errorBudget'],
  ) {}

  /** Epoch ms until which this endpoint is blocked for the app, or null. */
  blockedUntil(clientId: string, division: number, endpoint: string): number | null {
    if (!this.rules.enabled) return null;
    const until = this.blocks.get(key(clientId, division, endpoint));
    return until !== undefined && until > this.clock.nowMs() ? until : null;
  }

  record(clientId: string, division: number, endpoint: string): void {
    if (!this.rules.enabled) return;
    const now = this.clock.nowMs();
    const id = key(clientId, division, endpoint);
    const recent = (this.errors.get(id) ?? []).filter((at) => at > now - this.rules.windowMs);
    recent.push(now);
    this.errors.set(id, recent);
    if (recent.length > this.rules.maxErrors) {
      this.blocks.set(id, now + this.rules.blockMs);
      this.errors.delete(id);
    }
  }
}

function key(clientId: string, division: number, endpoint: string): string {
  return `${clientId}|${division}|${endpoint}`;
}
