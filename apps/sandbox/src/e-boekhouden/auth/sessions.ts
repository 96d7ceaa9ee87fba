// Session tokens from `POST /v1/session` (§1.2): short-lived, bound to the administration of the
// API token they were opened with, expiring on the sandbox clock so tests can step past `expiresIn`.
import type { SandboxClock, SeededRandom } from '../../core/contracts.js';

export interface Session {
  token: string;
  administrationKey: string;
  expiresAtMs: number;
}

export type SessionLookup = { status: 'active'; session: Session } | { status: 'expired' } | { status: 'unknown' };

export interface SessionSettings {
  lifetimeSeconds(): number;
  sliding(): boolean;
}

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly random: SeededRandom,
    private readonly settings: SessionSettings,
  ) {}

  open(administrationKey: string): { token: string; expiresIn: number } {
    const expiresIn = this.settings.lifetimeSeconds();
    const token = this.newToken();
    this.sessions.set(token, { token, administrationKey, expiresAtMs: this.clock.nowMs() + expiresIn * 1000 });
    return { token, expiresIn };
  }

  lookup(token: string): SessionLookup {
    const session = this.sessions.get(token);
    if (!session) return { status: 'unknown' };
    const now = this.clock.nowMs();
    if (now >= session.expiresAtMs) {
      this.sessions.delete(token);
      return { status: 'expired' };
    }
    if (this.settings.sliding()) session.expiresAtMs = now + this.settings.lifetimeSeconds() * 1000;
    return { status: 'active', session };
  }

  end(token: string): boolean {
    return this.sessions.delete(token);
  }

  clear(): void {
    this.sessions.clear();
  }

  /** Opaque to clients; deterministic per seed like everything in the sandbox. */
  private newToken(): string {
    let token = '';
    while (token.length < 48) token += this.random.int(0, 0xffff).toString(16).padStart(4, '0');
    return token;
  }
}
