import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ExactTokenSet, isConnectorError } from '@hub/connectors';
import { DataSource } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { queryRows } from '../core/sql.js';
import { ExactTokenSources } from './exact-token-sources.js';
import { parseStoredExactTokens } from './stored-exact-tokens.js';

/** Refresh tokens idle for this long are refreshed: well within Exact's 30 days (§1.5). */
export const DEFAULT_KEEP_ALIVE_MAX_IDLE_MS = 7 * 86_400_000;

export interface KeepAliveOptions {
  /** Refresh connections whose tokens are older than this (default 7 days). */
  maxIdleMs?: number;
}

export interface KeepAliveReport {
  checked: number;
  refreshed: string[];
  /** Safe to log: connection id and error class/message, never a token. */
  failed: { connectionId: string; errorClass: string; message: string }[];
}

/**
 * Exact expires a refresh token after 30 days unused (§1.5): a connection nobody synced for a
 * month would need new consent. This refreshes the idle ones, through the same locked path as
 * every other refresh. A refused refresh marks that connection needs_reconnect; the rest go on.
 */
@Injectable()
export class ExactKeepAliveService {
  private readonly logger = new Logger(ExactKeepAliveService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
    @Inject(ExactTokenSources) private readonly sources: ExactTokenSources,
  ) {}

  async refreshIdleConnections(now: Date = new Date(), options: KeepAliveOptions = {}): Promise<KeepAliveReport> {
    const obtainedBefore = now.getTime() - (options.maxIdleMs ?? DEFAULT_KEEP_ALIVE_MAX_IDLE_MS);
    const ids = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM connections
        WHERE platform = 'exact-online' AND status = 'active' AND credentials_ciphertext IS NOT NULL
        ORDER BY id`,
    );
    const report: KeepAliveReport = { checked: ids.length, refreshed: [], failed: [] };
    for (const { id } of ids) {
      try {
        const stored = await this.storedTokens(id);
        if (stored === null || stored.obtainedAt >= obtainedBefore) continue;
        await this.sources.forConnection(id).refreshIfObtainedBefore(obtainedBefore);
        report.refreshed.push(id);
      } catch (error) {
        const failure = failureOf(id, error);
        report.failed.push(failure);
        this.logger.warn({ msg: 'Exact Online keep-alive refresh failed', ...failure });
      }
    }
    this.logger.log({ msg: 'Exact Online keep-alive done', checked: report.checked, refreshed: report.refreshed.length, failed: report.failed.length });
    return report;
  }

  private async storedTokens(connectionId: string): Promise<ExactTokenSet | null> {
    const row = await this.store.read(this.dataSource, connectionId, parseStoredExactTokens);
    return row?.credentials ?? null;
  }
}

/** A ConnectorError's message is safe by construction; of other errors only the type is kept. */
function failureOf(connectionId: string, error: unknown): KeepAliveReport['failed'][number] {
  if (isConnectorError(error)) return { connectionId, errorClass: error.errorClass, message: error.message };
  return { connectionId, errorClass: 'internal', message: error instanceof Error ? `unexpected ${error.name}` : 'unexpected error' };
}
