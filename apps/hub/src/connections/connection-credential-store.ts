import { connectionCredentialsAad, type CredentialCipher } from '../security/index.js';
import { queryRows, type SqlExecutor } from '../core/sql.js';
import type { ConnectionStatus } from '../database/entities/connection.entity.js';

/** A connection row as the credential store reads it, with the credentials decrypted. */
export interface ConnectionWithCredentials<T> {
  id: string;
  tenantId: string;
  status: ConnectionStatus;
  baseUrl: string | null;
  /** Null when the connection has none (revoked, or not yet stored). */
  credentials: T | null;
  credentialsVersion: number;
}

export interface ReadOptions {
  /** Lock the row (`FOR UPDATE`) until the caller's transaction ends: the executor must be in one. */
  forUpdate?: boolean;
}

interface CredentialRow {
  id: string;
  tenant_id: string;
  status: ConnectionStatus;
  base_url: string | null;
  credentials_key_id: string | null;
  credentials_ciphertext: Buffer | null;
  credentials_version: number;
}

/** Checks decrypted JSON and gives it its type; throws when the shape is not what was stored. */
export type CredentialsParser<T> = (raw: unknown) => T;

/**
 * Reads and writes a connection's credentials (any JSON) encrypted with AES-256-GCM, bound to
 * the connection id. Every write bumps `credentials_version`. It takes the executor to use, so
 * reads, locks and writes can share the caller's transaction.
 */
export class ConnectionCredentialStore {
  constructor(private readonly cipher: CredentialCipher) {}

  async read<T>(executor: SqlExecutor, connectionId: string, parse: CredentialsParser<T>, options: ReadOptions = {}): Promise<ConnectionWithCredentials<T> | null> {
    const [row] = await queryRows<CredentialRow>(
      executor,
      `SELECT id, tenant_id, status, base_url, credentials_key_id, credentials_ciphertext, credentials_version
         FROM connections WHERE id = $1 ${options.forUpdate === true ? 'FOR UPDATE' : ''}`,
      [connectionId],
    );
    if (row === undefined) return null;
    return {
      id: row.id,
      tenantId: row.tenant_id,
      status: row.status,
      baseUrl: row.base_url,
      credentials: this.decrypt(row, parse),
      credentialsVersion: row.credentials_version,
    };
  }

  /** Encrypts and stores `credentials`; returns the new credentials_version. */
  async write(executor: SqlExecutor, connectionId: string, credentials: unknown): Promise<number> {
    const encrypted = this.cipher.encrypt(credentials, connectionCredentialsAad(connectionId));
    const [row] = await queryRows<{ credentials_version: number }>(
      executor,
      `UPDATE connections
          SET credentials_key_id = $2, credentials_ciphertext = $3,
              credentials_version = credentials_version + 1, updated_at = now()
        WHERE id = $1
        RETURNING credentials_version`,
      [connectionId, encrypted.keyId, encrypted.ciphertext],
    );
    if (row === undefined) throw new Error(`connection ${connectionId} does not exist`);
    return row.credentials_version;
  }

  private decrypt<T>(row: CredentialRow, parse: CredentialsParser<T>): T | null {
    if (row.credentials_key_id === null || row.credentials_ciphertext === null) return null;
    return parse(this.cipher.decrypt(row.credentials_key_id, row.credentials_ciphertext, connectionCredentialsAad(row.id)));
  }
}
