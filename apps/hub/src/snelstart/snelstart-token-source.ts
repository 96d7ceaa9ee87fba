import { Logger } from '@nestjs/common';
import { ConnectorError, isConnectorError, type AccessGrant, type AccessTokenSource, type SnelStartTokenSource, type SnelStartTokenSources } from '@hub/connectors';
import type { DataSource } from 'typeorm';
import type { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { connectionErrorOf } from '../connections/connection-error.js';
import { queryRows } from '../core/sql.js';
import { parseStoredSnelStartKey } from './stored-snelstart-key.js';

export interface SnelStartConnectionTokenSourceDependencies {
  dataSource: DataSource;
  store: ConnectionCredentialStore;
  /** The process-wide, in-memory token cache per administratie (libs/connectors). */
  sources: SnelStartTokenSources;
}

/**
 * The token of one SnelStart connection. The koppelsleutel is read (decrypted) from the
 * connection on every call, so a key replaced by `Regenerate` or a paste, or a connection revoked
 * meanwhile, is seen at once; the token itself is cached in memory by the library (no refresh
 * token exists, §1.3). When SnelStart refuses the key itself, the connection becomes
 * `needs_reconnect`, unless its key was replaced while the request was out.
 */
export class SnelStartConnectionTokenSource implements AccessTokenSource {
  private readonly logger = new Logger(SnelStartConnectionTokenSource.name);

  constructor(
    readonly connectionId: string,
    /** Stable, non-secret label of the administratie (limiter key of its token calls). */
    readonly administration: string,
    private readonly deps: SnelStartConnectionTokenSourceDependencies,
  ) {}

  current(): Promise<AccessGrant> {
    return this.withKey((source) => source.current());
  }

  renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant> {
    return this.withKey((source) => source.renewAfterRejection(rejected));
  }

  private async withKey(call: (source: SnelStartTokenSource) => Promise<AccessGrant>): Promise<AccessGrant> {
    const row = await this.deps.store.read(this.deps.dataSource, this.connectionId, parseStoredSnelStartKey);
    if (row === null) throw authError(`connection ${this.connectionId} no longer exists`);
    if (row.status !== 'active') {
      this.deps.sources.forget(this.administration);
      throw authError(`connection ${this.connectionId} is ${row.status}; it needs to be connected again`);
    }
    if (row.credentials === null) throw authError(`connection ${this.connectionId} has no stored connection key`);
    const source = this.deps.sources.get({ administration: this.administration, koppelsleutel: row.credentials.koppelsleutel });
    try {
      return await call(source);
    } catch (error) {
      if (isConnectorError(error) && error.errorClass === 'auth') await this.markNeedsReconnect(error, row.credentialsVersion);
      throw error;
    }
  }

  /** Only while the refused key is still the stored one: a newer key deserves its own try. */
  private async markNeedsReconnect(error: ConnectorError, credentialsVersion: number): Promise<void> {
    const marked = await queryRows<{ id: string }>(
      this.deps.dataSource,
      `UPDATE connections SET status = 'needs_reconnect', last_error = $3, updated_at = now()
        WHERE id = $1 AND status = 'active' AND credentials_version = $2
        RETURNING id`,
      [this.connectionId, credentialsVersion, JSON.stringify(connectionErrorOf('token', error))],
    );
    this.deps.sources.forget(this.administration);
    this.logger.warn({ msg: 'SnelStart refused the connection key; the connection needs a new one', connectionId: this.connectionId, errorClass: error.errorClass, marked: marked.length > 0 });
  }
}

function authError(message: string): ConnectorError {
  return new ConnectorError({ platform: 'snelstart', errorClass: 'auth', message: `snelstart: ${message}` });
}
